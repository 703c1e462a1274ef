import Layout
import LetterModel
import LetterParser
import PDFText
import XCTest

/// Signature blocks read as entries: a name with the lines attached to it; contact details and
/// sentences are no signers. Geometry is built in code.
final class SignatureEntryTests: XCTestCase {
    /// A block of lines from `y` down, one line height (1.25 × size) apart, at `x`.
    private func placed(_ lines: [String], y: Double, x: Double = 72, size: Double = 12, bold: Bool = false,
                        hint: BlockHint? = nil) -> Block {
        Block(lines: lines.enumerated().map { i, text in
            let top = y + Double(i) * size * 1.25
            return Line(text: text, box: Rect(x0: x, y0: top, x1: x + Double(text.count) * size * 0.5, y1: top + size),
                        page: 1, fontSize: size, isBold: bold)
        }, hint: hint)
    }

    private let paragraph = "We are writing about the consultation that closed last month, and about the way in which its results were published without the comments of the organisations that took part."

    private func signatories(_ tail: [Block]) -> [Signatory] {
        let blocks = [placed(["Dear Minister,"], y: 100), placed([paragraph], y: 130), placed(["Yours sincerely"], y: 200)] + tail
        let source = Source(file: "letter.pdf", sha256: String(repeating: "0", count: 64), format: .pdf)
        return LetterSegmenter().segment(LaidOutDocument(blocks: blocks), source: source).signatories
    }

    func testABoldNameAboveItsRoleBlockIsOnePerson() {
        // The name set bold on its own line, the role and organisation in the block below.
        let found = signatories([
            placed(["Lizzie Example"], y: 240, bold: true),
            placed(["Chair,", "Example Rights Watch"], y: 255),
            placed(["Johanna Sample"], y: 320, bold: true),
            placed(["Director,", "Sample Policy Centre"], y: 335),
        ])
        XCTAssertEqual(found.map(\.name), ["Lizzie Example", "Johanna Sample"])
        XCTAssertEqual(found.map(\.kind), [.person, .person])
    }

    func testANameFarAboveTheNextBlockStaysApart() {
        // Two people set three lines apart: neither is the other's role.
        let found = signatories([
            placed(["Lizzie Example"], y: 240),
            placed(["Johanna Sample"], y: 285),
        ])
        XCTAssertEqual(found.map(\.name), ["Lizzie Example", "Johanna Sample"])
    }

    func testBulletedNameAndRoleLinesAreEachAnEntry() {
        let found = signatories([
            placed(["Shelley Example, Prize Committee Chair"], y: 240, hint: .listItem),
            placed(["Kristen Sample, Prize Committee Co-Chair"], y: 255, hint: .listItem),
        ])
        XCTAssertEqual(found.map(\.name), ["Shelley Example", "Kristen Sample"])
    }

    func testALowerCaseWebAddressIsContactButACapitalisedOneNamesAGroup() {
        let found = signatories([placed(["Tim Example", "exampleRights.org.au".lowercased()], y: 240)])
        XCTAssertEqual(found.map(\.name), ["Tim Example"])
        XCTAssertEqual(signatories([placed(["Coworker.org", "Presente.org", "Example Alliance"], y: 240)]).map(\.name),
                       ["Coworker.org", "Presente.org", "Example Alliance"])
    }

    func testAGermanCompoundRoleUnderTheNameIsTheRole() {
        let found = signatories([placed(["Erika Beispiel", "Projektleiterin Transparenz", "Beispiel Stiftung e.V."], y: 240)])
        XCTAssertEqual(found.map(\.name), ["Erika Beispiel"])
        XCTAssertEqual(found.first?.role, "Projektleiterin Transparenz")
        XCTAssertEqual(found.first?.organization, "Beispiel Stiftung e.V.")
    }

    func testSentencesAfterTheSignatureAreNoSigners() {
        let found = signatories([
            placed(["Example Association"], y: 240),
            placed(["Protéger les enfants maltraités."], y: 280),
        ])
        XCTAssertEqual(found.map(\.name), ["Example Association"])
    }
}
