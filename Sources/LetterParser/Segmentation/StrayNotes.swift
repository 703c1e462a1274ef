import Layout

/// Footnotes the layout stage left among the body blocks: set at body size, or below the
/// last line of a page where no footnote zone was found ("6See, https://…", "10https://…").
///
/// A block is one when its first line opens with a note number glued to its text (no space,
/// as a raised marker comes out of the text layer) and it cites a web address. Body text
/// rarely opens a line with a number glued to a word, and never with one glued to a URL.
enum StrayNotes {
    /// The blocks without the stray notes, and the notes as note blocks (label as the first
    /// line's marker), or `nil` when there are none.
    static func split(_ blocks: [Block]) -> ([Block], [Block])? {
        var kept: [Block] = []
        var notes: [Block] = []
        for block in blocks {
            if let note = asNote(block) { notes.append(note) } else { kept.append(block) }
        }
        return notes.isEmpty ? nil : (kept, notes)
    }

    static func asNote(_ block: Block) -> Block? {
        guard var first = block.lines.first, block.lines.count <= 6 else { return nil }
        let text = first.text.trimmingBlanks()
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard (1...3).contains(digits.count), let label = Int(digits), label > 0, label <= 300 else { return nil }
        let rest = text.dropFirst(digits.count)
        guard let c = rest.first, c.isLetter else { return nil }
        let lower = block.text.lowercased()
        guard lower.containsBytes(of: "http") || lower.containsBytes(of: "www.") else { return nil }
        first.text = String(rest)
        first.markers = [Marker(label: String(label), offset: 0)]
        var note = block
        note.lines = [first] + block.lines.dropFirst()
        return note
    }
}
