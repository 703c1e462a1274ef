import Foundation

/// A letter for people to read rather than programs: the header fields, then the letter as
/// written (salutation, body, closing), then calls to action, footnotes and signatories.
///
/// One renderer for every place that shows a letter to a person (`archive show`,
/// `extract --format text|md`, `batch --format text|md`), so they cannot drift apart. It lives
/// beside the model because it reads nothing else.
public enum ReadableLetter {
    /// Plain text for a terminal. `title` is the first line (`Letter 3` in the archive); the
    /// source file, format, pages and SHA-256 follow it.
    public static func text(_ l: Letter, title: String? = nil) -> String {
        var out = (title.map { $0 + "  " } ?? "") + "\(l.source.file)  (\(l.source.format.rawValue)\(l.source.pages.map { ", \($0) pages" } ?? ""))  sha256 \(l.source.sha256)\n"
        for (name, value) in headerFields(l) {
            out += (name + ":").padding(toLength: 10, withPad: " ", startingAt: 0) + value + "\n"
        }
        out += "\n"
        if let salutation = l.salutation { out += salutation + "\n\n" }
        for block in l.body {
            let refs = block.footnoteRefs.isEmpty ? "" : " [" + block.footnoteRefs.joined(separator: ", ") + "]"
            out += (block.kind == .listItem ? "  • " : "") + block.text + refs + "\n\n"
        }
        if let closing = l.closing { out += closing + "\n\n" }
        if !l.callsToAction.isEmpty {
            out += "Calls to action:\n"
            for call in l.callsToAction { out += "  - \(call.text)" + (call.target.map { "  (to: \($0))" } ?? "") + "\n" }
            out += "\n"
        }
        if !l.footnotes.isEmpty {
            out += "Footnotes:\n"
            for note in l.footnotes { out += "  [\(note.label)] \(note.text)\n" }
            out += "\n"
        }
        if !l.signatories.isEmpty {
            out += "Signatories (\(l.signatories.count)):\n"
            for s in l.signatories { out += "  \(signatory(s))\n" }
        }
        return out
    }

    /// Markdown (CommonMark with footnotes, as GitHub and Pandoc read it): the subject as title,
    /// header fields as a list, body kinds as Markdown blocks, footnote references as `[^1]`.
    public static func markdown(_ l: Letter) -> String {
        var out = "# " + inline(l.subject ?? l.source.metadata.title ?? l.source.file) + "\n\n"
        for (name, value) in headerFields(l) { out += "- **\(name):** \(inline(value))\n" }
        out += "- **Source:** `\(l.source.file)` (\(l.source.format.rawValue)\(l.source.pages.map { ", \($0) pages" } ?? "")), sha256 `\(l.source.sha256)`\n\n"
        if let salutation = l.salutation { out += block(salutation) + "\n\n" }
        for b in l.body {
            let refs = b.footnoteRefs.map { "[^\(noteID($0))]" }.joined()
            let text = inline(b.text) + refs
            switch b.kind {
            case .heading: out += "## " + text + "\n\n"
            case .listItem: out += "- " + text + "\n\n"
            case .quote: out += "> " + text + "\n\n"
            case .paragraph: out += block(b.text) + refs + "\n\n"
            }
        }
        if let closing = l.closing { out += block(closing) + "\n\n" }
        if !l.signatories.isEmpty {
            out += "## Signatories\n\n"
            for s in l.signatories { out += "- " + inline(signatory(s)) + "\n" }
            out += "\n"
        }
        if !l.callsToAction.isEmpty {
            out += "## Calls to action\n\n"
            for call in l.callsToAction { out += "- " + inline(call.text) + (call.target.map { " *(to: \(inline($0)))*" } ?? "") + "\n" }
            out += "\n"
        }
        for note in l.footnotes { out += "[^\(noteID(note.label))]: " + inline(note.text) + "\n" }
        while out.hasSuffix("\n\n") { out.removeLast() }
        return out
    }

    /// The dateline and the parties, in the order a letter gives them; absent fields are left out.
    static func headerFields(_ l: Letter) -> [(String, String)] {
        var fields: [(String, String?)] = [
            ("Date", l.date.map { "\($0.text) (\($0.iso))" }),
            ("Place", l.place),
            ("From", l.sender.map { $0.name ?? $0.lines.joined(separator: ", ") }),
            ("To", l.addressee.map { $0.lines.joined(separator: ", ") }),
            ("Cc", l.cc.isEmpty ? nil : l.cc.joined(separator: "; ")),
            ("Subject", l.subject),
            ("Language", l.language),
        ]
        fields.removeAll { $0.1?.isEmpty ?? true }
        return fields.map { ($0.0, $0.1!) }
    }

    static func signatory(_ s: Signatory) -> String {
        let details = [s.role, s.organization, s.location].compactMap { $0 }.filter { !$0.isEmpty }
        return s.name + (details.isEmpty ? "" : " — " + details.joined(separator: ", "))
    }

    /// A footnote label as a Markdown footnote id (no spaces or brackets).
    static func noteID(_ label: String) -> String {
        let id = label.filter { !$0.isWhitespace && $0 != "[" && $0 != "]" && $0 != "^" }
        return id.isEmpty ? "note" : id
    }

    /// Text inside a Markdown line: characters that would start emphasis, links or HTML escaped.
    static func inline(_ text: String) -> String {
        var out = ""
        for c in text {
            if "\\`*_[]<>|".contains(c) { out.append("\\") }
            out.append(c == "\n" ? " " : c)
        }
        return out
    }

    /// A paragraph of its own: `inline`, and a start that Markdown would read as a heading,
    /// list, quote or rule escaped.
    static func block(_ text: String) -> String {
        var escaped = inline(text)
        if let first = escaped.first, "#>-+=~".contains(first) {
            escaped.insert("\\", at: escaped.startIndex)
        } else {
            // `1.` or `1)` at the start would become an ordered list.
            let digits = escaped.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, digits.count <= 9, let next = escaped.dropFirst(digits.count).first, next == "." || next == ")" {
                escaped = String(digits) + "\\" + escaped.dropFirst(digits.count)
            }
        }
        return escaped
    }
}
