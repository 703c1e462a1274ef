import Foundation
import LetterModel
import XCTest

/// `source.ocr`: written only when some page was read by OCR, and read back.
final class SourceOCRTests: XCTestCase {
    private func source(ocr: [Source.OCRPage]?) -> Source {
        Source(file: "scan.pdf", sha256: String(repeating: "a", count: 64), format: .pdf, pages: 2, ocr: ocr)
    }

    func testAbsentWhenNoPageWasOCRd() throws {
        let json = String(decoding: try CanonicalJSON.encode(Letter(source: source(ocr: nil))), as: UTF8.self)
        XCTAssertFalse(json.contains("\"ocr\""), json)
    }

    func testWrittenSortedAndReadBack() throws {
        let pages = [Source.OCRPage(page: 2, confidence: 87.5, language: "deu+eng", reason: "no_text_layer")]
        let letter = Letter(source: source(ocr: pages))
        let data = try CanonicalJSON.encode(letter)
        let json = String(decoding: data, as: UTF8.self)
        XCTAssertTrue(json.contains("\"ocr\": ["), json)
        XCTAssertTrue(json.contains("\"confidence\": 87.5,"), json)
        // Keys sorted, as everywhere in canonical JSON; ocr after pages in source.
        let ocr = json[json.range(of: "\"ocr\"")!.lowerBound...]
        let order = ["\"confidence\"", "\"language\"", "\"page\"", "\"reason\""].map { ocr.range(of: $0)?.lowerBound }
        XCTAssertEqual(order.compactMap { $0 }.count, 4)
        XCTAssertEqual(order.compactMap { $0 }, order.compactMap { $0 }.sorted())
        XCTAssertLessThan(json.range(of: "\"metadata\"")!.lowerBound, json.range(of: "\"ocr\"")!.lowerBound)
        XCTAssertEqual(try JSONDecoder().decode(Letter.self, from: data).source.ocr, pages)
    }
}
