import Layout
import PDFText
import XCTest

/// A short letter: a few body lines, and more spaced-out heading and signature lines. The gap
/// inside a paragraph must still be told apart from the gaps between its parts.
final class ShortLetterSpacingTests: XCTestCase {
    func testSpacedOutHeadingLinesDoNotHideParagraphBreaks() {
        var builder = PageBuilder(1)
        // Heading and signature lines 30 pt apart (19 pt gaps), body lines 14 pt apart (3 pt
        // gaps), paragraphs 28 pt apart (17 pt gaps): the median gap is a wide one, the lower
        // quartile the gap inside a paragraph.
        var y = 72.0
        for line in ["Brussels, 3 June 2023", "To: European Commission", "Dear Commissioner,"] {
            builder.line(line, y: y)
            y += 30
        }
        for line in ["We call on the Commission to adopt the revised directive without delay as",
                     "pollution causes premature deaths every year across the Union, and the",
                     "science on what it does to our health has never been clearer than now."] {
            builder.line(line, y: y)
            y += 14
        }
        y += 14
        for line in ["The directive must align the limit values with the latest guidelines and",
                     "give citizens the right to compensation when their health is harmed by",
                     "the air they breathe, wherever in the Union they happen to live."] {
            builder.line(line, y: y)
            y += 14
        }
        y += 14
        for line in ["Yours sincerely,", "ClientEarth", "European Environmental Bureau"] {
            builder.line(line, y: y)
            y += 30
        }
        let texts = analyze([builder]).texts
        XCTAssertTrue(texts.contains("Brussels, 3 June 2023"), "\(texts)")
        XCTAssertTrue(texts.contains("To: European Commission"), "\(texts)")
        XCTAssertTrue(texts.contains { $0.hasPrefix("We call on") && $0.hasSuffix("clearer than now.") }, "\(texts)")
        XCTAssertTrue(texts.contains { $0.hasPrefix("The directive must") && $0.hasSuffix("happen to live.") }, "\(texts)")
        XCTAssertTrue(texts.contains("Yours sincerely,"), "\(texts)")
    }

    /// A body set at 1.5 line spacing above a long single-spaced list of signers: the list's
    /// narrow gaps outnumber the body's, yet each body paragraph stays one block.
    func testWideSpacedBodyAboveATightSignatureList() {
        var builder = PageBuilder(1)
        var y = 72.0
        for paragraph in [prose[0], prose[1]] {
            y = builder.paragraph(paragraph, y: y, leading: 1.5) + 11
        }
        builder.line("Signed,", y: y)
        y += 20
        for n in 1...14 {
            builder.line("Example Organisation \(n)", y: y)
            y += 13
        }
        let laidOut = analyze([builder])
        let wrapped = PageBuilder.wrap(prose[0], width: PageBuilder.right - PageBuilder.left, size: 11)
        XCTAssertGreaterThanOrEqual(wrapped.count, 3, "the fixture paragraph wraps")
        XCTAssertTrue(laidOut.texts.contains { $0.hasPrefix(wrapped[0]) && $0.contains(wrapped[wrapped.count - 1]) }, "\(laidOut.texts)")
    }
}
