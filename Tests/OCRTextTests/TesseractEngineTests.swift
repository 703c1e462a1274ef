import Foundation
import PDFText
import XCTest
@testable import OCRText

/// Tesseract on real pages drawn by Poppler: a typed sample read back by OCR must give Poppler's
/// own words in the same places and sizes.
final class TesseractEngineTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func firstPage(of sample: String) throws -> (Data, PageText, PageRaster) {
        let data = try Data(contentsOf: Self.root.appendingPathComponent("samples/\(sample)"))
        let typed = try PDFTextReader.read(data: data, name: sample)
        var raster: PageRaster?
        PDFRasterizer.render(data: data, name: sample, pages: [1]) { raster = $0 }
        return (data, typed.pages[0], try XCTUnwrap(raster))
    }

    func testOCRWordsMatchPopplerWordsInTextPlaceAndSize() throws {
        let (_, typed, raster) = try firstPage(of: "seed-word.pdf")
        XCTAssertEqual(raster.dpi, 300, accuracy: 0.5)
        XCTAssertEqual(Double(raster.width), typed.width * 300 / 72, accuracy: 1)

        let page = try TesseractEngine(language: "eng").recognize(raster)
        XCTAssertGreaterThan(page.meanConfidence, 85)
        XCTAssertFalse(page.timedOut)
        // Words found by text in both, compared by box and size.
        var byText: [String: [Word]] = [:]
        for word in page.words { byText[word.text, default: []].append(word) }
        var matched = 0, placed = 0, sized = 0
        for word in typed.words {
            guard let candidates = byText[word.text] else { continue }
            matched += 1
            guard let near = candidates.min(by: { abs($0.box.midY - word.box.midY) + abs($0.box.x0 - word.box.x0) < abs($1.box.midY - word.box.midY) + abs($1.box.x0 - word.box.x0) }) else { continue }
            if abs(near.box.x0 - word.box.x0) < 2, abs(near.box.x1 - word.box.x1) < 3, abs(near.baseline - word.baseline) < 2 { placed += 1 }
            if abs(near.font.size - word.font.size) <= 0.1 * word.font.size { sized += 1 }
        }
        XCTAssertGreaterThan(Double(matched), 0.9 * Double(typed.words.count), "OCR reads the typed words")
        XCTAssertGreaterThan(Double(placed), 0.9 * Double(matched), "in the same coordinates as Poppler's")
        XCTAssertGreaterThan(Double(sized), 0.9 * Double(matched), "with the font size set in the PDF")
    }

    func testSamePageGivesTheSameWordsEveryTime() throws {
        let (_, _, raster) = try firstPage(of: "seed-memo.pdf")
        let engine = try TesseractEngine(language: "eng")
        let first = engine.recognize(raster)
        XCTAssertEqual(engine.recognize(raster), first, "one engine, twice")
        XCTAssertEqual(try TesseractEngine(language: "eng").recognize(raster), first, "a fresh engine")
    }

    func testTinyImageIsAnEmptyPage() throws {
        let raster = PageRaster(page: 1, width: 2, height: 2, pixels: [0, 255, 255, 0], scale: 300.0 / 72)
        let page = try TesseractEngine(language: "eng").recognize(raster)
        XCTAssertEqual(page.words, [])
        XCTAssertEqual(page.meanConfidence, 0)
    }

    func testMismatchedPixelBufferIsAnEmptyPage() throws {
        let raster = PageRaster(page: 1, width: 100, height: 100, pixels: [UInt8](repeating: 0, count: 10), scale: 1)
        XCTAssertEqual(try TesseractEngine(language: "eng").recognize(raster).words, [])
    }

    func testMissingLanguageIsAnError() {
        XCTAssertThrowsError(try TesseractEngine(language: "xxx")) { error in
            XCTAssertTrue("\(error)".contains("xxx"), "\(error)")
        }
    }

    func testHugePagesAreDrawnCoarserNotRefused() {
        let resolution = PDFRasterizer.Resolution()
        XCTAssertEqual(resolution.scale(width: 595, height: 842), 300.0 / 72, accuracy: 1e-9, "A4 at 300 dpi")
        let scale = resolution.scale(width: 20_000, height: 20_000)
        XCTAssertLessThanOrEqual(20_000 * scale, Double(resolution.maxSide))
        XCTAssertLessThanOrEqual((20_000 * scale).rounded(.down) * (20_000 * scale).rounded(.down), Double(resolution.maxPixels))
        XCTAssertGreaterThan(scale, 0)
    }

    func testImageCoverageTellsScansFromTypedPages() throws {
        let typed = try Data(contentsOf: Self.root.appendingPathComponent("samples/seed-word.pdf"))
        XCTAssertEqual(PDFRasterizer.imageCoverage(data: typed, name: "seed-word.pdf", pages: [1, 2, 3]), [1: 0, 2: 0, 3: 0])
        let scan = try Data(contentsOf: Self.root.appendingPathComponent("Tests/Fixtures/scans/seed-word-scan.pdf"))
        let coverage = PDFRasterizer.imageCoverage(data: scan, name: "seed-word-scan.pdf", pages: [1, 9])
        XCTAssertEqual(coverage.keys.sorted(), [1], "a page that does not exist is left out")
        XCTAssertGreaterThan(coverage[1] ?? 0, 0.95)
    }
}
