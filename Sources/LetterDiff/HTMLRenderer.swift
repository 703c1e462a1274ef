import LetterModel

/// Renders a report as one self-contained HTML page: inline CSS, no scripts, no external
/// resources, so it can be mailed, archived or printed as it is.
///
/// Insertions and deletions are `<ins>`/`<del>` (meaningful to screen readers and to copy and
/// paste, not just colour); `@media print` keeps the colours and avoids splitting an entry
/// across pages.
public struct HTMLRenderer: Sendable {
    public init() {}

    public func render(_ report: LetterDiffReport) -> String {
        var h: [String] = []
        let title = "Changes: \(report.old.label) → \(report.new.label)"
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">")
        h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        h.append("<title>\(escape(title))</title>\n<style>\n\(Self.css)</style>\n</head>\n<body>")
        h.append("<header><h1>Changes between two versions</h1>")
        h.append("<p class=\"sides\"><span class=\"old\">old: \(escape(report.old.label))</span> <span class=\"new\">new: \(escape(report.new.label))</span></p>")
        h.append("<p class=\"summary\">\(escape(summary(report)))</p></header>")
        if report.identical {
            h.append("<p class=\"same\">No changes in content (typesetting differences are ignored).</p>")
        }
        if !report.metadata.isEmpty {
            h.append("<section><h2>Metadata</h2><table>")
            h.append("<tr><th>field</th><th>old</th><th>new</th></tr>")
            for c in report.metadata {
                h.append("<tr><td>\(escape(c.field))</td><td><del>\(escape(c.old ?? "—"))</del></td><td><ins>\(escape(c.new ?? "—"))</ins></td></tr>")
            }
            h.append("</table></section>")
        }
        let s = report.signatories
        if !s.isEmpty {
            h.append("<section><h2>Signatories <small>\(s.countOld) → \(s.countNew)</small></h2><ul class=\"items\">")
            for x in s.added { h.append("<li class=\"added\"><span class=\"tag\">added</span> <ins>\(escape(describe(x)))</ins></li>") }
            for x in s.removed { h.append("<li class=\"removed\"><span class=\"tag\">removed</span> <del>\(escape(describe(x)))</del></li>") }
            for c in s.changed {
                let fields = c.fields.map { f in
                    "\(f): <del>\(escape(value(c.old, f) ?? "—"))</del> <ins>\(escape(value(c.new, f) ?? "—"))</ins>"
                }
                h.append("<li class=\"changed\"><span class=\"tag\">changed</span> \(escape(c.new.name)) — \(fields.joined(separator: "; "))</li>")
            }
            h.append("</ul></section>")
        }
        let calls = report.callsToAction
        if !calls.isEmpty {
            h.append("<section><h2>Calls to action <small>\(calls.countOld) → \(calls.countNew)</small></h2><ul class=\"items\">")
            for x in calls.added { h.append("<li class=\"added\"><span class=\"tag\">added</span> <ins>\(escape(x.text))</ins></li>") }
            for x in calls.removed { h.append("<li class=\"removed\"><span class=\"tag\">removed</span> <del>\(escape(x.text))</del></li>") }
            for x in calls.reworded { h.append("<li class=\"changed\"><span class=\"tag\">reworded</span> \(words(x.words))</li>") }
            h.append("</ul></section>")
        }
        let notes = report.footnotes
        if !notes.isEmpty {
            h.append("<section><h2>Footnotes <small>\(notes.countOld) → \(notes.countNew)</small></h2><ul class=\"items\">")
            for x in notes.added { h.append("<li class=\"added\"><span class=\"tag\">added [\(escape(x.label))]</span> <ins>\(escape(x.text))</ins></li>") }
            for x in notes.removed { h.append("<li class=\"removed\"><span class=\"tag\">removed [\(escape(x.label))]</span> <del>\(escape(x.text))</del></li>") }
            for x in notes.changed {
                let label = x.oldLabel == x.newLabel ? "[\(x.newLabel)]" : "[\(x.oldLabel)] → [\(x.newLabel)]"
                h.append("<li class=\"changed\"><span class=\"tag\">changed \(escape(label))</span> \(words(x.words))</li>")
            }
            for x in notes.renumbered {
                h.append("<li class=\"moved\"><span class=\"tag\">renumbered [\(escape(x.oldLabel))] → [\(escape(x.newLabel))]</span> \(escape(x.text))</li>")
            }
            h.append("</ul></section>")
        }
        let body = report.body
        if !body.isEmpty {
            h.append("<section><h2>Body <small>\(body.countOld) → \(body.countNew) paragraphs, \(body.unchanged) unchanged</small></h2>")
            for e in body.entries { h.append(entry(e)) }
            h.append("</section>")
        }
        let annexes = report.annexes
        if !annexes.isEmpty {
            h.append("<section><h2>Annexes <small>\(annexes.countOld) → \(annexes.countNew)</small></h2><ul class=\"items\">")
            for x in annexes.added { h.append("<li class=\"added\"><span class=\"tag\">added</span> <ins>\(escape(AnnexItem.shown(x.title)))</ins>\(lines(x.text, "ins"))</li>") }
            for x in annexes.removed { h.append("<li class=\"removed\"><span class=\"tag\">removed</span> <del>\(escape(AnnexItem.shown(x.title)))</del>\(lines(x.text, "del"))</li>") }
            for x in annexes.changed {
                let name = x.oldTitle == x.newTitle ? escape(AnnexItem.shown(x.newTitle))
                    : "<del>\(escape(AnnexItem.shown(x.oldTitle)))</del> <ins>\(escape(AnnexItem.shown(x.newTitle)))</ins>"
                h.append("<li class=\"changed\"><span class=\"tag\">changed</span> \(name)\(x.words.map { "<p>\(words($0))</p>" } ?? "")</li>")
            }
            h.append("</ul></section>")
        }
        let links = report.links
        if !links.isEmpty {
            // Targets are shown as text, not as `href`s: the page stays free of anything to follow or load.
            h.append("<section><h2>Links <small>\(links.countOld) → \(links.countNew)</small></h2><ul class=\"items\">")
            for x in links.added { h.append("<li class=\"added\"><span class=\"tag\">added</span> \(link(x, "ins"))</li>") }
            for x in links.removed { h.append("<li class=\"removed\"><span class=\"tag\">removed</span> \(link(x, "del"))</li>") }
            for x in links.changed {
                h.append("<li class=\"changed\"><span class=\"tag\">changed</span> \(escape(x.text)): <del><code>\(escape(x.oldURI))</code></del> <ins><code>\(escape(x.newURI))</code></ins></li>")
            }
            h.append("</ul></section>")
        }
        h.append("</body>\n</html>\n")
        return h.joined(separator: "\n")
    }

    private func entry(_ e: BodyChanges.Entry) -> String {
        switch e.kind {
        case .unchanged:
            let first = (e.newIndex ?? 0) + 1
            let range = e.count == 1 ? "¶ \(first)" : "¶ \(first)–\(first + e.count - 1)"
            return "<p class=\"unchanged\">\(e.count) paragraph\(e.count == 1 ? "" : "s") unchanged (\(range))</p>"
        case .inserted:
            return block("added", "¶ \(e.newIndex! + 1) inserted", "<ins>\(escape(e.text ?? ""))</ins>")
        case .deleted:
            return block("removed", "old ¶ \(e.oldIndex! + 1) deleted", "<del>\(escape(e.text ?? ""))</del>")
        case .changed:
            return block("changed", "¶ \(e.newIndex! + 1) changed" + kindNote(e), words(e.words ?? []))
        case .moved:
            let label = "¶ \(e.newIndex! + 1) moved from old ¶ \(e.oldIndex! + 1)" + (e.words == nil ? "" : " and changed") + kindNote(e)
            return block("moved", label, e.words.map(words) ?? escape(e.text ?? ""))
        case .reclassified:
            return block("changed", "¶ \(e.newIndex! + 1) \(e.blockKind?.label ?? "kind changed")", escape(e.text ?? ""))
        }
    }

    /// ", kind: paragraph → heading" when a changed or moved paragraph also changed kind.
    private func kindNote(_ e: BodyChanges.Entry) -> String { e.blockKind.map { ", " + $0.label } ?? "" }

    /// A link's text marked inserted or deleted (no empty mark for a link over no text), then its target.
    private func link(_ x: LinkItem, _ mark: String) -> String {
        (x.text.isEmpty ? "" : "<\(mark)>\(escape(x.text))</\(mark)> ") + "<code>\(escape(x.uri))</code>"
    }

    /// An annex's text as a paragraph, its blocks one per line, marked inserted or deleted.
    private func lines(_ text: String, _ mark: String) -> String {
        text.isEmpty ? "" : "<p><\(mark)>" + text.split(separator: "\n").map { escape(String($0)) }.joined(separator: "<br>") + "</\(mark)></p>"
    }

    private func block(_ cls: String, _ label: String, _ html: String) -> String {
        "<div class=\"para \(cls)\"><div class=\"tag\">\(escape(label))</div><p>\(html)</p></div>"
    }

    private func words(_ segments: [WordSegment]) -> String {
        segments.map { s in
            switch s.op {
            case .equal: return escape(s.text)
            case .insert: return leading(s.text) + "<ins>\(escape(trimmed(s.text)))</ins>"
            case .delete: return leading(s.text) + "<del>\(escape(trimmed(s.text)))</del>"
            }
        }.joined()
    }

    private func leading(_ s: String) -> String { String(s.prefix { $0 == " " }) }
    private func trimmed(_ s: String) -> String { String(s.drop { $0 == " " }) }

    /// One line naming what changed, in words ("signatories: 1 added, 1 removed").
    private func summary(_ r: LetterDiffReport) -> String {
        func counts(_ pairs: [(Int, String)]) -> String {
            pairs.filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
        }
        var parts: [String] = []
        if !r.metadata.isEmpty { parts.append("metadata: " + r.metadata.map(\.field).joined(separator: ", ")) }
        let s = r.signatories
        if !s.isEmpty { parts.append("signatories: " + counts([(s.added.count, "added"), (s.removed.count, "removed"), (s.changed.count, "changed")])) }
        let c = r.callsToAction
        if !c.isEmpty { parts.append("calls to action: " + counts([(c.added.count, "added"), (c.removed.count, "removed"), (c.reworded.count, "reworded")])) }
        let f = r.footnotes
        if !f.isEmpty {
            parts.append("footnotes: " + counts([(f.added.count, "added"), (f.removed.count, "removed"), (f.changed.count, "changed"), (f.renumbered.count, "renumbered")]))
        }
        let e = r.body.entries
        func n(_ kind: BodyChanges.Entry.Kind) -> Int { e.filter { $0.kind == kind }.count }
        if !r.body.isEmpty {
            parts.append("paragraphs: " + counts([(n(.changed), "changed"), (n(.inserted), "inserted"), (n(.deleted), "deleted"), (n(.moved), "moved"),
                                                  (n(.reclassified), "reclassified")]))
        }
        let a = r.annexes
        if !a.isEmpty { parts.append("annexes: " + counts([(a.added.count, "added"), (a.removed.count, "removed"), (a.changed.count, "changed")])) }
        let l = r.links
        if !l.isEmpty { parts.append("links: " + counts([(l.added.count, "added"), (l.removed.count, "removed"), (l.changed.count, "changed")])) }
        return parts.isEmpty ? "No changes." : parts.joined(separator: " · ")
    }

    private func describe(_ s: Signatory) -> String {
        let details = [s.role, s.organization, s.location].compactMap { $0 }.filter { !$0.isEmpty }
        return details.isEmpty ? s.name : "\(s.name) (\(details.joined(separator: ", ")))"
    }

    private func value(_ s: Signatory, _ field: String) -> String? {
        field == "role" ? s.role : field == "organization" ? s.organization : s.location
    }

    func escape(_ s: String) -> String {
        var out = ""
        for ch in s {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(ch)
            }
        }
        return out
    }

    static let css = """
    :root { --add: #e6f6e6; --add-ink: #135c13; --del: #fde4e4; --del-ink: #8f1d1d; --chg: #fff4d6; --mov: #e4f0fb; }
    body { font: 16px/1.5 Georgia, "Times New Roman", serif; color: #222; max-width: 52em; margin: 2em auto; padding: 0 1em; }
    h1 { font-size: 1.5em; margin: 0 0 .3em; }
    h2 { font-size: 1.2em; border-bottom: 1px solid #ccc; margin-top: 1.6em; }
    h2 small, .tag, .sides, .summary, .unchanged, table th { font-family: system-ui, sans-serif; }
    h2 small { font-weight: normal; color: #666; font-size: .8em; }
    .sides span { display: inline-block; margin-right: 1.5em; }
    .sides .old { color: var(--del-ink); } .sides .new { color: var(--add-ink); }
    .summary { color: #444; }
    ins { background: var(--add); color: var(--add-ink); text-decoration: underline; text-decoration-color: #7bbf7b; }
    del { background: var(--del); color: var(--del-ink); text-decoration: line-through; }
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: left; vertical-align: top; padding: .3em .5em; border-bottom: 1px solid #eee; }
    ul.items { list-style: none; padding: 0; }
    ul.items li, .para { margin: .5em 0; padding: .4em .7em; border-left: 4px solid #ccc; break-inside: avoid; }
    .tag { font-size: .75em; text-transform: uppercase; letter-spacing: .04em; color: #555; margin-right: .4em; }
    .added { border-left-color: #4caf50 !important; } .removed { border-left-color: #e05252 !important; }
    .changed { border-left-color: #e0a800 !important; } .moved { border-left-color: #3c8dde !important; }
    .para p, ul.items li p { margin: .2em 0 0; }
    code { font-size: .9em; word-break: break-all; }
    .unchanged { color: #777; font-size: .85em; margin: .3em 0; padding-left: 1em; }
    .same { font-size: 1.1em; }
    @media print {
      body { font-size: 10.5pt; max-width: none; margin: 0; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      h2 { break-after: avoid; }
    }

    """
}
