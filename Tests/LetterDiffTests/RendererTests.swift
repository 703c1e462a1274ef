import Foundation
import LetterDiff
import LetterModel
import XCTest

/// What a reader sees: every section of the text and JSON reports for the sample revision.
final class RendererTests: XCTestCase {
    private func revisionReport() throws -> (LetterDiffReport, Letter) {
        let old = try sampleLetter()
        return (LetterDiffer.diff(old: old, new: Revision.apply(to: old), oldLabel: "v1.txt", newLabel: "v2.json"), old)
    }

    func testPlainTextReport() throws {
        let (report, old) = try revisionReport()
        let text = TextRenderer(color: false).render(report)
        XCTAssertFalse(text.contains("\u{1B}"))
        let lines = text.components(separatedBy: "\n")
        let callRest = String(old.callsToAction[0].text.dropFirst(Revision.oldCall.count))
        let expected = [
            "--- v1.txt",
            "+++ v2.json",
            "",
            "Metadata",
            "  date: 14 June 2017 → 21 June 2017",
            "",
            "Signatories: 9 → 9",
            "  + Right2Know Campaign",
            "  - Black Sash",
            "  ~ Open Democracy Advice Centre (ODAC): role (none) → Secretariat",
            "",
            "Calls to action: 7 → 7",
            "  ~ reworded: We [-call on-] {+urge+} all OGP members to recall" + callRest,
            "",
            "Footnotes: 8 → 8",
            "  ~ [2] Refer to [-detailed-] {+the full+} Open Government Declaration",
            "",
            "Body: 26 → 27 paragraphs, 24 unchanged",
            "  = 2 paragraphs unchanged (¶ 1–2)",
            "  ~ ¶ 3 changed:",
        ]
        XCTAssertEqual(Array(lines.prefix(expected.count)), expected)
        let rest = Array(lines.dropFirst(expected.count))
        XCTAssertTrue(rest[0].hasPrefix("      We [-call on-] {+urge+} all OGP members to recall and respect"), rest[0])
        XCTAssertEqual(Array(rest[1...]), [
            "  = 2 paragraphs unchanged (¶ 4–5)",
            "  + ¶ 6 inserted:",
            "      " + Revision.insertedParagraph,
            "  = 19 paragraphs unchanged (¶ 7–25)",
            "  > ¶ 26 moved from old ¶ 11:",
            "      It is with this in mind that we make this call in support of our Mexican counterparts but also in…",
            "  = 1 paragraph unchanged (¶ 27)",
            "",
        ])
    }

    func testColourTextUsesEscapesInsteadOfMarkers() throws {
        let (report, _) = try revisionReport()
        let text = TextRenderer(color: true).render(report)
        XCTAssertTrue(text.contains("Refer to \u{1B}[9;31mdetailed\u{1B}[0m \u{1B}[4;32mthe full\u{1B}[0m Open Government Declaration"), text)
        XCTAssertFalse(text.contains("[-detailed-]"))
    }

    func testIdenticalTextReport() throws {
        let letter = try sampleLetter()
        XCTAssertEqual(TextRenderer(color: false).render(LetterDiffer.diff(old: letter, new: letter, oldLabel: "a.txt", newLabel: "b.pdf")),
                       "--- a.txt\n+++ b.pdf\n\nNo changes in content (typesetting differences are ignored).\n")
    }

