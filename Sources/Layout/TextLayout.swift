import Foundation

/// Lays out plain-text and Markdown letters as blocks, so they enter the same segmenter as PDFs.
///
/// Paragraphs are separated by blank lines; each source line stays a ``Line`` (addresses and
/// signature blocks are line-structured). Footnote markers are superscript digits ("¹") or
/// Markdown references ("[^1]"); a paragraph opening with one is a note (each later line that
/// opens with one starts the next note), and a paragraph that is only a URL right after a note
/// continues it. Markdown adds headings (`#`), list items
/// (`-`, `*`, `1.`), quotes (`>`), links and emphasis, which are reduced to their text.
public enum TextLayout {
    public static func analyze(_ text: String, markdown: Bool) -> LaidOutDocument {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        var blocks: [Block] = []
        var notes: [Block] = []
        var links: [PageLink] = []
        var lastWasNote = false

        for paragraph in paragraphs(normalized) {
            // A note: "¹ text", "[^1]: text", or a URL-only paragraph continuing the last note.
            // Notes defined on consecutive lines ("[^1]: …⏎[^2]: …") are one note each: every
            // line that opens with a note label starts a new note; other lines continue it.
            if let (label, rest) = noteStart(paragraph[0]) {
                var lines = [line(rest, links: &links, markdown: markdown).0]
                lines[0].markers = [Marker(label: label, offset: 0)]
                for raw in paragraph.dropFirst() {
                    if let (nextLabel, nextRest) = noteStart(raw) {
                        notes.append(Block(lines: lines))
                        lines = [line(nextRest, links: &links, markdown: markdown).0]
                        lines[0].markers = [Marker(label: nextLabel, offset: 0)]
                    } else {
                        lines.append(line(raw, links: &links, markdown: markdown).0)
                    }
                }
                notes.append(Block(lines: lines))
                lastWasNote = true
                continue
            }
            if lastWasNote, paragraph.count == 1, isURLOnly(paragraph[0]), !notes.isEmpty {
                notes[notes.count - 1].lines.append(line(paragraph[0], links: &links, markdown: markdown).0)
                continue
            }
            lastWasNote = false
            blocks += paragraphBlocks(paragraph, links: &links, markdown: markdown)
        }
        blocks = hintHeadings(blocks)
        return LaidOutDocument(blocks: blocks, footnoteBlocks: notes, links: links)
    }

