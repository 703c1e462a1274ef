import LibXML
import Layout
import LetterModel

/// Where a footnote reference stands in a body block's text.
///
/// ``Letter`` keeps only which notes a block cites (`footnote_refs`), not where: the JSON
/// schema has no offsets. TEI puts `<ref>` at the cited point, so the offsets are recovered
/// from the laid-out document that produced the letter.
public struct FootnoteAnchor: Equatable, Sendable {
    public var bodyIndex: Int
    public var label: String
    /// Characters into ``BodyBlock/text`` where the marker stood.
    public var offset: Int

    public init(bodyIndex: Int, label: String, offset: Int) {
        self.bodyIndex = bodyIndex
        self.label = label
        self.offset = offset
    }
}

public enum FootnoteAnchors {
    /// Matches each body block that cites notes to the laid-out block with the same text and
    /// maps its line markers into the joined text. A block the segmenter changed (split,
    /// merged, trimmed) gets no anchors; the TEI writer then puts its refs at its end.
    public static func locate(body: [BodyBlock], in document: LaidOutDocument) -> [FootnoteAnchor] {
        var anchors: [FootnoteAnchor] = []
        var searchFrom = 0
        let blocks = document.blocks
        for (i, block) in body.enumerated() where !block.footnoteRefs.isEmpty {
            // Body order is layout order, so the search only moves forward (linear overall).
            guard searchFrom < blocks.count,
                  let found = blocks[searchFrom...].firstIndex(where: { $0.text.trimmingCharacters(in: .whitespaces) == block.text }) else { continue }
            searchFrom = found + 1
            let lines = blocks[found].lines
            let cited = Set(block.footnoteRefs)
            for (k, line) in lines.enumerated() {
                for marker in line.markers where cited.contains(marker.label) {
                    var prefix = Array(lines[..<k])
                    var partial = line
                    partial.text = String(line.text.prefix(marker.offset))
                    prefix.append(partial)
                    let offset = TextJoin.join(prefix).trimmingCharacters(in: .whitespaces).count
                    anchors.append(FootnoteAnchor(bodyIndex: i, label: marker.label, offset: Swift.min(offset, block.text.count)))
                }
            }
        }
        return anchors
    }
}