    func testJSONReport() throws {
        let (report, _) = try revisionReport()
        let data = try CanonicalJSON.encode(report)
        XCTAssertEqual(try CanonicalJSON.encode(report), data, "same report, same bytes")
        XCTAssertEqual(try JSONDecoder().decode(LetterDiffReport.self, from: data), report)

        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(json.keys.sorted(), ["annexes", "body", "calls_to_action", "footnotes", "format_version", "identical", "links", "metadata", "new", "old", "signatories"])
        let text = String(decoding: data, as: UTF8.self)
        let topKeys = text.components(separatedBy: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        XCTAssertEqual(topKeys, ["annexes", "body", "calls_to_action", "footnotes", "format_version", "identical", "links", "metadata", "new", "old", "signatories"], "sorted")
        XCTAssertEqual(json["identical"] as? Bool, false)
        XCTAssertEqual(json["format_version"] as? String, "2")
        XCTAssertEqual((json["old"] as? [String: Any])?["label"] as? String, "v1.txt")

        let metadata = try XCTUnwrap(json["metadata"] as? [[String: Any]])
        XCTAssertEqual(metadata.count, 1)
        XCTAssertEqual(metadata[0]["field"] as? String, "date")
        XCTAssertEqual(metadata[0]["old"] as? String, "14 June 2017")
        XCTAssertEqual(metadata[0]["new"] as? String, "21 June 2017")

        let signers = try XCTUnwrap(json["signatories"] as? [String: Any])
        XCTAssertEqual(signers["count_old"] as? Int, 9)
        XCTAssertEqual(signers["count_new"] as? Int, 9)
        XCTAssertEqual((signers["added"] as? [[String: Any]])?.map { $0["name"] as? String }, ["Right2Know Campaign"])
        XCTAssertEqual((signers["removed"] as? [[String: Any]])?.map { $0["name"] as? String }, ["Black Sash"])
        let change = try XCTUnwrap((signers["changed"] as? [[String: Any]])?.first)
        XCTAssertEqual(change["fields"] as? [String], ["role"])
        XCTAssertEqual((change["new"] as? [String: Any])?["role"] as? String, "Secretariat")
        XCTAssertTrue((change["old"] as? [String: Any])?["role"] is NSNull)

        let calls = try XCTUnwrap(json["calls_to_action"] as? [String: Any])
        let reworded = try XCTUnwrap(calls["reworded"] as? [[String: Any]])
        XCTAssertEqual(reworded.count, 1)
        XCTAssertEqual((reworded[0]["new"] as? [String: Any])?["text"] as? String, Revision.apply(to: try sampleLetter()).callsToAction[0].text)
        let similarity = try XCTUnwrap(reworded[0]["similarity"] as? Double)
        XCTAssertGreaterThan(similarity, 0.8)
        XCTAssertLessThan(similarity, 1)
        XCTAssertEqual(calls["added"] as? [String], [])

        let notes = try XCTUnwrap(json["footnotes"] as? [String: Any])
        let changedNote = try XCTUnwrap((notes["changed"] as? [[String: Any]])?.first)
        XCTAssertEqual(changedNote["old_label"] as? String, "2")
        XCTAssertEqual(changedNote["new_label"] as? String, "2")
        let words = try XCTUnwrap(changedNote["words"] as? [[String: String]])
        XCTAssertEqual(words.map { $0["op"]! }, ["equal", "delete", "insert", "equal"])
        XCTAssertEqual(words.filter { $0["op"] != "delete" }.map { $0["text"]! }.joined(), "Refer to the full Open Government Declaration")
        XCTAssertEqual(words.filter { $0["op"] != "insert" }.map { $0["text"]! }.joined(), "Refer to detailed Open Government Declaration")

        let body = try XCTUnwrap(json["body"] as? [String: Any])
        XCTAssertEqual(body["unchanged"] as? Int, 24)
        let entries = try XCTUnwrap(body["entries"] as? [[String: Any]])
        XCTAssertEqual(entries.map { $0["kind"] as? String }, ["unchanged", "changed", "unchanged", "inserted", "unchanged", "moved", "unchanged"])
        XCTAssertEqual(entries[3]["text"] as? String, Revision.insertedParagraph)
        XCTAssertTrue(entries[3]["old_index"] is NSNull)
        XCTAssertEqual(entries[5]["old_index"] as? Int, 10)
        XCTAssertEqual(entries[5]["new_index"] as? Int, 25)
        XCTAssertTrue(entries[0]["text"] is NSNull)
        XCTAssertEqual(Set(entries[0].keys), ["kind", "old_index", "new_index", "count", "text", "words", "block_kind"], "every key always present")
    }

    func testHTMLReportIsSelfContainedAndMarksChanges() throws {
        let (report, _) = try revisionReport()
        let html = HTMLRenderer().render(report)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.contains("Refer to <del>detailed</del> <ins>the full</ins> Open Government Declaration"))
        XCTAssertTrue(html.contains("<ins>Right2Know Campaign</ins>"))
        XCTAssertTrue(html.contains("<del>Black Sash</del>"))
        XCTAssertTrue(html.contains("<td>date</td><td><del>14 June 2017</del></td><td><ins>21 June 2017</ins></td>"))
        XCTAssertTrue(html.contains("19 paragraphs unchanged (¶ 7–25)"))
        XCTAssertTrue(html.contains("@media print"))
        for external in ["<script", "<link", "src=", "url(", "http://", "https://"] {
            XCTAssertFalse(html.contains(external), "external resource: \(external)")
        }
    }

    func testHTMLEscapesText() throws {
        var old = try sampleLetter()
        old.subject = "A & B"
        var new = old
        new.subject = "<b>A</b> & \"B\""
        let html = HTMLRenderer().render(LetterDiffer.diff(old: old, new: new))
        XCTAssertTrue(html.contains("<del>A &amp; B</del>"))
        XCTAssertTrue(html.contains("<ins>&lt;b&gt;A&lt;/b&gt; &amp; &quot;B&quot;</ins>"))
    }
}
