import Foundation
import XCTest

/// `letters inspect --labels` on every input format: each block's label, score and evidence.
final class InspectLabelsTests: CLITestCase {
    /// The labels column of the dump, in block order (evidence lines skipped).
    private func labels(_ output: String) -> [String] {
        output.split(separator: "\n").filter { !$0.hasPrefix("        ") }.compactMap { line in
            line.split(separator: " ", omittingEmptySubsequences: true).first { Self.known.contains(String($0)) }.map(String.init)
        }
    }

    private static let known: Set<String> = [
        "letterhead", "sender", "dateline", "insideAddress", "emailHeader", "subject", "cc", "salutation", "body",
        "closing", "signature", "signatoryHeading", "annex", "quotedMessage", "notes", "furniture",
    ]

    private func assertLettersOrder(_ found: [String], file: StaticString = #filePath, line: UInt = #line) {
        let order = ["heading", "salutation", "body", "closing", "signature", "annex"]
        func part(_ label: String) -> Int? {
            switch label {
            case "letterhead", "sender", "dateline", "insideAddress", "emailHeader", "subject": return 0
            case "salutation": return 1
            case "body", "cc": return 2
            case "closing": return 3
            case "signature", "signatoryHeading": return 4
            case "annex": return 5
            default: return nil  // notes come after the blocks
            }
        }
        let parts = found.compactMap(part)
        XCTAssertEqual(parts, parts.sorted(), "parts out of the letter's order (\(order)): \(found)", file: file, line: line)
    }

    func testPDFLettersBlocksAreLabelledInOrderWithEvidence() throws {
        let run = try letters("inspect", "--labels", sample("seed-word.pdf"))
        assertExit(run, 0)
        let found = labels(run.out)
        assertLettersOrder(found)
        XCTAssertEqual(found.filter { $0 == "closing" }.count, 1, run.out)
        XCTAssertTrue(found.contains("signatoryHeading"), run.out)
        XCTAssertTrue(found.contains("dateline"), run.out)
        XCTAssertTrue(found.contains("notes"), "the footnotes are listed too: \(run.out)")
        XCTAssertTrue(run.out.contains("Yours in Solidarity,"), run.out)
        XCTAssertTrue(run.out.contains("closing-phrase+8"), "the evidence that chose the closing: \(run.out)")
    }

    func testTextMarkdownAndHTMLLettersAreLabelledToo() throws {
        let markdown = temp.appendingPathComponent("letter.md")
        try """
        # Open letter on the consultation

        12 March 2024

        Dear Minister,

        We are writing about the consultation that closed last month, and about the way in which its results were published without the comments of the organisations that took part.

        We urge you to publish every submission received, and to explain which proposals were rejected and why.

        For our common future,

        Jane Doe
        Director, Example Foundation
        """.write(to: markdown, atomically: true, encoding: .utf8)
        for path in [sample("open-letter-ogp-solidarity-2017.txt"), markdown.path, fixture("html/seed.html")] {
            let run = try letters("inspect", "--labels", path)
            assertExit(run, 0)
            let found = labels(run.out)
            assertLettersOrder(found)
            XCTAssertTrue(found.contains("body"), "\(path): \(run.out)")
            XCTAssertTrue(found.contains("closing"), "\(path): \(run.out)")
        }
        let run = try letters("inspect", "--labels", markdown.path)
        let lines = run.out.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains { $0.contains(" salutation ") && $0.contains("Dear Minister,") }, run.out)
        // No phrase list holds this closing: it is found by its place before the signature.
        XCTAssertTrue(lines.contains { $0.contains(" closing ") && $0.contains("For our common future,") }, run.out)
        XCTAssertTrue(run.out.contains("closing-position+3"), run.out)
    }

    /// `inspect --features` (for scripts/fit_parts.py): every block's evidence for all six parts,
    /// keyed part/rule/hand-weight; and a weight table in LETTERS_PART_WEIGHTS changes what the
    /// decoder picks, while an unreadable one stops the run instead of scoring the hand weights.
    func testFeaturesAndAWeightTableForFitting() throws {
        let run = try letters("inspect", "--features", sample("seed-word.pdf"))
        assertExit(run, 0)
        let rows = try run.out.split(separator: "\n").map { line in
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        XCTAssertGreaterThan(rows.count, 10)
        for row in rows {
            XCTAssertEqual((row["evidence"] as? [Any])?.count, 6, "\(row)")
        }
        let closing = try XCTUnwrap(rows.first { ($0["text"] as? String) == "Yours in Solidarity," })
        let closingKeys = try XCTUnwrap((closing["evidence"] as? [Any])?[3] as? [String])
        XCTAssertEqual(closingKeys, ["closing/closing-phrase/8"])

        let labelled = try letters("inspect", "--labels", sample("seed-word.pdf"))
        XCTAssertTrue(labelled.out.split(separator: "\n").contains { $0.contains(" closing ") }, labelled.out)
        let table = temp.appendingPathComponent("weights.json")
        try Data(#"{"closing/closing-phrase/8": -50}"#.utf8).write(to: table)
        let weighted = try letters("inspect", "--labels", sample("seed-word.pdf"), environment: ["LETTERS_PART_WEIGHTS": table.path])
        assertExit(weighted, 0)
        XCTAssertFalse(weighted.out.split(separator: "\n").contains { $0.contains(" closing ") }, weighted.out)

        try Data("not json".utf8).write(to: table)
        let broken = try letters("extract", sample("seed-word.pdf"), environment: ["LETTERS_PART_WEIGHTS": table.path])
        assertExit(broken, 2)
        XCTAssertEqual(broken.errLines.count, 1, broken.err)
        XCTAssertTrue(broken.err.contains("LETTERS_PART_WEIGHTS"), broken.err)
        XCTAssertEqual(broken.out, "")
    }

    func testWithoutLabelsInspectStaysTheLayoutDump() throws {
        let run = try letters("inspect", sample("seed-word.pdf"))
        assertExit(run, 0)
        XCTAssertTrue(run.out.hasPrefix("[block p1 "), String(run.out.prefix(200)))
    }

    func testAMissingFileIsOneLine() throws {
        let run = try letters("inspect", "--labels", temp.appendingPathComponent("nope.pdf").path)
        assertExit(run, 1)
        XCTAssertEqual(run.errLines.count, 1, run.err)
        XCTAssertTrue(run.err.contains("no such file"), run.err)
    }
}
