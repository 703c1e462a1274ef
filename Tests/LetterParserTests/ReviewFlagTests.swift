import Layout
import LetterModel
@testable import LetterParser
import XCTest

/// Review flags: each code raised on the letter shape it names, and not on a complete letter.
final class ReviewFlagTests: XCTestCase {
    private func segment(_ texts: [String]) -> Letter {
        let source = Source(file: "letter.txt", sha256: String(repeating: "0", count: 64), format: .text)
        let blocks = texts.map { Block(lines: $0.split(separator: "\n").map { Line(text: String($0)) }) }
        return LetterSegmenter().segment(LaidOutDocument(blocks: blocks), source: source)
    }

    private let paragraph = "We write to ask the Committee to publish the draft regulation before the vote, as the law requires of every public body."
    private let second = "We remain at the Committee's disposal for any question it may have about the regulation and its consequences."

    private func codes(_ letter: Letter) -> [LetterWarning.Code] { letter.warnings.map(\.code) }

    func testACompleteLetterHasNoFlags() {
        let letter = segment(["Berlin, 16 May 2017", "Committee on Civil Liberties\nEuropean Parliament", "Subject: The draft regulation",
                              "Dear Members of the Committee,", paragraph, second, "Yours sincerely,", "Jane Doe\nDirector"])
        XCTAssertEqual(letter.warnings, [], "\(letter.warnings)")
    }

    func testMissingDateAndSignersAreFlaggedWithTheirFields() {
        let letter = segment(["Dear Members of the Committee,", paragraph, second, "Yours sincerely,"])
        XCTAssertTrue(letter.warnings.contains(LetterWarning(.noDate, field: "date", "no dateline found")), "\(letter.warnings)")
        XCTAssertTrue(codes(letter).contains(.noSignatories))
        XCTAssertEqual(letter.warnings.first { $0.code == .noSignatories }?.field, "signatories")
    }

    func testTemplatePlaceholdersAreFlagged() {
        let letter = segment(["[Date]", "Dear [Name],", paragraph, second, "Sincerely,", "[Your name]\n[Organisation]"])
        XCTAssertTrue(codes(letter).contains(.unsignedTemplate), "\(letter.warnings)")
        XCTAssertFalse(codes(letter).contains(.noSignatories), "one flag for the signers")
    }

    func testNoStructureIsFlagged() {
        let letter = segment([paragraph, second])
        XCTAssertTrue(codes(letter).contains(.noStructure), "\(letter.warnings)")
    }

    func testClosingByPositionIsFlaggedAndLessSure() throws {
        // "With hope," is no closing formula: only its place between the body and a name says so.
        let letter = segment(["16 May 2017", "Dear colleagues,", paragraph, second, "With hope,", "Jane Doe\nDirector"])
        XCTAssertEqual(letter.closing, "With hope,")
        XCTAssertTrue(codes(letter).contains(.closingByPosition), "\(letter.warnings)")
        XCTAssertLessThan(try XCTUnwrap(letter.provenance.closing?.confidence), 0.5)
        XCTAssertFalse(letter.warnings.contains { $0.code == .lowConfidence && $0.field == "closing" }, "one flag per field")
    }

    func testSenderThatReadsAsASentenceIsFlagged() {
        func reads(_ line: String) -> Bool { ReviewFlags.readsAsTitle(Party(lines: [line], name: line)) }
        XCTAssertTrue(reads("We are writing to you about the regulation."))
        XCTAssertFalse(reads("Example Foundation"))
        XCTAssertFalse(reads("European Digital Rights (EDRi)"))
    }
}

/// The layout stage's warning kinds are letter warning codes: the segmenter passes them on by
/// raw value, so a kind without a code would silently become a `note`.
final class WarningKindTests: XCTestCase {
    func testEveryDocumentWarningKindIsALetterWarningCode() {
        for kind in DocumentWarning.Kind.allCases {
            XCTAssertNotNil(LetterWarning.Code(rawValue: kind.rawValue), kind.rawValue)
        }
    }
}
