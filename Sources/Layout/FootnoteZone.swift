import PDFText

/// Finds footnote zones at the foot of pages and splits them into notes.
///
/// A zone is the run of lines at the bottom of a page (furniture removed) set smaller than the
/// body text, in which some line starts a note. A line starts a note when it opens with the
/// label the numbering expects next ("1", then "2"…), with a raised or smaller label, or with a
/// note symbol ("*", "†"). The expected label matters: generators often print the label in the
/// note's own font glued to the text ("123 May 2017" is note 1, "23 May 2017"), and a wrapped
/// line may begin with a short word ("as the Special Envoy") that is not a label.
struct FootnoteZone {
    var parameters: LayoutParameters

    /// A note's label and its first line with the label removed.
    struct Start {
        var label: String
        var line: RawLine
    }

    /// Index into `pageLines` (one page's lines in top-to-bottom order, furniture removed) where
    /// the page's footnote zone begins, or `nil` when the page has none.
    func zoneStart(_ pageLines: [RawLine], bodySize: Double, previousLabel: String?, cited: Set<String>) -> Int? {
        guard pageLines.count >= 2, bodySize > 0 else { return nil }
        var start = pageLines.count
        while start > 0, pageLines[start - 1].fontSize <= parameters.footnoteSize * bodySize + 0.01 {
            start -= 1
        }
        if start == pageLines.count { return Self.bracketedZone(pageLines, previousLabel: previousLabel, cited: cited) }
        guard start > 0 else { return nil }
        var label = previousLabel
        var firstNote: Int? = nil
        for i in start..<pageLines.count {
            if let s = Self.noteStart(pageLines[i], expected: Self.next(after: label), cited: cited) {
                if firstNote == nil { firstNote = i }
                label = s.label
            }
        }
        // A page whose small lines only continue the previous page's last note.
        // (It must read as a continuation: starting in lower case.)
        guard let firstNote else {
            return previousLabel != nil && pageLines[start].plainText.first?.isLowercase == true ? start : nil
        }
        // Unlabelled small lines above the first note continue the previous page's last note.
        return previousLabel != nil ? start : firstNote
    }

    /// Notes set at the body's own size, each opening with its label in brackets ("[1] See …",
    /// as web pages printed to PDF have them), where size cannot tell them from the body. The
    /// zone starts at the first line in the lower half of the page that opens with the label
    /// the numbering expects, in brackets, which a raised marker in the body cites; every later
    /// line that opens with a bracketed label must continue the numbering.
    static func bracketedZone(_ pageLines: [RawLine], previousLabel: String?, cited: Set<String>) -> Int? {
        // "*Please visit …" at the foot, cited by a "*" in the body: a symbol note.
        for i in (pageLines.count / 2)..<pageLines.count {
            if let symbol = gluedSymbol(pageLines[i]), cited.contains(symbol) { return i }
        }
        guard let expected = next(after: previousLabel), cited.contains(expected) else { return nil }
        func bracketed(_ line: RawLine) -> String? {
            guard line.words.count > 1, let token = line.words.first?.text, token.hasPrefix("["), token.hasSuffix("]"),
                  MarkerDetector.isLabel(token) else { return nil }
            return MarkerDetector.labelText(token)
        }
        for i in (pageLines.count / 2)..<pageLines.count where bracketed(pageLines[i]) == expected {
            var label = expected
            for line in pageLines[(i + 1)...] {
                guard let next = bracketed(line) else { continue }
                guard next == Self.next(after: label) else { return nil }
                label = next
            }
            return i
        }
        return nil
    }

    /// The note symbol a line opens with ("*Please", "* Please"), if any.
    static func gluedSymbol(_ line: RawLine) -> String? {
        guard let token = line.words.first?.text, let first = token.first, "*†‡".contains(first) else { return nil }
        let symbol = String(token.prefix { $0 == first })
        guard symbol.count <= 3 else { return nil }
        // Glued ("*Please") or a word of its own before the text ("* Please").
        if token.dropFirst(symbol.count).first?.isLetter == true { return symbol }
        return token == symbol && line.words.count > 1 ? symbol : nil
    }

