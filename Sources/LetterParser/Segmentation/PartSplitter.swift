import Layout

/// Splits blocks so that each salutation, closing, cc line, subject line and dateline stands
/// as a block of its own.
///
/// Letters often set these without vertical space around them, so the layout stage leaves them
/// glued to a neighbouring paragraph ("Dear Lord Vallance," / "cc: …" / "We write…").
enum PartSplitter {
    enum Cut { case before, beforeAndAfter }

    static func split(_ blocks: [Block], language: String?) -> [Block] {
        var result: [Block] = []
        for block in blocks {
            let lines = block.lines.flatMap(splitTrailingClosing)
            guard lines.count > 1 else { result.append(block); continue }
            let cuts = lines.indices.map { cutKind(lines[$0].text, isFirst: $0 == 0, language: language) }
            // Nothing to split: the block as rebuilt from its own lines, which is the block with
            // no level (its text and box are worked out from its lines alone), without joining
            // its text again.
            if lines.count == block.lines.count, cuts.allSatisfy({ $0 == nil }) {
                var same = block
                same.level = nil
                result.append(same)
                continue
            }
            var current: [Line] = []
            for (i, line) in lines.enumerated() {
                let cut = cuts[i]
                if cut != nil, !current.isEmpty {
                    result.append(Block(lines: current, hint: result.isEmpty ? block.hint : block.hint, alignment: block.alignment))
                    current = []
                }
                current.append(line)
                if cut == .beforeAndAfter {
                    result.append(Block(lines: current, hint: block.hint, alignment: block.alignment))
                    current = []
                }
            }
            if !current.isEmpty { result.append(Block(lines: current, hint: block.hint, alignment: block.alignment)) }
        }
        return result
    }

    /// "I await your response. Respectfully," → the sentence and the closing as two lines, so
    /// the closing can stand alone.
    static func splitTrailingClosing(_ line: Line) -> [Line] {
        let t = line.text
        guard t.hasSuffix(","), t.count > 12, let stop = t.dropLast().lastIndex(where: { ".!?".contains($0) }) else { return [line] }
        let tail = t[t.index(after: stop)...].trimmingBlanks()
        guard tail.count >= 4, tail.count <= 40, tail.first?.isUppercase == true, Patterns.isClosing(tail) else { return [line] }
        var head = line, closing = line
        head.text = String(t[...stop])
        closing.text = tail
        closing.markers = []
        head.markers = line.markers.filter { $0.offset <= head.text.count }
        return [head, closing]
    }

    static func cutKind(_ text: String, isFirst: Bool, language: String?) -> Cut? {
        let t = text.trimmingBlanks()
        // The length counted once, without grapheme breaking where each scalar is a Character.
        let count = t.characterCount
        guard count <= 200, let first = t.first, first.isLetter || first.isNumber else { return nil }
        // A long line of prose is none of these parts unless it ends like a closing or has a
        // label near its start; this keeps the regular expressions off most body lines. (A
        // colon found by Foundation needs the colon's byte, so the bytes are asked first.)
        if count > 90, !t.hasSuffix(","), !(t.prefix(16).utf8.contains(0x3A) && t.prefix(16).contains(":")) { return nil }
        if let last = t.last, ",:!".contains(last), Patterns.matches(Patterns.salutation, t) { return .beforeAndAfter }
        if Patterns.isClosing(t) && (count <= 60 || t.hasSuffix(",")) { return .beforeAndAfter }
        if Patterns.isCcLabel(t) { return .beforeAndAfter }
        if Patterns.isSubjectLabel(t) { return .before }
        if count <= 60, DateParser.parseDateline(t, language: language) != nil { return .beforeAndAfter }
        return nil
    }
}
