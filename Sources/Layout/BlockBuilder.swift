import PDFText

/// Splits flows of lines into blocks (paragraphs, address blocks, list items).
///
/// A new block starts at a vertical gap wider than the page's usual line spacing, a change of
/// font size or weight, a bullet or list number, a first-line indent, or after a short line
/// that ends a paragraph of full-width lines.
struct BlockBuilder {
    var parameters: LayoutParameters
    /// Left and right edges of the page's text area.
    var textLeft: Double
    var textRight: Double
    /// Usual gap between consecutive lines of one paragraph, in points, for body-size text.
    var lineGap: Double
    /// The body font size, to scale ``lineGap`` for larger or smaller text.
    var bodySize: Double

    func blocks(_ flow: ReadingOrder.Flow, render: (RawLine) -> Line) -> [Block] {
        var blocks: [Block] = []
        var current: [RawLine] = []
        var currentHint: BlockHint? = nil

        func flush() {
            guard !current.isEmpty else { return }
            var lines = current.map(render)
            if currentHint == .listItem, let first = lines.first {
                lines[0].text = ListMarkers.strip(first.text)
            }
            blocks.append(Block(lines: lines, hint: currentHint, alignment: alignment(current)))
            current = []
            currentHint = nil
        }

        let width = textRight - textLeft
        for line in flow.lines {
            // A dash before lower-case text is a bullet only where a list is already running or
            // a block starts: inside a paragraph it is an aside wrapped to the line start.
            let startsWithDash = ListMarkers.startsDashItem(line.plainText)
            var bullet = ListMarkers.startsItem(line.plainText) || (startsWithDash && (current.isEmpty || currentHint == .listItem))
            if let previous = current.last {
                let size = max(previous.fontSize, 1)
                let gap = line.box.y0 - previous.box.y1
                let hasLongLine = current.contains { isLong($0, width: flow.isColumn ? nil : width) }
                let previousShort = !isLong(previous, width: flow.isColumn ? nil : width)
                let indent = line.box.x0 - (current.map(\.box.x0).min() ?? line.box.x0)
                let previousEndsSentence = endsSentence(previous.plainText)
                let startsLowercase = line.plainText.first?.isLowercase == true
                var breaks = false
                // A sentence running on in lower case bridges a modest gap (a list item's
                // continuation, a line set with extra leading).
                let continuesSentence = !previousEndsSentence && startsLowercase
                let paragraphGap = lineGap * size / max(bodySize, 1) + parameters.paragraphGap * size
                if gap > paragraphGap && !(continuesSentence && gap < 2 * paragraphGap) { breaks = true }
                if abs(line.fontSize - previous.fontSize) > parameters.sameSizeTolerance * size { breaks = true }
                // A change of weight sets off a heading, but not inside a running sentence
                // (bold words wrapping into plain text, or a title in bold capitals that a
                // full-width line without a sentence end runs into).
                let runsOn = !previousEndsSentence && !previousShort && !flow.isColumn && gap <= paragraphGap
                if isBold(line) != isBold(previous) && !continuesSentence && !runsOn { breaks = true }
                // A number opening a line inside a running sentence, at the paragraph's own
                // left edge, is the sentence's ("… bis zum / 24. Januar 2014 abzugeben."): a
                // list number follows a sentence end, a colon or a gap, or stands indented.
                // So is a dash there, before a capital as much as before lower case ("… el Centro
                // Cibernético Policial / – CCP, el Equipo …"): an aside wrapped to the line start.
                if bullet, currentHint != .listItem, !previousEndsSentence, gap <= paragraphGap, indent < 0.5 * size,
                   let word = line.plainText.split(separator: " ", maxSplits: 1).first,
                   (ListMarkers.isNumberMarker(String(word)) && word.first?.isASCIIDigit == true) || word == "–" || word == "—" {
                    bullet = false
                }
                if bullet { breaks = true }
                // Back at the margin after a list item: a new paragraph, unless the item's last line
                // ran full width without ending a sentence (items that wrap to the margin).
                if currentHint == .listItem && !bullet && line.box.x0 < (current.first.map { firstTextX($0) } ?? 0) - 0.5 * size
                    && (previousEndsSentence || (previousShort && !startsLowercase)) { breaks = true }
                if hasLongLine && previousShort && !flow.isColumn && previousEndsSentence { breaks = true }
                if !flow.isColumn && !hasLongLine && current.count >= 1 && isLong(line, width: width) && previousShort
                    && previousEndsSentence { breaks = true }
                if !flow.isColumn && indent >= parameters.indentStart * size && currentHint != .listItem && hasLongLine { breaks = true }
                if breaks {
                    flush()
                    if startsWithDash { bullet = true }
                }
            }
            if current.isEmpty && bullet { currentHint = .listItem }
            current.append(line)
        }
        flush()
        return blocks
    }

    /// A line reaching close to the right edge of the text area (or, in a column, any line:
    /// column lines carry no paragraph evidence).
    private func isLong(_ line: RawLine, width: Double?) -> Bool {
        guard let width, width > 0 else { return false }
        return line.box.x1 >= textRight - 0.12 * width && line.box.width >= 0.6 * width
    }

    private func isBold(_ line: RawLine) -> Bool {
        guard line.charCount > 0 else { return false }
        return Double(line.boldCharCount) / Double(line.charCount) > 0.5
    }

    /// Where the text of a list item starts, after its bullet.
    private func firstTextX(_ line: RawLine) -> Double {
        if line.words.count > 1, ListMarkers.isMarker(line.words[0].text) { return line.words[1].box.x0 }
        return line.box.x0
    }

    private func endsSentence(_ text: String) -> Bool {
        if let answer = Self.endsSentenceByBytes(text) { return answer }
        return Self.endsSentenceByCharacters(text)
    }

