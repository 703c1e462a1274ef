import Layout
import PDFText
import XCTest

/// PDF writers leave zero-width words (U+200B anchors around links) among the visible ones; a
/// line's gaps are measured from everything to their left, so such a word cannot open a
/// column gap in the middle of a sentence.
final class InvisibleWordTests: XCTestCase {
    private func zeroWidth(at x: Double, y: Double, size: Double = 11) -> Word {
        Word(text: "\u{200B}", box: Rect(x0: x, y0: y, x1: x, y1: y + size), font: PageBuilder.font(size: size))
    }

    func testZeroWidthAnchorsInsideALineDoNotSplitIt() {
        var builder = PageBuilder(1)
        builder.line("Any question about the observations below can be sent to the addresses", y: 100)
        let start = builder.word("can", x: PageBuilder.left, y: 113.2)
        let linkStart = start + 2.75
        let linkEnd = builder.word("first.person@example.org", x: linkStart, y: 113.2)
        // Anchors at the start and the end of the first link, as the PDF has them.
        builder.words.append(zeroWidth(at: linkStart, y: 113.2))
        builder.words.append(zeroWidth(at: linkEnd, y: 113.2))
        let and = builder.word("and", x: linkEnd + 2.75, y: 113.2)
        builder.word("second.person@example.org", x: and + 2.75, y: 113.2)
        let lines = analyze([builder]).lineTexts
        XCTAssertEqual(lines.count, 2, "\(lines)")
        XCTAssertTrue(lines.last?.hasSuffix("and second.person@example.org") == true, "\(lines)")
    }

    /// An invisible word adds neither a space nor a box: "a@x.org y b@y.org", single-spaced.
    func testInvisibleWordsLeaveNoDoubleSpace() {
        var builder = PageBuilder(1)
        let end = builder.word("first.person@example.org", x: PageBuilder.left, y: 100)
        builder.words.append(zeroWidth(at: end, y: 100))
        builder.words.append(Word(text: "\u{FEFF}\u{200B}", box: Rect(x0: end + 1, y0: 100, x1: end + 2, y1: 111), font: PageBuilder.font(size: 11)))
        let and = builder.word("and", x: end + 2.75, y: 100)
        builder.word("second.person@example.org", x: and + 2.75, y: 100)
        XCTAssertEqual(analyze([builder]).lineTexts, ["first.person@example.org and second.person@example.org"])
    }
}