    /// Blank-line separated paragraphs, each a list of non-empty lines.
    static func paragraphs(_ text: String) -> [[String]] {
        var result: [[String]] = []
        var current: [String] = []
        for raw in text.components(separatedBy: "\n") {
            let line = raw.trimmingBlanks()
            if line.isEmpty {
                if !current.isEmpty { result.append(current); current = [] }
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// Splits a paragraph into blocks: list items and quotes each stand alone.
    static func paragraphBlocks(_ paragraph: [String], links: inout [PageLink], markdown: Bool) -> [Block] {
        var blocks: [Block] = []
        var current: [Line] = []
        var hint: BlockHint? = nil
        var level: Int? = nil
        func flush() {
            if !current.isEmpty { blocks.append(Block(lines: current, hint: hint, level: level)) }
            current = []; hint = nil; level = nil
        }
        for raw in paragraph {
            var text = raw
            var lineHint: BlockHint? = nil
            if let heading = headingLevel(text), markdown {
                text = String(text.drop { $0 == "#" }).trimmingBlanks()
                flush(); hint = .heading; level = heading
                current.append(line(text, links: &links, markdown: markdown).0)
                flush()
                continue
            }
            if ListMarkers.startsItem(text) || (markdown && (text.hasPrefix("* ") || text.hasPrefix("+ "))) {
                text = ListMarkers.strip(text.hasPrefix("* ") || text.hasPrefix("+ ") ? String(text.dropFirst(2)) : text)
                lineHint = .listItem
            } else if text.hasPrefix(">") {
                text = String(text.drop { $0 == ">" || $0 == " " })
                lineHint = .quote
            }
            if lineHint == .listItem || (lineHint != hint && !current.isEmpty) { flush() }
            if lineHint != nil { hint = lineHint }
            current.append(line(text, links: &links, markdown: markdown).0)
        }
        flush()
        return blocks
    }

    /// A one-line block between prose paragraphs, short and without closing punctuation, is a
    /// heading ("Our Call to the Mexican government").
    static func hintHeadings(_ blocks: [Block]) -> [Block] {
        var result = blocks
        for i in blocks.indices where blocks[i].hint == nil && blocks[i].lines.count == 1 && i > 0 && i + 1 < blocks.count {
            let text = blocks[i].text
            guard text.count <= 80, let last = text.last, !".,;:!?".contains(last), !text.contains(":") else { continue }
            let before = blocks[i - 1].text
            let after = blocks[i + 1].text
            let proseBefore = before.count >= 80 && (before.last.map { ".!?\"”:;".contains($0) } ?? false)
            if proseBefore && after.count >= 40 && !text.contains(where: \.isNumber) { result[i].hint = .heading }
        }
        return result
    }

    static func headingLevel(_ text: String) -> Int? {
        let hashes = text.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes), text.dropFirst(hashes).first == " " else { return nil }
        return hashes
    }

    private static let superscripts: [Character: Character] = [
        "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
    ]

    /// "¹ text" or "[^1]: text" → ("1", "text").
    static func noteStart(_ text: String) -> (String, String)? {
        let sup = text.prefix { superscripts[$0] != nil }
        if !sup.isEmpty {
            let rest = text.dropFirst(sup.count).trimmingBlanks()
            guard !rest.isEmpty else { return nil }
            return (String(sup.compactMap { superscripts[$0] }), rest)
        }
        if text.hasPrefix("[^"), let close = text.firstIndex(of: "]"), text[close...].hasPrefix("]:") {
            let label = String(text[text.index(text.startIndex, offsetBy: 2)..<close])
            return (label, String(text[text.index(close, offsetBy: 2)...]).trimmingBlanks())
        }
        return nil
    }

    static func isURLOnly(_ text: String) -> Bool {
        let t = text.trimming(charactersIn: "<> ")
        return !t.contains(" ") && (t.hasPrefix("http://") || t.hasPrefix("https://") || t.hasPrefix("www."))
    }

    /// One source line as a ``Line``: markers taken out, Markdown reduced to text.
    static func line(_ raw: String, links: inout [PageLink], markdown: Bool) -> (Line, Void) {
        var text = ""
        var markers: [Marker] = []
        var chars = Substring(raw)
        while let c = chars.first {
            if let digit = superscripts[c] {
                var label = String(digit)
                chars = chars.dropFirst()
                while let d = chars.first, let more = superscripts[d] { label.append(more); chars = chars.dropFirst() }
                markers.append(Marker(label: label, offset: text.count))
                continue
            }
            if c == "[" {
                if chars.hasPrefix("[^"), let close = chars.firstIndex(of: "]") {
                    let label = String(chars[chars.index(chars.startIndex, offsetBy: 2)..<close])
                    markers.append(Marker(label: label, offset: text.count))
                    chars = chars[chars.index(after: close)...]
                    continue
                }
                // [text](url)
                if let close = chars.firstIndex(of: "]"), chars[chars.index(after: close)...].hasPrefix("("),
                   let end = chars[close...].firstIndex(of: ")") {
                    let label = String(chars[chars.index(after: chars.startIndex)..<close])
                    let uri = String(chars[chars.index(close, offsetBy: 2)..<end])
                    text += label
                    if !uri.isEmpty && uri != "#" { links.append(PageLink(text: label, uri: uri, page: nil)) }
                    chars = chars[chars.index(after: end)...]
                    continue
                }
            }
            if c == "<", let end = chars.firstIndex(of: ">") {
                let inner = chars[chars.index(after: chars.startIndex)..<end]
                if inner.hasPrefix("http://") || inner.hasPrefix("https://") {
                    text += inner
                    chars = chars[chars.index(after: end)...]
                    continue
                }
            }
            if c == "*" || (c == "_" && markdownEmphasisBoundary(text)) {
                // Emphasis markers; a lone "*" as a footnote symbol is rare in body text.
                chars = chars.dropFirst()
                continue
            }
            text.append(c)
            chars = chars.dropFirst()
        }
        _ = markdown
        return (Line(text: TextJoin.clean(text).trimmingBlanks(), markers: markers), ())
    }

    private static func markdownEmphasisBoundary(_ before: String) -> Bool {
        guard let last = before.last else { return true }
        return last == " " || last == "("
    }
}