    /// ``endsSentenceByCharacters(_:)`` read from the last two bytes, when they are ASCII and the
    /// last is printable and not a space: then the last Character is that byte alone (an ASCII
    /// scalar after an ASCII scalar starts a Character, but LF after CR, and no trimming
    /// reaches it), and of the closing marks only ASCII ones equal an ASCII Character. `nil`
    /// for any other text.
    static func endsSentenceByBytes(_ text: String) -> Bool? {
        let bytes = text.utf8
        guard let last = bytes.last, Trim.isSolid(last) else { return nil }
        if bytes.count >= 2, bytes[bytes.index(bytes.endIndex, offsetBy: -2)] >= 0x80 { return nil }
        switch last {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "\""), UInt8(ascii: ")"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return false
        }
    }

    static func endsSentenceByCharacters(_ text: String) -> Bool {
        guard let last = text.trimmingBlanks().last else { return false }
        return ".!?:;\"”’)»".contains(last) || last.isNumber
    }

    private func alignment(_ lines: [RawLine]) -> Alignment {
        let width = textRight - textLeft
        guard width > 0, let box = Rect.union(of: lines.map(\.box)) else { return .left }
        let leftGap = box.x0 - textLeft
        let rightGap = textRight - box.x1
        if leftGap < 0.05 * width { return rightGap < 0.05 * width && lines.count > 1 ? .justified : .left }
        if abs(leftGap - rightGap) < 0.08 * width { return .center }
        if rightGap < 0.08 * width { return .right }
        return .left
    }
}

/// Bullets and list numbers that start list items.
enum ListMarkers {
    static let bullets: Set<Character> = ["•", "●", "▪", "■", "◦", "○", "‣", "∙", "·", "–", "-", "—", "➢", "►", "▶", "✓", "\u{F0B7}", "\u{F0A7}", "\u{F076}", "\u{F0D8}", "\u{F0FC}", "o", "§"]

    static func isMarker(_ word: String) -> Bool {
        if word.count == 1, let c = word.first, bullets.contains(c), c != "§" { return true }
        return isNumberMarker(word)
    }

    /// "1.", "2)", "a)", "(iii)", "iv." — but not "1" or "2017.".
    static func isNumberMarker(_ word: String) -> Bool {
        var w = Substring(word)
        guard let last = w.last, last == "." || last == ")" else { return false }
        w = w.dropLast()
        if w.first == "(" { w = w.dropFirst() }
        guard !w.isEmpty else { return false }
        if w.allSatisfy(\.isASCIIDigit) { return w.count <= 2 }
        if w.count == 1, let c = w.first, c.isLetter, c.isLowercase { return true }
        if w.count <= 4, w.allSatisfy({ "ivx".contains($0) }) { return true }
        return false
    }

    /// Whether a line starts a list item (a bullet or list number followed by text).
    static func startsItem(_ text: String) -> Bool {
        if startsProse(text) { return false }
        return startsItemByCharacters(text)
    }

    /// Text that ``startsItemByCharacters(_:)`` rejects, told from its first two bytes: a
    /// capital A–Z (no marker starts with one), or a lower-case letter other than i, v, x
    /// followed by a letter or digit (a word of two or more that is no roman number: neither a
    /// bullet "o" nor a one-letter label). Both bytes are then Characters of their own and
    /// the first word starts with them. Most lines start so; they are spared splitting by
    /// Characters.
    static func startsProse(_ text: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        guard let first = bytes.next() else { return false }
        if first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z") { return true }
        guard first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z"),
              first != UInt8(ascii: "i"), first != UInt8(ascii: "v"), first != UInt8(ascii: "x"),
              let second = bytes.next() else { return false }
        let folded = second | 0x20
        return (folded >= UInt8(ascii: "a") && folded <= UInt8(ascii: "z")) || (second >= UInt8(ascii: "0") && second <= UInt8(ascii: "9"))
    }

    static func startsItemByCharacters(_ text: String) -> Bool {
        let parts = text.split(separator: " ", maxSplits: 1)
        guard parts.count == 2 else {
            // A bullet glued to the text ("•Text").
            if let c = text.first, "•●▪■◦‣➢►▶\u{F0B7}\u{F0A7}".contains(c), text.count > 2 { return true }
            return false
        }
        let first = String(parts[0])
        if first == "o" || first == "-" || first == "–" || first == "—" || first == "·" {
            // Ambiguous glyphs: only with an upper-case letter or digit after them.
            return parts[1].first.map { $0.isUppercase || $0.isNumber } ?? false
        }
        return isMarker(first)
    }

    /// "– une copie …": a dash and a space before any text.
    ///
    /// A first byte that is ASCII other than "-" starts a Character that is no dash (the dashes
    /// have no canonical equivalents): no Character is read then.
    static func startsDashItem(_ text: String) -> Bool {
        guard let byte = text.utf8.first, byte == UInt8(ascii: "-") || byte >= 0x80 else { return false }
        return startsDashItemByCharacters(text)
    }

    static func startsDashItemByCharacters(_ text: String) -> Bool {
        guard let first = text.first, "-–—".contains(first), text.dropFirst().first == " " else { return false }
        return text.count > 3
    }

    /// Removes the bullet or number at the start of a list item's text.
    static func strip(_ text: String) -> String {
        if let c = text.first, "•●▪■◦‣➢►▶\u{F0B7}\u{F0A7}".contains(c) {
            return String(text.dropFirst()).trimmingBlanks()
        }
        let parts = text.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, isMarker(String(parts[0])) || ["o", "-", "–", "—", "·"].contains(String(parts[0])) else { return text }
        return String(parts[1])
    }
}
