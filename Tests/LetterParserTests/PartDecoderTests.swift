import Layout
import LetterModel
@testable import LetterParser
import XCTest

/// The decoder that divides a letter into its parts, on letters built in code: each test is a
/// letter shape whose anchors are not in any phrase list, or are missing, or are preceded by
/// material that is not the letter.
final class PartDecoderTests: XCTestCase {
    private func block(_ lines: String..., size: Double = 11, bold: Bool = false, hint: BlockHint? = nil) -> Block {
        Block(lines: lines.map { Line(text: $0, fontSize: size, isBold: bold) }, hint: hint)
    }

    private func segment(_ blocks: [Block]) -> Letter {
        let source = Source(file: "letter.txt", sha256: String(repeating: "0", count: 64), format: .text)
        return LetterSegmenter().segment(LaidOutDocument(blocks: blocks), source: source)
    }

    private func labels(_ blocks: [Block]) -> [BlockLabel] {
        LetterSegmenter().labels(LaidOutDocument(blocks: blocks)).map(\.label)
    }

    private let first = "We are writing about the consultation that closed last month, and about the way in which its results were published without the comments of the organisations that took part."
    private let second = "The published summary leaves out every submission that disagreed with the proposal, and it gives no reason for doing so, although the rules of the consultation require one."

    func testAClosingOutsideEveryPhraseListIsFoundByItsPlace() {
        let letter = segment([
            block("Dear Minister,"),
            block(first),
            block(second),
            block("For our common future,"),
            block("Jane Doe", "Director", "Example Foundation"),
        ])
        XCTAssertEqual(letter.closing, "For our common future,")
        XCTAssertEqual(letter.body.count, 2)
        XCTAssertEqual(letter.signatories.map(\.name), ["Jane Doe"])
    }

    func testASalutationOutsideEveryPhraseListIsFoundAboveTheFirstParagraph() {
        let letter = segment([
            block("Example Foundation", "1 Example Street", "Springfield"),
            block("12 March 2024"),
            block("Greetings distinguished colleagues,"),
            block(first),
            block(second),
            block("Sincerely,"),
            block("Jane Doe"),
        ])
        XCTAssertEqual(letter.salutation, "Greetings distinguished colleagues,")
        XCTAssertEqual(letter.date?.iso, "2024-03-12")
        XCTAssertEqual(letter.body.map(\.text), [first, second])
    }

    func testAPreambleBeforeTheSalutationIsNotBody() {
        let preamble = "This letter was sent on behalf of our members to the minister this morning, and we publish it here in full so that everyone can follow the consultation."
        let letter = segment([
            block(preamble),
            block("Dear Minister,"),
            block(first),
            block(second),
            block("Yours sincerely,"),
            block("Jane Doe"),
        ])
        XCTAssertEqual(letter.salutation, "Dear Minister,")
        XCTAssertEqual(letter.body.map(\.text), [first, second])
        XCTAssertEqual(letter.signatories.map(\.name), ["Jane Doe"])
    }

    func testASignerListWithNoClosingOrHeadingEndsTheLetter() {
        let letter = segment([
            block("Dear Members of the Committee,"),
            block(first),
            block(second),
            block("Jane Doe", "Example Foundation"),
            block("John Roe", "Sample Institute"),
        ])
        XCTAssertNil(letter.closing)
        XCTAssertEqual(letter.body.count, 2)
        XCTAssertEqual(letter.signatories.map(\.name), ["Jane Doe", "John Roe"])
    }

    func testAShortLineInsideTheBodyIsNoClosing() {
        // "Thank you." between two paragraphs ends no letter: the decoder weighs what follows.
        let letter = segment([
            block("Dear Minister,"),
            block(first),
            block("Thank you."),
            block(second),
            block("Sincerely,"),
            block("Jane Doe"),
        ])
        XCTAssertEqual(letter.closing, "Sincerely,")
        XCTAssertEqual(letter.body.map(\.text), [first, "Thank you.", second])
    }

    func testALastSentenceOfThanksIsBodyWhenAClosingFollows() {
        let letter = segment([
            block("Dear Ms. Example:"),
            block(first),
            block("Thank you."),
            block("Respectfully,"),
            block("Jane Doe", "Executive Director", "Example Foundation"),
        ])
        XCTAssertEqual(letter.closing, "Respectfully,")
        XCTAssertEqual(letter.body.map(\.text), [first, "Thank you."])
        XCTAssertEqual(letter.signatories.map(\.name), ["Jane Doe"])
    }

