import PDFText

/// Finds superscript footnote markers in a line and renders the line's text without them.
struct MarkerDetector {
    var parameters: LayoutParameters

    /// Whether `word` is a raised, smaller label in a line whose body size is `lineSize` and
    /// whose baseline is `baseline`.
    func isMarker(_ word: Word, lineSize: Double, baseline: Double) -> Bool {
        // Geometry first: it is two comparisons, and most words are neither smaller nor raised.
        let smaller = word.font.size <= parameters.superscriptSize * lineSize
        let raised = baseline - word.baseline >= parameters.superscriptRaise * lineSize
        return smaller && raised && Self.markerLabels(word.text) != nil
    }

    /// The labels a raised word cites: one ("4", "4,"), or several grouped by commas ("5,6",
    /// "2,3,4", the way some styles cite two notes at once, set as one raised word); nil when
    /// it is no label.
    static func markerLabels(_ text: String) -> [String]? {
        if isLabel(text) { return [labelText(text)] }
        guard text.contains(",") else { return nil }
        var labels = text.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        if labels.last?.isEmpty == true { labels.removeLast() }  // "5,6," before a space
        guard labels.count >= 2,
              labels.allSatisfy({ $0.first.map { $0 != "0" } == true && $0.allSatisfy(\.isASCIIDigit) && isLabel($0) })
        else { return nil }
        return labels
    }

    /// Labels that footnotes use: 1–3 digits, a few symbols, or one or two letters a–z, or
    /// small roman numerals. Trailing punctuation like "1," is allowed.
    ///
    /// Works on Unicode scalars rather than Characters (it runs for most words of a page): every
    /// scalar a label may hold is a grapheme of its own, and a word holding any other scalar is
    /// no label either way, so the answer is the one Characters give.
    static func isLabel(_ text: String) -> Bool {
        var t = text.unicodeScalars[...]
        while let last = t.last, ",.;:)]".unicodeScalars.contains(last) { t.removeLast() }
        while let first = t.first, "([".unicodeScalars.contains(first) { t.removeFirst() }
        var count = 0
        var digits = true, symbols = true, letters = true, roman = true
        for scalar in t {
            count += 1
            guard count <= 4 else { return false }
            digits = digits && ("0"..."9").contains(scalar)
            symbols = symbols && "*†‡§¶#".unicodeScalars.contains(scalar)
            letters = letters && ("a"..."z").contains(scalar)
            roman = roman && (scalar == "i" || scalar == "v" || scalar == "x")
        }
        guard count > 0 else { return false }
        if digits { return count <= 3 }
        return symbols || (letters && count <= 2) || roman
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
        let words = raw.words
        // The line's body-size words: their baseline, and the shares of their characters set
        // in bold and in italic, counted in one pass (words are read in place, not copied).
        var baselines: [Double] = []
        baselines.reserveCapacity(words.count)
        var total = 0, bold = 0, italic = 0
        for i in words.indices where abs(words[i].font.size - size) < 0.6 {
            baselines.append(words[i].baseline)
            let count = words[i].text.characterCount
            total += count
            if words[i].font.isBold { bold += count }
            if words[i].font.isItalic { italic += count }
        }
        let baseline = median(baselines) ?? raw.box.y1
        // The text as UTF-8, made a String once.
        var text = UTF8Builder(capacity: raw.plainText.utf8.count)
        var markers: [Marker] = []
        var previous: Int? = nil
        for i in words.indices {
            // A marker needs a word before it (or is the line's first word only in notes).
            if allowMarkers, i > 0,
               (!noteLinks.isEmpty && isLinked(words[i], after: previous.map { words[$0].text }, noteLinks: noteLinks))
                || isMarker(words[i], lineSize: size, baseline: baseline),
               !isOrdinalSuffix(words[i], after: previous.map { words[$0] }) {
                let offset = text.string.characterCount
                for label in Self.markerLabels(words[i].text) ?? [Self.labelText(words[i].text)] {
                    markers.append(Marker(label: label, offset: offset))
                }
                previous = i
                continue
            }
            if let p = previous, !text.isEmpty {
                let gap = words[i].box.x0 - words[p].box.x1
                if gap > 0.12 * max(min(words[p].font.size, words[i].font.size), 1) { text.appendSpace() }
            }
            text.append(words[i].text)
            previous = i
        }
        let boldShare = total > 0 ? Double(bold) / Double(total) : 0
        let italicShare = total > 0 ? Double(italic) / Double(total) : 0
        return Line(text: TextJoin.clean(text.string), box: raw.box, page: raw.page, fontSize: size,
                    isBold: boldShare > 0.5, isItalic: italicShare > 0.5, markers: markers)
    }

    /// Whether `word` is a label under one of the page's links to a note. "Figure 1", "Section 2":
    /// a linked number after such a word is a cross-reference, not a marker.
    ///
    /// The cheap tests come first; the word before is looked at only for a linked label.
    private func isLinked(_ word: Word, after previous: String?, noteLinks: [Rect]) -> Bool {
        guard !noteLinks.isEmpty, Self.isLabel(word.text),
              noteLinks.contains(where: { $0.intersects(word.box) && $0.horizontalOverlap(word.box) >= 0.8 * word.box.width })
        else { return false }
        guard let previous else { return true }
        return !Self.referenceWords.contains(previous.lowercased().trimming(charactersIn: ".,:;("))
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
