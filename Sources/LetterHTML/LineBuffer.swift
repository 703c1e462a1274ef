import LibXML
import Layout

/// Collects inline text into ``Line`` values the way a browser collapses whitespace: runs of
/// spaces and newlines become one space, none at a line's start or end; `<br>` ends a line.
///
/// Markers are recorded at the character offset where they stood in the collapsed text, the
/// same convention as the PDF and plain-text layouts.
struct LineBuffer {
    private(set) var lines: [Line] = []
    private var text = ""
    /// `text.count`, kept as text grows: String.count walks the string, and a line may carry
    /// many markers.
    private var length = 0
    private var markers: [Marker] = []
    private var pendingSpace = false
    /// The space before a marker is dropped when punctuation follows ("word <sup>1</sup>.").
    private var spaceBeforeMarker = false

    var isEmpty: Bool { lines.isEmpty && text.isEmpty }

    mutating func append(_ raw: String, preformatted: Bool = false) {
        if preformatted {
            let parts = raw.split(separator: "\n", omittingEmptySubsequences: false)
            for (i, part) in parts.enumerated() {
                if i > 0 { breakLine() }
                appendCollapsed(String(part))
            }
            return
        }
        appendCollapsed(raw)
    }

    private mutating func appendCollapsed(_ raw: String) {
        for c in raw {
            if c.isWhitespace && c != "\u{00A0}" {
                if !text.isEmpty { pendingSpace = true }
            } else {
                if pendingSpace && !(spaceBeforeMarker && ".,;:!?)".contains(c)) { text.append(" "); length += 1 }
                pendingSpace = false
                spaceBeforeMarker = false
                text.append(c)
                length += 1
            }
        }
    }

    /// A footnote marker at the current position; the space before it, if any, is kept
    /// pending so "word <sup>1</sup>." reads "word." like the PDF layout gives it.
    mutating func marker(_ label: String) {
        markers.append(Marker(label: label, offset: length))
        spaceBeforeMarker = pendingSpace
    }

    mutating func breakLine() {
        let cleaned = TextJoin.clean(text)
        let trimmed = cleaned.trimmingCharacters(in: .whitespaces)
        if !trimmed.isEmpty {
            let count = trimmed.count
            let shift = cleaned.prefix { $0 == " " }.count
            let placed = markers.map { Marker(label: $0.label, offset: Swift.max(0, Swift.min(count, $0.offset - shift))) }
            lines.append(Line(text: trimmed, markers: placed))
        } else if !markers.isEmpty, !lines.isEmpty {
            // A marker alone on a line belongs at the end of the previous one.
            let end = lines[lines.count - 1].text.count
            lines[lines.count - 1].markers += markers.map { Marker(label: $0.label, offset: end) }
        }
        text = ""
        length = 0
        markers = []
        pendingSpace = false
        spaceBeforeMarker = false
    }

    /// Ends the current line and hands over all lines, leaving the buffer empty.
    mutating func take() -> [Line] {
        breakLine()
        defer { lines = [] }
        return lines
    }
}
