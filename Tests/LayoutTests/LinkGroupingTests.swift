import Layout
import PDFText
import XCTest

/// One link per link: fragments of a wrapped link merged, repeated annotations dropped, and the
/// text under a link only the words inside it.
final class LinkGroupingTests: XCTestCase {
    private let uri = "https://example.org/report"

    /// Two lines, each a fragment of one link; `repeatEach` writes every annotation twice, as
    /// some word processors do.
    private func document(repeatEach: Bool, secondURI: String? = nil) -> LaidOutDocument {
        var builder = PageBuilder(1)
        builder.line("See the full report on the", y: 100)
        builder.line("website of the network for details.", y: 113.2)
        var page = builder.page()
        // The link covers "full report on the" and then "website": the boxes graze the line
        // below by two points, as real annotation rectangles do.
        let first = Rect(x0: 72 + PageBuilder.advance("See the ", size: 11) + 1, y0: 99, x1: 220, y1: 113)
        let second = Rect(x0: 71, y0: 112, x1: 72 + PageBuilder.advance("website", size: 11) + 1, y1: 126)
        var links = [LinkArea(box: first, uri: uri), LinkArea(box: second, uri: secondURI ?? uri)]
        if repeatEach { links = links.flatMap { [$0, $0] } }
        page.links = links
        return LayoutAnalyzer().analyze(PDFDocumentText(info: DocumentInfo(pageCount: 1), pages: [page]))
    }

    func testFragmentsOfOneLinkAreOneEntryWithTheTextUnderIt() {
        let links = document(repeatEach: false).links
        XCTAssertEqual(links.count, 1)
        XCTAssertEqual(links.first?.uri, uri)
        XCTAssertEqual(links.first?.text, "full report on the website")
        XCTAssertEqual(links.first?.page, 1)
        XCTAssertNotNil(links.first?.box)
    }

    func testRepeatedAnnotationsAreDropped() {
        XCTAssertEqual(document(repeatEach: true).links.map(\.text), ["full report on the website"])
    }

    func testDifferentTargetsStayApart() {
        let links = document(repeatEach: true, secondURI: "https://example.org/other").links
        XCTAssertEqual(links.map(\.uri), [uri, "https://example.org/other"])
        XCTAssertEqual(links.map(\.text), ["full report on the", "website"])
    }
}

/// Where each line starts in a block's joined text: what footnote markers' offsets rest on.
final class TextJoinTrackingTests: XCTestCase {
    func testLineStartsFollowRemovedHyphensAndBlankLines() {
        let lines = [Line(text: "  The exam-"), Line(text: "ple goes"), Line(text: "   "), Line(text: "on here.")]
        let (text, starts) = TextJoin.joinTracking(lines)
        XCTAssertEqual(text, "The example goes on here.")
        XCTAssertEqual(text, TextJoin.join(lines))
        // "ple goes" starts where the hyphen was; the blank line has no start.
        XCTAssertEqual(starts, [0, 8, nil, 17])
        let scalars = Array(text.unicodeScalars)
        XCTAssertEqual(String(String.UnicodeScalarView(scalars[8...])), "ple goes on here.")
        XCTAssertEqual(String(String.UnicodeScalarView(scalars[17...])), "on here.")
    }

    func testStartsCountCodePoints() {
        let (text, starts) = TextJoin.joinTracking([Line(text: "Ça va 😀"), Line(text: "bien")])
        XCTAssertEqual(text, "Ça va 😀 bien")
        XCTAssertEqual(starts, [0, 8])  // Ç a space v a space 😀 space = 8 code points
    }
}
