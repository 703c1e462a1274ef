import PDFText

/// Joins a paragraph that a page break (or a footnote zone) split in two.
enum PageJoin {
    /// `pageStarts` are the indices of each page's first block. The last block of a page and
    /// the first of the next are one paragraph when the first does not end a sentence and the
    /// second starts in lower case, or the first reaches the right margin and has no closing
    /// punctuation.
    static func join(_ blocks: [Block], pageStarts: Set<Int>, textWidth: Double, textRight: Double) -> [Block] {
        var result: [Block] = []
        for (i, block) in blocks.enumerated() {
            if i > 0, pageStarts.contains(i), var previous = result.last, shouldJoin(previous, block, textWidth: textWidth, textRight: textRight) {
                previous.lines += block.lines
                result[result.count - 1] = previous
            } else {
                result.append(block)
            }
        }
        return result
    }

    static func shouldJoin(_ a: Block, _ b: Block, textWidth: Double, textRight: Double) -> Bool {
        guard let lastLine = a.lines.last, let firstLine = b.lines.first, a.page != b.page else { return false }
        guard a.hint == nil || a.hint == .listItem || a.hint == .paragraph, b.hint == nil || b.hint == .paragraph else { return false }
        guard abs(a.fontSize - b.fontSize) < 0.15 * max(a.fontSize, 1), a.isBold == b.isBold else { return false }
        let text = lastLine.text.trimmingBlanks()
        guard let last = text.last, let first = firstLine.text.first else { return false }
        if ListMarkers.startsItem(firstLine.text) { return false }
        let ends = ".!?:".contains(last) || ((last == "\"" || last == "”") && text.dropLast().last.map { ".!?".contains($0) } == true)
        if first.isLowercase && !ends { return true }
        if last == "-" || last == "," || last == ";" { return first.isLowercase || first.isNumber || !ends }
        // A full-width last line without closing punctuation runs on.
        if let box = lastLine.box, box.x1 >= textRight - 0.1 * textWidth, !ends, !(last == "\"" || last == "”") { return true }
        // A paragraph whose last line on the page stops short of the margin mid-sentence, on a
        // word in lower case, before a capital: German capitalises its nouns ("… stehen,
        // können / Gesetzänderungen umfassend …"). Not after a list item: an item needs no
        // closing punctuation, and what follows it on the next page is often a new paragraph.
        if a.hint != .listItem, a.lines.count >= 2, last.isLowercase, first.isUppercase,
           let box = lastLine.box, box.x1 - box.x0 >= 0.6 * textWidth { return true }
        return false
    }

    /// Joins blocks on one page that the reading order split mid-sentence: a block that does not
    /// end a sentence, followed just below by one that runs on in lower case, in the same type
    /// (a list item whose label and text were read as columns, then wrapped to the margin).
    static func joinRunOns(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        for block in blocks {
            if var previous = result.last, let a = previous.box, let b = block.box, previous.page == block.page,
               let lastLine = previous.lines.last, let first = block.lines.first?.text.first, first.isLowercase,
               let end = lastLine.text.trimmingBlanks().last, !".!?:;".contains(end),
               abs(previous.fontSize - block.fontSize) < 0.15 * max(block.fontSize, 1),
               b.y0 >= a.y1 - 1, b.y0 - a.y1 < 1.5 * max(block.fontSize, 1), block.hint != .listItem {
                previous.lines += block.lines
                result[result.count - 1] = previous
            } else {
                result.append(block)
            }
        }
        return result
    }
}
