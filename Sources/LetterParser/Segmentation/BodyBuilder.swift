import Layout
import LetterModel
import Geometry

/// Turns body-zone blocks into ``BodyBlock`` values with a kind and their footnote references.
struct BodyBuilder {
    var traits: BlockTraits
    /// Labels of the notes the letter has; markers citing anything else are dropped as noise.
    var noteLabels: Set<String>

    func build(_ blocks: [Block]) -> [BodyBlock] {
        var result: [BodyBlock] = []
        let quoted = BlockQuotes.indices(blocks, traits: traits)
        for (i, block) in blocks.enumerated() {
            let text = block.text.trimmingBlanks()
            guard !text.isEmpty else { continue }
            let kind: BodyBlock.Kind
            switch block.hint {
            case .listItem: kind = .listItem
            case .quote: kind = .quote
            case .heading: kind = .heading
            default:
                let next = blocks.dropFirst(i + 1).first
                if quoted.contains(i) { kind = .quote }
                else if traits.isHeading(block) && (next.map { !traits.isHeading($0) } ?? false) { kind = .heading }
                else { kind = .paragraph }
            }
            let refs = block.footnoteRefs.filter { noteLabels.contains($0) }
            let marks = FootnoteMarks.marks(in: block, keeping: noteLabels)
            result.append(BodyBlock(kind: kind, text: text, footnoteRefs: refs, footnoteMarks: marks, page: block.page,
                                    bbox: block.box.map { BoundingBox(x0: $0.x0, y0: $0.y0, x1: $0.x1, y1: $0.y1) }))
        }
        return result
    }
}
