import PDFText

/// Finds superscript footnote markers in a line and renders the line's text without them.
struct MarkerDetector {
    var parameters: LayoutParameters

    /// Whether `word` is a raised, smaller label in a line whose body size is `lineSize` and
    /// whose baseline is `baseline`.
    func isMarker(_ word: Word, lineSize: Double, baseline: Double) -> Bool {
        guard Self.isLabel(word.text) else { return false }
        let smaller = word.font.size <= parameters.superscriptSize * lineSize
        let raised = baseline - word.baseline >= parameters.superscriptRaise * lineSize
        return smaller && raised
    }

    /// Labels that footnotes use: 1–3 digits, a few symbols, or one or two letters a–z, or
    /// small roman numerals. Trailing punctuation like "1," is allowed.
    static func isLabel(_ text: String) -> Bool {
        var t = Substring(text)
        while let last = t.last, ",.;:)]".contains(last) { t = t.dropLast() }
        while let first = t.first, "([".contains(first) { t = t.dropFirst() }
        guard !t.isEmpty, t.count <= 4 else { return false }
        if t.allSatisfy(\.isASCIIDigit) { return t.count <= 3 }
        if t.allSatisfy({ "*†‡§¶#".contains($0) }) { return true }
        if t.count <= 2, t.allSatisfy({ $0.isLowercase && $0.isASCII }) { return true }
        if t.allSatisfy({ "ivx".contains($0) }) { return true }
        return false
    }

    static let referenceWords: Set<String> = [
        "figure", "fig", "figures", "table", "tables", "section", "sections", "chapter", "page", "pages", "p", "pp",
        "appendix", "annex", "equation", "eq", "item", "point", "paragraph", "article", "art", "step", "no", "nr",
        "abbildung", "abb", "tabelle", "seite", "kapitel", "anlage", "figura", "tabla", "página", "sección", "anexo", "tableau", "annexe",
    ]

    static func labelText(_ text: String) -> String {
        String(text.filter { !",.;:()[]".contains($0) })
    }

    /// "th" in "19th", "er" in "1er": raised letters glued to a number are part of it.
    func isOrdinalSuffix(_ word: Word, after previous: Word?) -> Bool {
        guard let previous, let last = previous.text.last, last.isNumber, word.text.first?.isLetter == true else { return false }
        return word.box.x0 - previous.box.x1 < 0.15 * max(previous.font.size, 1)
    }

    /// Builds the public line: text with markers removed (recorded with their offsets).
    ///
    /// `noteLinks` are the page's links that jump within the document: a label-like word under
    /// one is a marker even when it is set in the line's own size (a "[1]" or "1" linked to its note).
    func render(_ raw: RawLine, allowMarkers: Bool, noteLinks: [Rect] = []) -> Line {
        let size = raw.fontSize
        // The baseline of the line's body-size words.
        let bodyWords = raw.words.filter { abs($0.font.size - size) < 0.6 }
        let baseline = median(bodyWords.map(\.baseline)) ?? raw.box.y1
        var text = ""
        var markers: [Marker] = []
        var previous: Word? = nil
        for (i, word) in raw.words.enumerated() {
            // A marker needs a word before it (or is the line's first word only in notes).
            // "Figure 1", "Section 2": a linked number after such a word is a cross-reference.
            let crossReference = previous.map { Self.referenceWords.contains($0.text.lowercased().trimming(charactersIn: ".,:;(")) } ?? false
            let linked = !noteLinks.isEmpty && !crossReference && Self.isLabel(word.text)
                && noteLinks.contains { $0.intersects(word.box) && $0.horizontalOverlap(word.box) >= 0.8 * word.box.width }
            if allowMarkers, i > 0, linked || isMarker(word, lineSize: size, baseline: baseline), !isOrdinalSuffix(word, after: previous) {
                markers.append(Marker(label: Self.labelText(word.text), offset: text.count))
                previous = word
                continue
            }
            if let p = previous, !text.isEmpty {
                let gap = word.box.x0 - p.box.x1
                if gap > 0.12 * max(min(p.font.size, word.font.size), 1) { text += " " }
            }
            text += word.text
            previous = word
        }
        let bodyChars = raw.words.filter { abs($0.font.size - size) < 0.6 }
        let boldShare = share(bodyChars) { $0.font.isBold }
        let italicShare = share(bodyChars) { $0.font.isItalic }
        return Line(text: TextJoin.clean(text), box: raw.box, page: raw.page, fontSize: size,
                    isBold: boldShare > 0.5, isItalic: italicShare > 0.5, markers: markers)
    }

    private func share(_ words: [Word], _ predicate: (Word) -> Bool) -> Double {
        let total = words.reduce(0) { $0 + $1.text.count }
        guard total > 0 else { return 0 }
        return Double(words.filter(predicate).reduce(0) { $0 + $1.text.count }) / Double(total)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
