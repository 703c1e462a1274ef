import Foundation
import LetterArchive
import LetterModel
import LetterTEI

extension WebSite {
    /// `/letters/ID`: the letter as read, with its notes, calls, signatories and downloads.
    func letterPage(_ id: Int64) throws -> WebResponse {
        guard let l = try archive.letter(id: id) else { return notFound("No letter \(id) in this archive.") }
        let e = HTML.escape
        var h = "<article class=\"letter\"><h1>\(e(l.subject ?? "(no subject)"))</h1><dl class=\"fields\">"
        func row(_ name: String, _ html: String?) { if let html, !html.isEmpty { h += "<dt>\(name)</dt><dd>\(html)</dd>" } }
        row("Date", l.date.map { e($0.text.isEmpty ? $0.iso : $0.text) + ($0.text.isEmpty || $0.text == $0.iso ? "" : " <span class=\"meta\">(\(e($0.iso)))</span>") })
        row("Place", l.place.map(e))
        row("From", l.sender.map { $0.lines.map(e).joined(separator: "<br>") })
        row("To", l.addressee.map { $0.lines.map(e).joined(separator: "<br>") })
        row("Cc", l.cc.isEmpty ? nil : l.cc.map(e).joined(separator: "; "))
        row("Language", l.language.map(e))
        row("Source", e(l.source.file) + " <span class=\"meta\">(\(e(l.source.format.rawValue))\(l.source.pages.map { ", \($0) pages" } ?? ""); sha256 \(e(String(l.source.sha256.prefix(12))))…)</span>")
        h += "</dl><p class=\"downloads\">Download: <a href=\"/letters/\(id).json\" download>JSON</a><a href=\"/letters/\(id).tei.xml\" download>TEI</a>"
        if try sourceFile(id, l) != nil { h += "<a href=\"/letters/\(id)/source\" download>source file</a>" }
        h += "<a href=\"/letters/\(id)/versions\">other versions</a></p>"

        // Footnote labels to anchors: the label may be any text, so anchors are numbered.
        var noteAnchor: [String: String] = [:]
        for (i, note) in l.footnotes.enumerated() where noteAnchor[note.label] == nil { noteAnchor[note.label] = "note-\(i + 1)" }
        h += "<div class=\"body\">"
        if let salutation = l.salutation { h += "<p class=\"salutation\">\(e(salutation))</p>" }
        var inList = false
        for (index, block) in l.body.enumerated() {
            let calls = l.callsToAction.filter { $0.bodyIndex == index }.map(\.text)
            var text = Self.marking(block.text, calls: calls)
            for ref in block.footnoteRefs {
                let anchor = noteAnchor[ref] ?? ""
                text += "<sup><a href=\"#\(anchor)\" id=\"ref-\(anchor)-\(index)\">\(e(ref))</a></sup>"
            }
            if block.kind == .listItem && !inList { h += "<ul>"; inList = true }
            if block.kind != .listItem && inList { h += "</ul>"; inList = false }
            switch block.kind {
            case .heading: h += "<h3>\(text)</h3>"
            case .listItem: h += "<li>\(text)</li>"
            case .quote: h += "<blockquote>\(text)</blockquote>"
            case .paragraph: h += "<p>\(text)</p>"
            }
        }
        if inList { h += "</ul>" }
        if let closing = l.closing { h += "<p class=\"closing\">\(e(closing))</p>" }
        h += "</div>"
        if !l.signatories.isEmpty {
            h += "<section><h2>Signatories (\(l.signatories.count))</h2><ul class=\"signatories\">"
            for s in l.signatories {
                let details = [s.role, s.organization, s.location].compactMap { $0 }.filter { !$0.isEmpty }
                h += "<li><a href=\"/signatories/\(HTML.component(NameKey.normalize(s.name)))\">\(e(s.name))</a>"
                    + (details.isEmpty ? "" : " — " + e(details.joined(separator: ", "))) + "</li>"
            }
            h += "</ul></section>"
        }
        if !l.callsToAction.isEmpty {
            h += "<section><h2>Calls to action</h2><ul>"
            for c in l.callsToAction { h += "<li><mark class=\"call\">\(e(c.text))</mark>" + (c.target.map { " <span class=\"meta\">to \(e($0))</span>" } ?? "") + "</li>" }
            h += "</ul></section>"
        }
        if !l.footnotes.isEmpty {
            h += "<section><h2>Notes</h2><ol class=\"notes\">"
            for (i, note) in l.footnotes.enumerated() {
                h += "<li id=\"note-\(i + 1)\"><b>\(e(note.label))</b> \(e(note.text))"
                if !note.urls.isEmpty { h += " " + note.urls.map { HTML.externalLink($0) }.joined(separator: " ") }
                h += "</li>"
            }
            h += "</ol></section>"
        }
        if !l.annexes.isEmpty {
            h += "<section><h2>Annexes</h2>"
            for annex in l.annexes {
                if let title = annex.title { h += "<h3>\(e(title))</h3>" }
                for block in annex.body { h += "<p>\(e(block.text))</p>" }
            }
            h += "</section>"
        }
        if !l.links.isEmpty {
            h += "<section><h2>Links</h2><ul>"
            for link in l.links { h += "<li>\(HTML.externalLink(link.uri, text: link.text.isEmpty ? link.uri : link.text))</li>" }
            h += "</ul></section>"
        }
        h += "</article>"
        return .html(HTML.page(title: l.subject ?? "Letter \(id)", body: h))
    }

