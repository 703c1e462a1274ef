import Foundation
import LetterArchive

extension WebSite {
    /// `/`: the query box, filters, facets with counts and one page of results.
    func searchPage(_ p: [String: String]) throws -> WebResponse {
        func value(_ key: String) -> String? { p[key].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0.trimmingCharacters(in: .whitespaces) } }
        let page = max(1, Int(p["page"] ?? "") ?? 1)
        let query = ArchiveQuery(text: value("q"), signatory: value("signatory"), addressee: value("addressee"), from: value("from"),
                                 to: value("to"), language: value("language"), limit: Self.pageSize, offset: (page - 1) * Self.pageSize)
        let keys: [(String, String?)] = [("q", query.text), ("signatory", query.signatory), ("addressee", query.addressee),
                                         ("language", query.language), ("from", query.from), ("to", query.to)]
        func link(_ changes: [String: String?]) -> String {
            "/" + HTML.query(keys.map { key, old in (key, changes.keys.contains(key) ? changes[key]! : old) })
        }
        var h = "<h1>Search the letters</h1>"
        h += "<form class=\"filters\" action=\"/\" method=\"get\">"
        h += field("q", "Words, \"phrases\", prefix*, OR, -exclude", query.text, type: "search")
        h += field("signatory", "Signatory", query.signatory)
        h += field("addressee", "Addressee", query.addressee)
        h += "<label>Language<select name=\"language\"><option value=\"\">any</option>"
        for code in ArchiveQuery.languages {
            h += "<option value=\"\(code)\"\(query.language?.lowercased() == code ? " selected" : "")>\(code)</option>"
        }
        h += "</select></label>"
        h += field("from", "From (YYYY[-MM[-DD]])", query.from)
        h += field("to", "To", query.to)
        h += "<label>&nbsp;<button type=\"submit\">Search</button></label></form>"

        do { try query.validate() } catch let error as ArchiveError where error.isUsageError {
            h += "<p class=\"error\">\(HTML.escape(error.message))</p>"
            return .html(HTML.page(title: "Search", query: query.text ?? "", body: h), status: 400)
        }
        let results = try archive.store.find(query)
        let facets = try archive.store.facets(query, signatoryLimit: 15)

        h += "<div class=\"layout\"><section class=\"results\">"
        let shown = results.hits.isEmpty ? "" : "; \(query.offset + 1)–\(query.offset + results.hits.count) shown"
        h += "<p class=\"count\" id=\"count\">\(results.total) letter\(results.total == 1 ? "" : "s") match\(shown)</p>"
        h += "<ol class=\"hits\">"
        for hit in results.hits {
            let l = hit.letter
            h += "<li><a href=\"/letters/\(l.id)\">\(HTML.escape(l.subject ?? l.sender.map { "Letter from \($0)" } ?? l.file))</a>"
            let meta = [l.date ?? "undated", l.language ?? "", l.sender ?? "", l.file, "\(l.signatoryCount) signator\(l.signatoryCount == 1 ? "y" : "ies")"]
                .filter { !$0.isEmpty }
            h += "<div class=\"meta\">\(HTML.escape(meta.joined(separator: " · ")))</div>"
            if !hit.snippetParts.isEmpty {
                h += "<div class=\"snippet\">" + hit.snippetParts.map { $0.matched ? "<mark>\(HTML.escape($0.text))</mark>" : HTML.escape($0.text) }.joined() + "</div>"
            }
            h += "</li>"
        }
        h += "</ol><nav class=\"pages\">"
        func pageLink(_ n: Int) -> String { HTML.escape("/" + HTML.query(keys + [("page", n == 1 ? nil : String(n))])) }
        if page > 1 { h += "<a rel=\"prev\" href=\"\(pageLink(page - 1))\">← previous</a>" }
        if query.offset + results.hits.count < results.total { h += "<a rel=\"next\" href=\"\(pageLink(page + 1))\">next →</a>" }
        h += "</nav></section><aside>"
        func facet(_ title: String, _ counts: [SearchFacets.Count], _ apply: (SearchFacets.Count) -> [String: String?], on: (SearchFacets.Count) -> Bool) {
            guard !counts.isEmpty else { return }
            h += "<h2>\(HTML.escape(title))</h2><ul>"
            for c in counts {
                h += "<li\(on(c) ? " class=\"on\"" : "")><a href=\"\(HTML.escape(link(apply(c))))\">\(HTML.escape(c.label))</a><span>\(c.letters)</span></li>"
            }
            h += "</ul>"
        }
        facet("Language", facets.languages, { ["language": $0.value] }, on: { $0.value == query.language?.lowercased() })
        facet("Year", facets.years, { ["from": $0.value, "to": $0.value] }, on: { $0.value == query.from && $0.value == query.to })
        facet("Signatories", facets.signatories, { ["signatory": $0.label] }, on: { _ in false })
        h += "</aside></div>"
        return .html(HTML.page(title: query.text.map { "\($0) – search" } ?? "Search", query: query.text ?? "", body: h))
    }

    private func field(_ name: String, _ label: String, _ value: String?, type: String = "text") -> String {
        "<label>\(HTML.escape(label))<input type=\"\(type)\" name=\"\(name)\" value=\"\(HTML.escape(value ?? ""))\"></label>"
    }
}