    /// The label numbering expects after `label` ("1" at the start, "n+1" after "n").
    static func next(after label: String?) -> String? {
        guard let label else { return "1" }
        if let n = Int(label) { return String(n + 1) }
        return nil
    }

    /// Whether `line` starts a note, and with which label.
    ///
    /// `cited` holds the labels of markers found in the body so far: a label in the note's own
    /// font (not raised, not smaller, not a symbol) counts only when the body cites it, or cites
    /// a later number (the notes run on past it: its marker in the body was missed, as OCR
    /// misses a small raised digit, and without it every later note ran into the one before),
    /// so an address line in a small footer ("1050 Massachusetts Avenue") is not taken for
    /// note 1.
    static func noteStart(_ line: RawLine, expected: String?, cited: Set<String>) -> Start? {
        guard let first = line.words.first, line.words.count >= 1 else { return nil }
        func vouched(_ label: String) -> Bool {
            if cited.contains(label) { return true }
            guard let n = Int(label) else { return false }
            return cited.contains { Int($0).map { $0 > n } ?? false }
        }
        let token = first.text
        if line.words.count > 1, MarkerDetector.isLabel(token) {
            let label = MarkerDetector.labelText(token)
            let next = line.words[1]
            let raised = next.baseline - first.baseline > 0.15 * next.font.size
            let smaller = first.font.size < 0.9 * next.font.size
            let isSymbol = label.allSatisfy { "*†‡§¶#".contains($0) }
            if raised || smaller || isSymbol || (label == expected && vouched(label)) {
                var rest = line
                rest.words.removeFirst()
                return Start(label: label, line: rest)
            }
        }
        // A note symbol glued to the note's first word ("*Please visit …"), cited by the body.
        if let symbol = gluedSymbol(line), token.count > symbol.count, cited.contains(symbol) {
            var rest = line
            rest.words[0].text = String(token.dropFirst(symbol.count))
            return Start(label: symbol, line: rest)
        }
        // A label glued to the note's first word, in the same font.
        if let expected, vouched(expected), token.count > expected.count, token.hasPrefix(expected), expected.allSatisfy(\.isASCIIDigit) {
            let after = token.dropFirst(expected.count)
            if let c = after.first, c.isLetter || c.isASCIIDigit || c == "\"" || c == "“" {
                var rest = line
                rest.words[0].text = String(after)
                return Start(label: expected, line: rest)
            }
        }
        // The label read by OCR as a letter it looks like ("8http://…" as "ghttp://…"): the
        // body cites the label, and what follows the letter cannot follow it in a word (a web
        // address, or a capitalised word), so the letter was the label's digit.
        if let expected, expected.count == 1, vouched(expected), let c = token.first,
           digitLookalikes[expected]?.contains(c) == true, Self.startsGluedText(token.dropFirst()) {
            var rest = line
            rest.words[0].text = String(token.dropFirst())
            return Start(label: expected, line: rest)
        }
        return nil
    }

    /// Letters and marks OCR reads in place of a digit set in the text's own font. Only used
    /// for the label the numbering expects, which the body cites.
    static let digitLookalikes: [String: Set<Character>] = [
        "0": ["O", "o", "D", "Q"], "1": ["l", "I", "i", "|", "!", "]"], "2": ["Z", "z"],
        "3": ["B"], "4": ["A", "q"], "5": ["S", "s", "$"], "6": ["b", "G"], "7": ["T", "?"],
        "8": ["B", "S", "g", "&", "$"], "9": ["g", "q"],
    ]

    /// Whether `text` starts what no word continues after a single letter: a web address
    /// ("http…", "www.") or a capitalised word ("The…").
    static func startsGluedText(_ text: Substring) -> Bool {
        if text.hasPrefix("http") || text.hasPrefix("www.") { return true }
        let chars = text.prefix(2)
        guard chars.count == 2 else { return false }
        return chars.first!.isUppercase && chars.last!.isLowercase
    }
}
