import Foundation
import LetterBatch
import LetterModel
import XCTest

/// `batch-report.json`'s `needs_review`: the letters with warnings, the ones to open first at
/// the top, and the same list when a rerun skips them.
final class NeedsReviewTests: XCTestCase {
    /// A complete letter (date, inside address, salutation, closing, signer), a template with
    /// placeholders for its signer, and a notice with neither date nor signer.
    private func letters(_ scratch: Scratch) throws {
        try scratch.write("""
            12 March 2024

            Minister Anna Berg
            Ministry of Water
            Oslo

            Dear Minister Berg,

            We write on behalf of the river councils to ask that the ministry publish the water quality reports for every basin each quarter. The reports exist and the public paid for them.

            We also ask that you meet the councils before the end of the year.

            Yours sincerely,

            Jane Doe
            Chair, Northern River Council

            """, to: "in/clean.txt")
        try scratch.write("""
            Dear colleagues,

            The meeting room on the second floor will be closed for repairs for the next two weeks. Please book the room on the ground floor instead.

            Thank you for your patience.

            """, to: "in/nosign.txt")
        try scratch.write("""
            Dear [Name],

            Please join us in asking the council to keep the library open on Sundays. The library is the only warm public room in the district.

            Sincerely,

            [Your name]

            """, to: "in/template.txt")
    }

    private func report(_ scratch: Scratch) throws -> BatchReport {
        try JSONDecoder().decode(BatchReport.self, from: Data(contentsOf: URL(fileURLWithPath: scratch.path("out/batch-report.json"))))
    }

    func testLettersWithWarningsAreListedHeaviestFirst() throws {
        let scratch = try Scratch()
        try letters(scratch)
        let run = try BatchCLI.run(["batch", "-v", scratch.path("in"), "-o", scratch.path("out")])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stderr.contains("2 letters to check"), run.stderr)
        XCTAssertTrue(run.stderr.contains("-> template.json (check: unsigned_template no_date)\n"), run.stderr)
        XCTAssertTrue(run.stderr.contains("-> clean.json\n"), run.stderr)

        let report = try report(scratch)
        // The template (placeholders 3 + no date 2) before the notice (no signer 2 + no date 2);
        // the complete letter is not listed.
        XCTAssertEqual(report.needsReview.map(\.output), ["template.json", "nosign.json"])
        XCTAssertEqual(report.needsReview.map(\.score), [5, 4])
        XCTAssertEqual(report.needsReview[0].review, ["unsigned_template", "no_date"])
        XCTAssertEqual(report.needsReview[1].review, ["no_date", "no_signatories"])
        let clean = try XCTUnwrap(report.documents.first { $0.output == "clean.json" })
        XCTAssertEqual(clean.review, [])
        XCTAssertEqual(clean.reviewScore, 0)

        // Each listed letter's codes are those of the warnings in its JSON.
        for entry in report.needsReview {
            let letter = try JSONDecoder().decode(Letter.self, from: Data(contentsOf: URL(fileURLWithPath: scratch.path("out/" + entry.output))))
            XCTAssertEqual(Set(entry.review), Set(letter.warnings.map(\.code.rawValue)), entry.output)
            XCTAssertEqual(entry.score, ReviewPriority.score(letter.warnings), entry.output)
        }

        // A rerun skips all three and lists the same letters in the same order.
        let again = try BatchCLI.run(["batch", scratch.path("in"), "-o", scratch.path("out")])
        XCTAssertTrue(again.stderr.contains("0 converted, 3 skipped"), again.stderr)
        XCTAssertEqual(try self.report(scratch).needsReview, report.needsReview)

        // The key is in the report's JSON as documented.
        let raw = try String(contentsOfFile: scratch.path("out/batch-report.json"), encoding: .utf8)
        XCTAssertTrue(raw.contains("\"needs_review\""), raw)
        XCTAssertTrue(raw.contains("\"review_score\": 5"), raw)
    }

    func testFailedDocumentsAreNotListed() throws {
        let scratch = try Scratch()
        try scratch.write("", to: "in/empty.txt")
        let run = try BatchCLI.run(["batch", scratch.path("in"), "-o", scratch.path("out")])
        XCTAssertEqual(run.status, 1, run.stderr)
        let report = try report(scratch)
        XCTAssertEqual(report.failed, 1)
        XCTAssertNil(report.documents[0].review)
        XCTAssertEqual(report.needsReview, [])
    }
}
