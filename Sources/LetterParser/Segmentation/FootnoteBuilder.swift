import Foundation
import Layout
import LetterModel

/// Builds ``Footnote`` values from the layout stage's note blocks.
enum FootnoteBuilder {
    /// `links` are the document's links: a note whose text (or part of it) is a link gets the
    /// link's URI after the URLs printed in it.
    static func build(_ notes: [Block], links: [PageLink] = []) -> [Footnote] {
        notes.compactMap { note in
            guard let label = note.lines.first?.markers.first?.label else { return nil }
            let text = note.text.trimmingBlanks()
            var found = urls(in: text)
            for link in links where !found.contains(link.uri) && isUnder(link, note: note) { found.append(link.uri) }
            return Footnote(label: label, text: text, urls: found, page: note.page)
        }
    }

    /// Whether the link is set on the note's text: its area overlaps one of the note's lines
    /// (most of that line's height), or, without geometry (HTML, Markdown), its text is part of
    /// the note's.
    static func isUnder(_ link: PageLink, note: Block) -> Bool {
        if let box = link.box {
            return note.lines.contains { line in
                guard line.page == link.page, let lineBox = line.box else { return false }
                return lineBox.horizontalOverlap(box) > 0 && lineBox.verticalOverlap(box) >= 0.5 * min(lineBox.height, box.height)
            }
        }
        let text = link.text.trimmingBlanks()
        return link.page == nil && text.count >= 3 && note.text.contains(text)
    }

    private static let urlPattern = try! NSRegularExpression(pattern: #"(https?://|www\.)[^\s<>"”)\]]+"#, options: [.caseInsensitive])

    /// URLs printed in `text`, trailing sentence punctuation removed.
    static func urls(in text: String) -> [String] {
        urlPattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { m in
            guard let r = Range(m.range, in: text) else { return nil }
            var url = String(text[r])
            while let last = url.last, ".,;:".contains(last) { url.removeLast() }
            return url
        }
    }
}
