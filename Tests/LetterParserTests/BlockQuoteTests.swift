import Layout
import LetterModel
@testable import LetterParser
import PDFText
import XCTest

/// Paragraphs set in from the letter's margin are quotations; their requests are not calls.
final class BlockQuoteTests: XCTestCase {
    /// A prose block of two full lines whose left edge is `x`, at height `y`.
    private func paragraph(_ text: String, x: Double, y: Double, hint: BlockHint? = nil) -> Block {
        let half = text.index(text.startIndex, offsetBy: text.count / 2)
        let lines = [String(text[..<half]), String(text[half...])].enumerated().map { i, t in
            Line(text: t.trimmingCharacters(in: .whitespaces),
                 box: Rect(x0: x, y0: y + Double(i) * 14, x1: 520, y1: y + Double(i) * 14 + 12), page: 1, fontSize: 11)
        }
        return Block(lines: lines, hint: hint)
    }

    private func letter(_ body: [Block]) -> Letter {
        let opening = Block(lines: [Line(text: "Dear Editor,", box: Rect(x0: 90, y0: 60, x1: 160, y1: 72), page: 1, fontSize: 11)])
        let closing = Block(lines: [Line(text: "Sincerely,", box: Rect(x0: 90, y0: 700, x1: 150, y1: 712), page: 1, fontSize: 11)])
        let name = Block(lines: [Line(text: "Jane Doe", box: Rect(x0: 90, y0: 730, x1: 150, y1: 742), page: 1, fontSize: 11)])
        let source = Source(file: "reply.pdf", sha256: String(repeating: "0", count: 64), format: .pdf)
        return LetterSegmenter().segment(LaidOutDocument(blocks: [opening] + body + [closing, name]), source: source)
    }

    private let ours = [
        "Please find enclosed a revised version of our paper, in which we have addressed every comment that the two reviewers made on the first version.",
        "We have added a few sentences to both the introduction and the discussion to better motivate the choice of the bias as our measure of heterogeneity.",
        "We have re-run all simulations with the filtered white noise used in the earlier studies, and the results did not change in any way that matters.",
        "We hope that the changes detailed here address the concerns of the reviewers, and we thank them for their time and for their careful reading.",
    ]
    private let theirs = [
        "The authors should motivate the choice of the stimulus better, since the results may well depend on it in ways the paper does not discuss.",
        "The biological motivation for the model needs to be addressed more clearly, and the authors should state which neurons they have in mind.",
    ]

    func testIndentedReviewerCommentsAreQuotesAndNotCalls() {
        let body = [paragraph(ours[0], x: 90, y: 100), paragraph(theirs[0], x: 115, y: 150), paragraph(ours[1], x: 90, y: 200),
                    paragraph(theirs[1], x: 115, y: 250), paragraph(ours[2], x: 90, y: 300), paragraph(ours[3], x: 90, y: 350)]
        let read = letter(body)
        XCTAssertEqual(read.body.map(\.kind), [.paragraph, .quote, .paragraph, .quote, .paragraph, .paragraph])
        XCTAssertFalse(read.callsToAction.contains { $0.text.contains("The authors should") }, "\(read.callsToAction.map(\.text))")
        // The same comments at the margin are the letter's own words, and its calls.
        let flush = letter(body.map { b in paragraph(b.text, x: 90, y: b.box!.y0) })
        XCTAssertEqual(Set(flush.body.map(\.kind)), [.paragraph])
        XCTAssertTrue(flush.callsToAction.contains { $0.text.hasPrefix("The authors should") })
    }

    /// A paragraph set in under a list item continues the item; one at a list's own indent is
    /// an item whose marker the layout did not know. Neither is a quotation.
    func testIndentedParagraphsOfAListAreNotQuotes() {
        let item = "Objection: sealed content might be revealed to the public through the feeds of the court, which some clerks fear."
        let response = "Response: sealed content does not appear in the feeds, as the numerous courts that have enabled them demonstrate."
        let unmarked = "(7b) The proposed text opens the door to an arbitrary practice of opening data, since it leaves every choice to the states."
        let body = [paragraph(ours[0], x: 90, y: 100), paragraph(item, x: 108, y: 150, hint: .listItem),
                    paragraph(response, x: 126, y: 200), paragraph(unmarked, x: 108, y: 250),
                    paragraph(ours[1], x: 90, y: 300), paragraph(ours[2], x: 90, y: 350), paragraph(ours[3], x: 90, y: 400)]
        XCTAssertFalse(letter(body).body.contains { $0.kind == .quote }, "\(letter(body).body.map(\.kind))")
    }

    /// Pages printed for binding: the even page's paragraphs all start 18 points further
    /// right. No paragraph there starts at the margin, so none is a quotation.
    func testAShiftedPageIsNoQuotation() {
        func on(_ page: Int, _ block: Block) -> Block {
            Block(lines: block.lines.map { var l = $0; l.page = page; return l }, hint: block.hint)
        }
        let body = [on(1, paragraph(ours[0], x: 90, y: 100)), on(1, paragraph(ours[1], x: 90, y: 200)),
                    on(1, paragraph(ours[2], x: 90, y: 300)),
                    on(2, paragraph(theirs[0], x: 108, y: 100)), on(2, paragraph(theirs[1], x: 108, y: 200)),
                    on(3, paragraph(ours[3], x: 90, y: 100))]
        XCTAssertFalse(letter(body).body.contains { $0.kind == .quote }, "\(letter(body).body.map(\.kind))")
    }
}
