import Foundation
import LetterModel

/// Renders a report as readable text for a terminal or a pipe.
///
/// Sections appear only when something in them changed. With `color`, changes are shown by
/// ANSI colour (red struck-through deletions, green underlined insertions, as `git diff
/// --color-words` readers expect); without, by wdiff's markers `[-old-]` and `{+new+}` so the
/// output survives e-mail and logs.
public struct TextRenderer: Sendable {
    public var color: Bool

    public init(color: Bool) {
        self.color = color
    }

    public func render(_ report: LetterDiffReport) -> String {
        var out: [String] = []
        out.append(paint("--- \(report.old.label)", .red))
        out.append(paint("+++ \(report.new.label)", .green))
        if report.identical {
            out.append("")
            out.append("No changes in content (typesetting differences are ignored).")
            return out.joined(separator: "\n") + "\n"
        }
        if !report.metadata.isEmpty {
            out.append(heading("Metadata"))
            for change in report.metadata {
                out.append("  \(change.field): \(paint(change.old ?? "(none)", .red)) → \(paint(change.new ?? "(none)", .green))")
            }
        }
        let s = report.signatories
        if !s.isEmpty {
            out.append(heading("Signatories: \(s.countOld) → \(s.countNew)"))
            for x in s.added { out.append("  " + paint("+ " + describe(x), .green)) }
            for x in s.removed { out.append("  " + paint("- " + describe(x), .red)) }
            for c in s.changed {
                let fields = c.fields.map { field in
                    "\(field) \(paint(value(c.old, field) ?? "(none)", .red)) → \(paint(value(c.new, field) ?? "(none)", .green))"
                }
                out.append("  " + paint("~", .yellow) + " \(c.new.name): " + fields.joined(separator: "; "))
            }
        }
        let calls = report.callsToAction
        if !calls.isEmpty {
            out.append(heading("Calls to action: \(calls.countOld) → \(calls.countNew)"))
            for x in calls.added { out.append("  " + paint("+ " + x.text, .green)) }
            for x in calls.removed { out.append("  " + paint("- " + x.text, .red)) }
            for x in calls.reworded { out.append("  " + paint("~", .yellow) + " reworded: " + words(x.words)) }
        }
        let notes = report.footnotes
        if !notes.isEmpty {
            out.append(heading("Footnotes: \(notes.countOld) → \(notes.countNew)"))
            for x in notes.added { out.append("  " + paint("+ [\(x.label)] " + x.text, .green)) }
            for x in notes.removed { out.append("  " + paint("- [\(x.label)] " + x.text, .red)) }
            for x in notes.changed {
                let label = x.oldLabel == x.newLabel ? "[\(x.newLabel)]" : "[\(x.oldLabel)] → [\(x.newLabel)]"
                out.append("  " + paint("~", .yellow) + " \(label) " + words(x.words))
            }
            for x in notes.renumbered {
                out.append("  " + paint("#", .cyan) + " renumbered [\(x.oldLabel)] → [\(x.newLabel)]: " + excerpt(x.text))
            }
        }
        let body = report.body
        if !body.isEmpty {
            out.append(heading("Body: \(body.countOld) → \(body.countNew) paragraphs, \(body.unchanged) unchanged"))
            for e in body.entries { out.append(contentsOf: entry(e)) }
        }
        let annexes = report.annexes
        if !annexes.isEmpty {
            out.append(heading("Annexes: \(annexes.countOld) → \(annexes.countNew)"))
            for x in annexes.added { out.append(contentsOf: annex("+", x, .green)) }
            for x in annexes.removed { out.append(contentsOf: annex("-", x, .red)) }
            for x in annexes.changed {
                let name = x.oldTitle == x.newTitle ? AnnexItem.shown(x.newTitle)
                    : "\(paint(AnnexItem.shown(x.oldTitle), .red)) → \(paint(AnnexItem.shown(x.newTitle), .green))"
                out.append("  " + paint("~", .yellow) + " " + name + (x.words == nil ? "" : ":"))
                if let w = x.words { out.append("      " + words(w)) }
            }
        }
        let links = report.links
        if !links.isEmpty {
            out.append(heading("Links: \(links.countOld) → \(links.countNew)"))
            for x in links.added { out.append("  " + paint("+ " + link(x), .green)) }
            for x in links.removed { out.append("  " + paint("- " + link(x), .red)) }
            for x in links.changed {
                out.append("  " + paint("~", .yellow) + " \(x.text.isEmpty ? "(no text)" : x.text): \(paint(x.oldURI, .red)) → \(paint(x.newURI, .green))")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func entry(_ e: BodyChanges.Entry) -> [String] {
        let indent = "      "
        switch e.kind {
        case .unchanged:
            let first = (e.newIndex ?? 0) + 1
            let range = e.count == 1 ? "¶ \(first)" : "¶ \(first)–\(first + e.count - 1)"
            return ["  " + paint("= \(e.count) paragraph\(e.count == 1 ? "" : "s") unchanged (\(range))", .dim)]
        case .inserted:
            return ["  " + paint("+ ¶ \(e.newIndex! + 1) inserted:", .green), indent + paint(e.text ?? "", .green)]
        case .deleted:
            return ["  " + paint("- old ¶ \(e.oldIndex! + 1) deleted:", .red), indent + paint(e.text ?? "", .red)]
        case .changed:
            return ["  " + paint("~ ¶ \(e.newIndex! + 1) changed\(kindNote(e)):", .yellow), indent + words(e.words ?? [])]
        case .moved:
            let title = "  " + paint("> ¶ \(e.newIndex! + 1) moved from old ¶ \(e.oldIndex! + 1)\(e.words == nil ? "" : " and changed")\(kindNote(e)):", .cyan)
            return [title, indent + (e.words.map(words) ?? excerpt(e.text ?? ""))]
        case .reclassified:
            return ["  " + paint("~ ¶ \(e.newIndex! + 1) \(e.blockKind?.label ?? "kind changed"):", .yellow), indent + excerpt(e.text ?? "")]
        }
    }

    /// ", kind: paragraph → heading" when a changed or moved paragraph also changed kind.
    private func kindNote(_ e: BodyChanges.Entry) -> String { e.blockKind.map { ", " + $0.label } ?? "" }

    /// An added or removed annex: its title, then its blocks one per line.
    private func annex(_ sign: String, _ x: AnnexItem, _ style: Style) -> [String] {
        ["  " + paint("\(sign) \(AnnexItem.shown(x.title))" + (x.text.isEmpty ? "" : ":"), style)]
            + x.text.split(separator: "\n").map { "      " + paint(String($0), style) }
    }

    /// "text <uri>", or the URI alone for a link over no text.
    private func link(_ x: LinkItem) -> String { x.text.isEmpty ? "<\(x.uri)>" : "\(x.text) <\(x.uri)>" }

    /// A word diff on one line.
    func words(_ segments: [WordSegment]) -> String {
        var out = ""
        for segment in segments {
            let text = segment.text.drop { $0 == " " }
            let space = String(repeating: " ", count: segment.text.count - text.count)
            switch segment.op {
            case .equal: out += segment.text
            case .delete: out += space + (color ? paint(String(text), .deleted) : "[-\(text)-]")
            case .insert: out += space + (color ? paint(String(text), .inserted) : "{+\(text)+}")
            }
        }
        return out
    }

    private func describe(_ s: Signatory) -> String {
        let details = [s.role, s.organization, s.location].compactMap { $0 }.filter { !$0.isEmpty }
        return details.isEmpty ? s.name : "\(s.name) (\(details.joined(separator: ", ")))"
    }

    private func value(_ s: Signatory, _ field: String) -> String? {
        switch field {
        case "role": return s.role
        case "organization": return s.organization
        default: return s.location
        }
    }

    /// The start of a long text: moved and renumbered items are not new content, so a hint suffices.
    /// Cut at a word boundary near 100 characters.
    private func excerpt(_ text: String) -> String {
        guard text.count > 100 else { return text }
        let head = text.prefix(100)
        let cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        return cut.trimmingCharacters(in: .whitespaces) + "…"
    }

    private func heading(_ text: String) -> String { "\n" + paint(text, .bold) }

    enum Style: String {
        case bold = "1", dim = "2", red = "31", green = "32", yellow = "33", cyan = "36"
        case deleted = "9;31", inserted = "4;32"
    }

    private func paint(_ text: String, _ style: Style) -> String {
        color ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}
