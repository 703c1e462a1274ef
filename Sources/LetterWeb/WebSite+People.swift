import Foundation
import LetterArchive
import LetterDiff
import LetterModel

extension WebSite {
    /// `/signatories/KEY`: every letter a person or organisation signed, by date.
    func signatoryPage(_ key: String) throws -> WebResponse {
        let normalized = NameKey.normalize(key)
        let (letters, spellings) = try archive.store.letters(signedBy: normalized)
        guard !letters.isEmpty else { return notFound("Nobody of that name signed a letter in this archive.") }
        let e = HTML.escape
        var h = "<h1>\(e(spellings.first ?? key))</h1>"
        if spellings.count > 1 { h += "<p class=\"meta\">Also spelled: \(e(spellings.dropFirst().joined(separator: "; ")))</p>" }
        h += "<p>\(letters.count) letter\(letters.count == 1 ? "" : "s") signed, by date.</p><table><tr><th>date</th><th>letter</th><th>language</th><th>signatories</th></tr>"
        for l in letters {
            h += "<tr><td>\(e(l.date ?? "undated"))</td><td><a href=\"/letters/\(l.id)\">\(e(l.subject ?? l.file))</a></td><td>\(e(l.language ?? ""))</td><td>\(l.signatoryCount)</td></tr>"
        }
        h += "</table>"
        return .html(HTML.page(title: spellings.first ?? key, body: h))
    }

    /// `/letters/ID/versions?old=A&new=B`: the versions of the statement, and the diff between two
    /// of them (LetterDiff's own page from `/diff`, shown in a sandboxed frame: its styles stay its own).
    func versionsPage(_ id: Int64, _ p: [String: String]) throws -> WebResponse {
        guard try archive.store.summary(id: id) != nil else { return notFound("No letter \(id) in this archive.") }
        let versions = try archive.versions(of: id)
        let ids = versions.map(\.letter.id)
        let e = HTML.escape
        let old = p["old"].flatMap(Int64.init).flatMap { ids.contains($0) ? $0 : nil } ?? (ids.first == id && ids.count > 1 ? ids[1] : ids.first ?? id)
        let new = p["new"].flatMap(Int64.init).flatMap { ids.contains($0) ? $0 : nil } ?? id
        var h = "<h1>Versions of this statement</h1><p>\(versions.count) version\(versions.count == 1 ? "" : "s"): letters that share most of their text.</p>"
        h += "<form method=\"get\" action=\"/letters/\(id)/versions\"><table><tr><th>old</th><th>new</th><th>date</th><th>letter</th><th>file</th><th>shared text</th><th>signatories</th></tr>"
        for v in versions {
            let l = v.letter
            h += "<tr><td><input type=\"radio\" name=\"old\" value=\"\(l.id)\"\(l.id == old ? " checked" : "") aria-label=\"old\"></td>"
            h += "<td><input type=\"radio\" name=\"new\" value=\"\(l.id)\"\(l.id == new ? " checked" : "") aria-label=\"new\"></td>"
            h += "<td>\(e(l.date ?? "undated"))</td><td><a href=\"/letters/\(l.id)\">\(e(l.subject ?? l.file))</a>\(l.id == id ? " <span class=\"meta\">(this letter)</span>" : "")</td><td>\(e(l.file))</td>"
            h += "<td>\(Int((v.sharedText * 100).rounded())) %</td><td>\(l.signatoryCount)</td></tr>"
        }
        h += "</table><p><button type=\"submit\">Compare</button></p></form>"
        if old != new {
            h += "<h2>Changes from letter \(old) to letter \(new)</h2>"
            h += "<p><a href=\"/diff?old=\(old)&amp;new=\(new)\">Open the changes on their own page</a></p>"
            h += "<iframe class=\"diff\" title=\"Changes\" sandbox src=\"/diff?old=\(old)&amp;new=\(new)\"></iframe>"
        } else {
            h += "<p>Pick two different versions to see what changed.</p>"
        }
        return .html(HTML.page(title: "Versions", body: h))
    }

    /// `/diff?old=A&new=B`: LetterDiff's HTML page for two archived letters, as `letters diff
    /// --html` writes it (escaped by its renderer, no scripts).
    func diffPage(_ p: [String: String]) throws -> WebResponse {
        guard let old = p["old"].flatMap(Int64.init), let new = p["new"].flatMap(Int64.init),
              let a = try archive.letter(id: old), let b = try archive.letter(id: new) else {
            return notFound("Give two letters: /diff?old=ID&new=ID.")
        }
        let report = LetterDiffer.diff(old: a, new: b, oldLabel: "letter \(old)", newLabel: "letter \(new)")
        return .html(HTMLRenderer().render(report))
    }
}
