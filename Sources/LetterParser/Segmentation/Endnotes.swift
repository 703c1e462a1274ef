import Layout

/// Endnotes printed as a section ("Notes", "References") of numbered lines after the body.
enum Endnotes {
    /// The blocks without the notes section, and the notes as note blocks (label as the first
    /// line's marker), when the letter has such a section.
    static func split(_ blocks: [Block]) -> ([Block], [Block])? {
        guard let heading = blocks.lastIndex(where: { $0.text.characterCount < 40 && Patterns.matches(Patterns.notesHeading, $0.text.trimmingBlanks()) }) else { return nil }
        var notes: [Block] = []
        var end = heading + 1
        for block in blocks[(heading + 1)...] {
            var started = false
            for line in block.lines {
                let t = line.text.trimmingBlanks()
                let digits = t.prefix { $0.isNumber }
                let afterDigits = t.dropFirst(digits.count)
                if !digits.isEmpty, digits.count <= 3, let c = afterDigits.first, c == "." || c == " " || c == ")" || c.isLetter {
                    var first = line
                    first.text = afterDigits.drop { $0 == "." || $0 == ")" || $0 == " " }.description
                    first.markers = [Marker(label: String(digits), offset: 0)]
                    notes.append(Block(lines: [first]))
                    started = true
                } else if !notes.isEmpty {
                    notes[notes.count - 1].lines.append(line)
                    started = true
                }
            }
            guard started else { break }
            end += 1
        }
        guard !notes.isEmpty else { return nil }
        return (Array(blocks[..<heading]) + Array(blocks[end...]), notes)
    }
}
