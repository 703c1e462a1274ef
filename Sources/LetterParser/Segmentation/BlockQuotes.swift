import Layout

/// Paragraphs set in from the letter's own left margin: quoted material, not the authors' own
/// words (a reviewer's comments in a reply to reviewers, a passage of a law or of an earlier
/// letter). They are marked `quote` in the body, and a quoted "The authors should …" is not a
/// call of this letter.
///
/// The margin is where most of the letter's paragraphs start; a block quote starts at least
/// `minIndent` font sizes (and 18 pt) to the right of it, no further than a quarter of the
/// text column (further is a second column or a signature set to the right), ends within the
/// column, not at the left edge of a list's items nor set in under the item just above it,
/// on a page where some paragraph starts at the margin. Only when the margin is clear: of at
/// least four paragraphs, three or more, and two in five, start there.
enum BlockQuotes {
    static let minIndent = 1.5
    static let minShareAtMargin = 0.4

    /// Indices of `blocks` (body blocks in order) that are block quotations.
    static func indices(_ blocks: [Block], traits: BlockTraits) -> Set<Int> {
        let paragraphs = blocks.indices.filter { i in
            let b = blocks[i]
            return b.hint != .listItem && b.hint != .heading && b.box != nil && traits.isProse(b)
        }
        guard paragraphs.count >= 4 else { return [] }
        // Left edges in 2-point bins; the margin is the most common bin (the leftmost of a tie).
        var counts: [Int: Int] = [:]
        for i in paragraphs { counts[Int((blocks[i].box!.x0 / 2).rounded()), default: 0] += 1 }
        guard let (bin, count) = counts.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }),
              count >= 3, Double(count) >= minShareAtMargin * Double(paragraphs.count) else { return [] }
        let margin = Double(bin) * 2
        let atMargin = paragraphs.filter { abs(blocks[$0].box!.x0 - margin) <= 2 }
        let right = atMargin.map { blocks[$0].box!.x1 }.max() ?? 0
        let width = right - margin
        guard width > 0 else { return [] }
        // Items of a list whose marker the layout did not know ("(7b) …" among bulleted items)
        // stand at the list's indent: a paragraph there belongs to the list, not a quotation.
        let listEdges = blocks.filter { $0.hint == .listItem }.compactMap { $0.box?.x0 }
        // Only on a page where a paragraph starts at the margin: pages printed for binding
        // shift every line of the even pages, and none of them is quoted for that.
        let pagesWithMargin = Set(atMargin.map { blocks[$0].page })
        var quoted: Set<Int> = []
        for i in paragraphs where pagesWithMargin.contains(blocks[i].page) {
            let box = blocks[i].box!
            if listEdges.contains(where: { abs($0 - box.x0) <= 2 }) { continue }
            // Set in under a list item just above: the item's own second paragraph
            // ("Objection: …" / "Response: …").
            if i > 0, blocks[i - 1].hint == .listItem, let item = blocks[i - 1].box, item.x0 < box.x0 { continue }
            let indent = box.x0 - margin
            let size = blocks[i].fontSize > 0 ? blocks[i].fontSize : traits.bodySize
            if indent >= max(18, minIndent * size), indent <= 0.25 * width, box.x1 <= right + 2 {
                quoted.insert(i)
            }
        }
        return quoted
    }
}
