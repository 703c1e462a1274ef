import PDFText
import XCTest
@testable import OCRText

/// Which pages are OCR'd, on documents built in code with image coverage given.
final class OCRPagePolicyTests: XCTestCase {
    private func page(_ number: Int, _ text: String) -> PageText {
        let words = text.split(separator: " ").enumerated().map { i, piece in
            Word(text: String(piece), box: Rect(x0: Double(i % 12) * 40, y0: Double(i / 12) * 14, x1: Double(i % 12) * 40 + 35, y1: Double(i / 12) * 14 + 12),
                 font: FontStyle(name: "Times", size: 12))
        }
        return PageText(number: number, width: 595, height: 842, words: words)
    }

    private let prose = Array(repeating: "We write to express our concern about the decision and ask you to reconsider it.", count: 10).joined(separator: " ")
    private let garbled = Array(repeating: "REDEJ<ER SELLNER DAHS Leipzige r Platz Berl in wir zeigen an dass wir die Bundesrepublik vertreten", count: 5).joined(separator: " ")

    func testTypedDocumentNeedsNoOCRAndNoImageCheck() {
        let document = PDFDocumentText(info: DocumentInfo(pageCount: 2), pages: [page(1, prose), page(2, prose)])
        var asked: [[Int]] = []
        let chosen = OCRPagePolicy().pages(of: document, mode: .auto) { asked.append($0); return [:] }
        XCTAssertEqual(chosen, [:])
        XCTAssertEqual(asked, [], "full typed pages are decided from their words alone")
    }

    func testScannedSignaturePageIsTheOnlyOCRPage() {
        let document = PDFDocumentText(info: DocumentInfo(pageCount: 3), pages: [page(1, prose), page(2, prose), page(3, "")])
        XCTAssertEqual(OCRPagePolicy().pages(of: document, mode: .auto) { _ in [:] }, [3: .noTextLayer])
    }

    func testTypedHeaderOnAScanIsPartial() {
        let document = PDFDocumentText(info: DocumentInfo(pageCount: 2), pages: [page(1, "ACME Legal LLP 12 High Street London"), page(2, "Yours sincerely Jane Doe")])
        let chosen = OCRPagePolicy().pages(of: document, mode: .auto) { pages in
            XCTAssertEqual(pages.sorted(), [1, 2])
            return [1: 0.95, 2: 0.02]  // page 2: a short typed page with a small logo
        }
        XCTAssertEqual(chosen, [1: .partialTextLayer])
    }

    func testOldOCRLayerOnScansIsReadAgainOnEveryScannedPage() {
        let document = PDFDocumentText(info: DocumentInfo(pageCount: 3), pages: [page(1, garbled), page(2, prose), page(3, prose)])
        var asked: [[Int]] = []
        let chosen = OCRPagePolicy().pages(of: document, mode: .auto) { pages in
            asked.append(pages)
            return [1: 1.0, 2: 1.0, 3: 0.0].filter { pages.contains($0.key) }
        }
        XCTAssertEqual(chosen, [1: .garbledTextLayer, 2: .garbledTextLayer])
        XCTAssertEqual(asked, [[1], [2, 3]])
    }

    func testSuspectLayerWithoutAScanIsKept() {
        let document = PDFDocumentText(info: DocumentInfo(pageCount: 1), pages: [page(1, garbled)])
        XCTAssertEqual(OCRPagePolicy().pages(of: document, mode: .auto) { _ in [1: 0.05] }, [:])
    }

    func testModes() {
        let document = PDFDocumentText(info: DocumentInfo(pageCount: 2), pages: [page(1, prose), page(2, "")])
        XCTAssertEqual(OCRPagePolicy().pages(of: document, mode: .never) { _ in [:] }, [:])
        XCTAssertEqual(OCRPagePolicy().pages(of: document, mode: .always) { _ in [:] }, [1: .forced, 2: .forced])
    }
}
