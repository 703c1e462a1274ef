import PDFText
import XCTest
@testable import OCRText

/// The text-layer measures on words built in code.
final class TextLayerQualityTests: XCTestCase {
    private func words(_ text: String) -> [Word] {
        text.split(separator: " ").enumerated().map { index, piece in
            Word(text: String(piece), box: Rect(x0: Double(index) * 30, y0: 100, x1: Double(index) * 30 + 25, y1: 112),
                 font: FontStyle(name: "Times", size: 12))
        }
    }

    func testTypedProseIsNeitherSuspectNorGarbage() {
        let quality = TextLayerQuality(words(
            "We write to you as members of civil society to express our deep concern about the decision taken "
            + "last week by the ministry, which will affect the work of many organisations and the people they serve. "
            + "We ask you to reconsider it."))
        XCTAssertFalse(quality.isSuspect, "\(quality)")
        XCTAssertFalse(quality.isGarbage, "\(quality)")
        XCTAssertEqual(quality.oddWordShare, 0)
        XCTAssertEqual(quality.brokenWordShare, 0)
    }

    func testOldOCRLayerIsSuspect() {
        // letter-030's layer: stray symbols inside words and words broken into lone letters.
        let quality = TextLayerQuality(words(
            "REDEJ<ER SELLNER DAHS I Leipzige r Platz 31 D- 10117 Berl in Brüsse l Fa x ;~~d~t~~nd LondonJWC2R "
            + "Sehr geehrter Herr Dietrich, wir zeigen an, dass wir die Bundesrepublik Deutschland vertreten"))
        XCTAssertTrue(quality.isSuspect, "\(quality)")
        XCTAssertGreaterThan(quality.oddWordShare, 0)
        XCTAssertGreaterThan(quality.brokenWordShare, 0)
    }

    func testUnmappedFontIsGarbage() {
        let quality = TextLayerQuality(words(Array(repeating: "ÿ¤¥ §¨© ª«¬ x¤y", count: 8).joined(separator: " ")))
        XCTAssertTrue(quality.isGarbage, "\(quality)")
    }

    func testTableOfFiguresIsNotGarbage() {
        // Few letters, but nothing odd: a page of numbers is kept as typed.
        let quality = TextLayerQuality(words(Array(repeating: "11, 14, 15, 19, 20, 21, 22, 23,", count: 4).joined(separator: " ") + " Die Ideen der Ziffern"))
        XCTAssertFalse(quality.isGarbage, "\(quality)")
    }

    func testTooFewWordsSayNothing() {
        XCTAssertFalse(TextLayerQuality(words("REDEJ<ER Berl in")).isSuspect)
    }
}
