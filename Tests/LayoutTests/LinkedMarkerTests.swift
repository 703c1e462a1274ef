import Layout
import PDFText
import XCTest

/// Markers known by their link to a note rather than by size: "1" set in the line's own size
/// under a link that jumps within the document.
final class LinkedMarkerTests: XCTestCase {
    private func page(with text: String, linking label: String) -> PageText {
        var builder = PageBuilder(1)
        let y = 100.0
        var x = builder.line(text, y: y)
        x += 0.25 * 11
        let labelX = x
        builder.word(label, x: labelX, y: y)
        builder.line("and the text goes on.", x: labelX + PageBuilder.advance(label, size: 11) + 0.25 * 11, y: y)
        var page = builder.page()
        let box = Rect(x0: labelX - 0.5, y0: y - 1, x1: labelX + PageBuilder.advance(label, size: 11) + 0.5, y1: y + 12)
        page.links = [LinkArea(box: box, uri: "", isInternal: true)]
        return page
    }

    private func analyze(_ page: PageText) -> LaidOutDocument {
        LayoutAnalyzer().analyze(PDFDocumentText(info: DocumentInfo(pageCount: 1), pages: [page]))
    }

    func testSameSizeNumberLinkedToANoteIsAMarker() {
        let laidOut = analyze(page(with: "The commitments were set out in the declaration", linking: "2"))
        let line = laidOut.blocks.first?.lines.first
        XCTAssertEqual(line?.markers.map(\.label), ["2"])
        XCTAssertEqual(line?.text, "The commitments were set out in the declaration and the text goes on.")
    }

    func testLinkedNumberAfterFigureIsACrossReference() {
        let laidOut = analyze(page(with: "The benefits are summarized in Figure", linking: "1"))
        let line = laidOut.blocks.first?.lines.first
        XCTAssertEqual(line?.markers, [])
        XCTAssertEqual(line?.text, "The benefits are summarized in Figure 1 and the text goes on.")
    }

    func testUnlinkedSameSizeNumberIsText() {
        var page = page(with: "The commitments were set out in the declaration", linking: "2")
        page.links = []
        XCTAssertEqual(analyze(page).blocks.first?.lines.first?.markers, [])
    }
}
