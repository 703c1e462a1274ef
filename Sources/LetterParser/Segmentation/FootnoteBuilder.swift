import Foundation
import Layout
import LetterModel

/// Builds ``Footnote`` values from the layout stage's note blocks.
enum FootnoteBuilder {
    static func build(_ notes: [Block]) -> [Footnote] {
        notes.compactMap { note in
            guard let label = note.lines.first?.markers.first?.label else { return nil }
            let text = note.text.trimmingBlanks()
            return Footnote(label: label, text: text, urls: urls(in: text), page: note.page)
        }
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
