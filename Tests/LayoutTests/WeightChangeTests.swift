import Layout
import PDFText
import XCTest

/// When a change of weight starts a new block.
final class WeightChangeTests: XCTestCase {
    private let opening = "We write on behalf of the tenants of the valley, who have seen rents rise faster than wages for six years and who now ask for a hearing."

    /// A full-width line without a sentence end runs into a title set in bold: one paragraph.
    func testAFullWidthLineRunsIntoABoldTitle() {
        var page = PageBuilder(1)
        var y = page.paragraph(opening, y: 100) + 14
        let first = "I request a grant from the Foundation in the amount of 400,000 to support the project"
        page.line(first, y: y, justifyTo: PageBuilder.right)
        y += 13.2
        let title = "Bringing Accountability to the Information Law in Brazil."
        page.line(title, y: y, bold: true)
        let texts = analyze([page]).texts
        XCTAssertEqual(texts.count, 2, "\(texts)")
        XCTAssertEqual(texts.last, first + " " + title)
    }

    /// A bold heading after a short last line, or after a sentence's end, still starts a block.
    func testABoldHeadingAfterAParagraphStillStartsABlock() {
        for ending in ["and who now ask for a hearing", "and who now ask for a hearing on the matter of the rents in the whole valley, today."] {
            var page = PageBuilder(1)
            var y = page.paragraph(opening, y: 100)
            page.line(ending, y: y, justifyTo: ending.hasSuffix(".") ? PageBuilder.right : nil)
            y += 13.2
            page.line("Rents In The Valley", y: y, bold: true)
            let texts = analyze([page]).texts
            XCTAssertEqual(texts.last, "Rents In The Valley", "after \"\(ending)\": \(texts)")
        }
    }
}