    /// The block's text escaped, with each call to action found in it marked.
    static func marking(_ text: String, calls: [String]) -> String {
        var ranges: [Range<String.Index>] = []
        for call in calls where !call.isEmpty {
            if let r = text.range(of: call), !ranges.contains(where: { $0.overlaps(r) }) { ranges.append(r) }
        }
        guard !ranges.isEmpty else { return HTML.escape(text) }
        ranges.sort { $0.lowerBound < $1.lowerBound }
        var out = "", at = text.startIndex
        for r in ranges {
            out += HTML.escape(String(text[at..<r.lowerBound])) + "<mark class=\"call\">" + HTML.escape(String(text[r])) + "</mark>"
            at = r.upperBound
        }
        return out + HTML.escape(String(text[at...]))
    }

    func json(_ id: Int64) throws -> WebResponse {
        guard let json = try archive.store.json(id: id) else { return notFound() }
        return WebResponse(contentType: "application/json; charset=utf-8",
                           headers: [("Content-Disposition", "attachment; filename=\"letter-\(id).json\"")], body: Data(json.utf8))
    }

    func tei(_ id: Int64) throws -> WebResponse {
        guard let letter = try archive.letter(id: id) else { return notFound() }
        return WebResponse(contentType: "application/tei+xml; charset=utf-8",
                           headers: [("Content-Disposition", "attachment; filename=\"letter-\(id).tei.xml\"")], body: TEIWriter.write(letter))
    }

    /// A recorded path that still holds the letter's source bytes.
    func sourceFile(_ id: Int64, _ letter: Letter) throws -> String? { try archive.sourceDocument(id: id) }

    /// The source document, always as a download (an HTML source must not run as a page here).
    func source(_ id: Int64) throws -> WebResponse {
        guard let letter = try archive.letter(id: id), let path = try sourceFile(id, letter),
              let data = FileManager.default.contents(atPath: path) else { return notFound("The source file is no longer on disk.") }
        let types = ["pdf": "application/pdf", "txt": "text/plain; charset=utf-8", "md": "text/plain; charset=utf-8"]
        let name = (path as NSString).lastPathComponent.filter { $0.isASCII && $0 != "\"" && $0 != "\\" && !$0.isNewline }
        return WebResponse(contentType: types[(path as NSString).pathExtension.lowercased()] ?? "application/octet-stream",
                           headers: [("Content-Disposition", "attachment; filename=\"\(name)\"")], body: data)
    }
}
