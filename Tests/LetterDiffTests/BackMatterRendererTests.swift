import Foundation
import LetterDiff
import LetterModel
import XCTest

/// Annexes, links and block kinds as the text, JSON and HTML reports show them.
final class BackMatterRendererTests: XCTestCase {
    /// The sample with back matter against a copy whose annexes and links were edited and whose
    /// "We are alarmed…" paragraph became a heading; `index` is that paragraph's.
    private func report() throws -> (report: LetterDiffReport, index: Int) {
        let old = BackMatter.apply(to: try sampleLetter())
        var new = BackMatter.editLinks(BackMatter.editAnnexes(old))
        let i = try XCTUnwrap(BackMatter.alarmedParagraph(in: new))
        new.body[i].kind = .heading
        return (LetterDiffer.diff(old: old, new: new, oldLabel: "v1.html", newLabel: "v2.html"), i)
    }

    func testPlainTextReport() throws {
        let (report, i) = try report()
        let lines = TextRenderer(color: false).render(report).components(separatedBy: "\n")
        let body = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("Body:") })
        XCTAssertEqual(Array(lines[..<body]), ["--- v1.html", "+++ v2.html", ""], "no other section changed")
        XCTAssertEqual(Array(lines[body...]), [
            "Body: 26 → 26 paragraphs, 25 unchanged",
            "  = \(i) paragraphs unchanged (¶ 1–\(i))",
            "  ~ ¶ \(i + 1) kind: paragraph → heading:",
            "      We are alarmed by what appears to be a growing trend of state-CSO surveillance in direct opposition…",
            "  = \(25 - i) paragraphs unchanged (¶ \(i + 2)–26)",
            "",
            "Annexes: 2 → 2",
            "  + Annex 3: endorsements:",
            "      Endorsed by the Africa Freedom of Information Centre.",
            "  - Annex 2: earlier statements:",
            "      " + BackMatter.statementsAnnex.body[0].text,
            "  ~ Annex 1: list of signatories:",
            "      Afesis-corplan [-Black Sash-] {+Right2Know Campaign+} Corruption Watch",
            "",
            "Links: 3 → 3",
            "  + Right2Know Campaign <\(BackMatter.addedLink.uri)>",
            "  - letter <\(BackMatter.mexicanLetter.uri)>",
            "  ~ Open\u{00A0}Government  Declaration: \(BackMatter.declaration.uri) → \(BackMatter.newDeclarationURI)",
            "",
        ])
    }

    func testColourTextMarksTargetsAndRetitledAnnex() throws {
        let old = BackMatter.apply(to: try sampleLetter())
        var new = BackMatter.editLinks(old)
        new.annexes[1].title = "Annex 2: statements"
        let text = TextRenderer(color: true).render(LetterDiffer.diff(old: old, new: new))
        XCTAssertTrue(text.contains("\u{1B}[31m\(BackMatter.declaration.uri)\u{1B}[0m → \u{1B}[32m\(BackMatter.newDeclarationURI)\u{1B}[0m"), text)
        XCTAssertTrue(text.contains("  \u{1B}[33m~\u{1B}[0m \u{1B}[31mAnnex 2: earlier statements\u{1B}[0m → \u{1B}[32mAnnex 2: statements\u{1B}[0m\n"), text)
    }

    func testJSONReport() throws {
        let (report, i) = try report()
        let data = try CanonicalJSON.encode(report)
        XCTAssertEqual(try JSONDecoder().decode(LetterDiffReport.self, from: data), report)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(json["identical"] as? Bool, false)

        let annexes = try XCTUnwrap(json["annexes"] as? [String: Any])
        XCTAssertEqual(annexes.keys.sorted(), ["added", "changed", "count_new", "count_old", "removed"])
        XCTAssertEqual(annexes["count_old"] as? Int, 2)
        XCTAssertEqual(annexes["added"] as? [[String: String]], [["title": "Annex 3: endorsements", "text": BackMatter.addedAnnex.body[0].text]])
        XCTAssertEqual((annexes["removed"] as? [[String: String]])?.map { $0["title"] }, ["Annex 2: earlier statements"])
        let changed = try XCTUnwrap((annexes["changed"] as? [[String: Any]])?.first)
        XCTAssertEqual(changed.keys.sorted(), ["new_title", "old_title", "words"])
        XCTAssertEqual((changed["words"] as? [[String: String]])?.map { $0["op"]! }, ["equal", "delete", "insert", "equal"])

        let links = try XCTUnwrap(json["links"] as? [String: Any])
        XCTAssertEqual(links.keys.sorted(), ["added", "changed", "count_new", "count_old", "removed"])
        XCTAssertEqual(links["added"] as? [[String: String]], [["text": "Right2Know Campaign", "uri": BackMatter.addedLink.uri]])
        XCTAssertEqual(links["removed"] as? [[String: String]], [["text": "letter", "uri": BackMatter.mexicanLetter.uri]])
        XCTAssertEqual(links["changed"] as? [[String: String]], [[
            "text": "Open\u{00A0}Government  Declaration", "old_uri": BackMatter.declaration.uri, "new_uri": BackMatter.newDeclarationURI,
        ]])

        let entries = try XCTUnwrap((json["body"] as? [String: Any])?["entries"] as? [[String: Any]])
        XCTAssertEqual(entries.map { $0["kind"] as? String }, ["unchanged", "reclassified", "unchanged"])
        guard entries.count == 3 else { return }
        XCTAssertEqual(entries[1]["block_kind"] as? [String: String], ["old": "paragraph", "new": "heading"])
        XCTAssertEqual(entries[1]["new_index"] as? Int, i)
        XCTAssertTrue(entries[1]["words"] is NSNull)
        XCTAssertTrue(entries[0]["block_kind"] is NSNull)
    }

    /// A report with nothing changed still has every new key, empty.
    func testJSONOfSelfDiffHasEmptyNewSections() throws {
        let letter = BackMatter.apply(to: try sampleLetter())
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: CanonicalJSON.encode(LetterDiffer.diff(old: letter, new: letter))) as? [String: Any])
        XCTAssertEqual(json["identical"] as? Bool, true)
        for section in ["annexes", "links"] {
            let object = try XCTUnwrap(json[section] as? [String: Any], section)
            for list in ["added", "removed", "changed"] { XCTAssertEqual((object[list] as? [Any])?.count, 0, "\(section).\(list)") }
        }
    }

    func testHTMLReport() throws {
        let (report, i) = try report()
        let html = HTMLRenderer().render(report)
        XCTAssertTrue(html.contains("<p class=\"summary\">paragraphs: 1 reclassified · annexes: 1 added, 1 removed, 1 changed · links: 1 added, 1 removed, 1 changed</p>"), html)
        XCTAssertTrue(html.contains("<div class=\"para changed\"><div class=\"tag\">¶ \(i + 1) kind: paragraph → heading</div><p>We are alarmed by"))
        XCTAssertTrue(html.contains("<h2>Annexes <small>2 → 2</small></h2>"))
        XCTAssertTrue(html.contains("<li class=\"added\"><span class=\"tag\">added</span> <ins>Annex 3: endorsements</ins><p><ins>Endorsed by the Africa"))
        XCTAssertTrue(html.contains("<li class=\"removed\"><span class=\"tag\">removed</span> <del>Annex 2: earlier statements</del>"))
        XCTAssertTrue(html.contains("Annex 1: list of signatories<p>Afesis-corplan <del>Black Sash</del> <ins>Right2Know Campaign</ins> Corruption Watch</p></li>"))
        XCTAssertTrue(html.contains("<h2>Links <small>3 → 3</small></h2>"))
        XCTAssertTrue(html.contains("<ins>Right2Know Campaign</ins> <code>\(BackMatter.addedLink.uri)</code>"))
        XCTAssertTrue(html.contains("<del>letter</del> <code>\(BackMatter.mexicanLetter.uri)</code>"))
        XCTAssertTrue(html.contains("<del><code>\(BackMatter.declaration.uri)</code></del> <ins><code>\(BackMatter.newDeclarationURI)</code></ins>"))
        XCTAssertFalse(html.contains("href="), "targets are text, not links to follow")
    }

    /// A link area over no text (an image, a logo) shows its target alone, in both reports.
    func testLinkOverNoText() throws {
        let old = BackMatter.apply(to: try sampleLetter())
        var new = old
        new.links.append(Link(text: "", uri: "https://example.org/logo"))
        let report = LetterDiffer.diff(old: old, new: new)
        XCTAssertTrue(HTMLRenderer().render(report).contains("<span class=\"tag\">added</span> <code>https://example.org/logo</code></li>"))
        XCTAssertTrue(TextRenderer(color: false).render(report).contains("\n  + <https://example.org/logo>\n"))
    }
}
