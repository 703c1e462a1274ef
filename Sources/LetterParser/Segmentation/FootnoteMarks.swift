import Layout
import LetterModel

/// Where a block's footnote markers stand in its joined text.
///
/// The layout stage records each marker's offset in its line; the block's text is its lines
/// joined (line-break hyphens removed), so the offset is moved by where the line starts in
/// that text. Offsets are in Unicode code points, the unit most JSON readers index by.
enum FootnoteMarks {
    static func marks(in block: Block, keeping labels: Set<String>) -> [FootnoteMark] {
        guard block.lines.contains(where: { !$0.markers.isEmpty }) else { return [] }
        let (text, starts) = TextJoin.joinTracking(block.lines)
        let total = text.unicodeScalars.count
        var marks: [FootnoteMark] = []
        for (line, start) in zip(block.lines, starts) {
            for marker in line.markers where labels.contains(marker.label) {
                // A marker on a blank line cites from the end of the text before it.
                guard let start else { marks.append(FootnoteMark(label: marker.label, offset: total)); continue }
                let leading = line.text.prefix { $0.isWhitespace }.unicodeScalars.count
                let trimmed = line.text.trimmingBlanks().unicodeScalars.count
                let within = line.text.prefix(marker.offset).unicodeScalars.count - leading
                marks.append(FootnoteMark(label: marker.label, offset: min(start + min(max(within, 0), trimmed), total)))
            }
        }
        return marks
    }
}
