@testable import LetterBatch
import XCTest

final class ProgressTests: XCTestCase {
    func testLineShowsCountsRateEtaAndFailures() {
        XCTAssertEqual(Progress.line(done: 120, total: 1000, worked: 120, failed: 2, elapsed: 10),
                       "batch: 120/1000 (12%), 12.0 docs/s, ETA 1:14, 2 failed")
        XCTAssertEqual(Progress.line(done: 0, total: 10, worked: 0, failed: 0, elapsed: 0),
                       "batch: 0/10 (0%), 0.0 docs/s, ETA --:--")
    }

    func testTerminalRedrawsInPlace() {
        var written: [String] = []
        let progress = Progress(total: 10, terminal: true) { written.append($0) }
        progress.update(done: 1, worked: 1, failed: 0)
        progress.finish()
        XCTAssertEqual(written.count, 2)
        XCTAssertTrue(written[0].hasPrefix("\rbatch: 1/10"), written[0])
        XCTAssertTrue(written[0].hasSuffix("\u{1B}[K"), written[0])
        XCTAssertFalse(written[0].contains("\n"))
        XCTAssertEqual(written[1], "\r\u{1B}[K")
    }

    func testPipeGetsNoControlCharactersAndNoBurst() {
        var written: [String] = []
        let progress = Progress(total: 10, terminal: false) { written.append($0) }
        for done in 1...10 { progress.update(done: done, worked: done, failed: 0) }
        progress.finish()
        // Plain lines come at most every 30 seconds: none within this instant.
        XCTAssertEqual(written, [])
    }
}

final class ProgressOCRTests: XCTestCase {
    func testLineCountsOCRdPagesWhenThereAreAny() {
        XCTAssertEqual(Progress.line(done: 3, total: 10, worked: 3, failed: 1, elapsed: 1, ocrPages: 7),
                       "batch: 3/10 (30%), 3.0 docs/s, ETA 0:03, 7 pages OCR'd, 1 failed")
        XCTAssertEqual(Progress.line(done: 3, total: 10, worked: 3, failed: 0, elapsed: 1, ocrPages: 1),
                       "batch: 3/10 (30%), 3.0 docs/s, ETA 0:03, 1 page OCR'd")
        XCTAssertFalse(Progress.line(done: 3, total: 10, worked: 3, failed: 0, elapsed: 1).contains("OCR"))
    }
}