    func testATitleBetweenTheSalutationAndTheFirstParagraphIsTheSubject() {
        var address = block("Senate Standing Committee on Examples", "PO Box 100", "Parliament House")
        address.alignment = .right  // set where a letterhead would be: the salutation says whose it is
        let letter = segment([
            address,
            block("To the Members of the Senate Examples Committee:"),
            block("On the need for a standing committee", bold: true),
            block(first),
            block(second),
            block("Yours sincerely"),
            block("Jane Doe", "Director", "Example Foundation"),
        ])
        XCTAssertEqual(letter.salutation, "To the Members of the Senate Examples Committee:")
        XCTAssertEqual(letter.subject, "On the need for a standing committee")
        XCTAssertEqual(letter.addressee?.lines, ["Senate Standing Committee on Examples", "PO Box 100", "Parliament House"])
        XCTAssertEqual(letter.body.map(\.text), [first, second])
    }

    func testEveryBlockGetsOneLabelInTheLettersOrder() {
        let found = labels([
            block("Example Foundation", size: 16, bold: true),
            block("The Minister", "Ministry of Examples", "1 Example Street", "Springfield"),
            block("12 March 2024"),
            block("Dear Minister,"),
            block(first),
            block(second),
            block("Sincerely,"),
            block("Signatories:"),
            block("Jane Doe", "Director", "Example Foundation"),
            block("Annex 1: Our earlier submission"),
        ])
        XCTAssertEqual(found, [.letterhead, .insideAddress, .dateline, .salutation, .body, .body, .closing, .signatoryHeading, .signature, .annex])
    }

    func testEveryLabelCarriesTheEvidenceThatChoseIt() {
        let found = LetterSegmenter().labels(LaidOutDocument(blocks: [
            block("Dear Minister,"), block(first), block("For our common future,"), block("Jane Doe", "Director", "Example Foundation"),
        ]))
        XCTAssertEqual(found.map(\.label), [.salutation, .body, .closing, .signature])
        XCTAssertTrue(found[0].evidence.contains { $0.hasPrefix("salutation-phrase") }, "\(found[0].evidence)")
        XCTAssertTrue(found[2].evidence.contains { $0.hasPrefix("closing-position") }, "\(found[2].evidence)")
        XCTAssertGreaterThan(found[2].margin, 0)
    }

    /// The posteriors are probabilities over the parts for each block, and they agree with the
    /// best path where the evidence is plain: a salutation formula before prose is surely the
    /// salutation; a line that is a closing only by its place is less sure than a formula.
    func testPosteriorsAreDistributionsThatFollowTheEvidence() throws {
        let formula = [block("Dear Minister,"), block(first), block(second), block("Yours sincerely,"), block("Jane Doe", "Director")]
        let labelled = LetterSegmenter().labels(LaidOutDocument(blocks: formula))
        XCTAssertEqual(labelled.map(\.label), [.salutation, .body, .body, .closing, .signature])
        XCTAssertGreaterThan(labelled[0].probability, 0.99)
        XCTAssertGreaterThan(labelled[3].probability, 0.9)
        let decoder = PartDecoder(evidence: PartEvidence(traits: BlockTraits(bodySize: 11, textWidth: 0), language: "en"))
        for row in decoder.decode(formula).posteriors {
            XCTAssertEqual(row.reduce(0, +), 1, accuracy: 1e-9)
            XCTAssertTrue(row.allSatisfy { $0 >= 0 && $0 <= 1 })
        }
        let byPlace = [block("Dear Minister,"), block(first), block(second), block("With hope,"), block("Jane Doe", "Director")]
        let positional = LetterSegmenter().labels(LaidOutDocument(blocks: byPlace))
        XCTAssertEqual(positional[3].label, .closing)
        XCTAssertLessThan(positional[3].probability, labelled[3].probability)
    }

    /// A weight table replaces the hand weight of exactly the keys it has: the closing formula
    /// weighed down far enough is no longer the closing, while a table without that key decodes
    /// as the hand weights do.
    func testAWeightTableReplacesOnlyTheWeightsItHas() {
        let letter = [block("Dear Minister,"), block(first), block(second), block("Yours sincerely,"), block("Jane Doe", "Director")]
        let evidence = PartEvidence(traits: BlockTraits(bodySize: 11, textWidth: 0), language: "en")
        let hand = PartDecoder(evidence: evidence, weights: PartWeights(table: [:])).decode(letter)
        XCTAssertEqual(hand.parts, [.salutation, .body, .body, .closing, .signature])
        XCTAssertEqual(PartWeights.key(.closing, Evidence(rule: "closing-phrase", weight: 8)), "closing/closing-phrase/8")
        let unrelated = PartDecoder(evidence: evidence, weights: PartWeights(table: ["annex/separator/6": -1])).decode(letter)
        XCTAssertEqual(unrelated.parts, hand.parts)
        XCTAssertEqual(unrelated.scores, hand.scores)
        let weighedDown = PartDecoder(evidence: evidence, weights: PartWeights(table: ["closing/closing-phrase/8": -20])).decode(letter)
        XCTAssertNotEqual(weighedDown.parts[3], .closing)
        XCTAssertEqual(weighedDown.parts[0], .salutation)
    }
}
