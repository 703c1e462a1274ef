import Foundation
import LetterExtractor
import XCTest

/// Inputs over their format's size limit are refused before they are read, in one line; file
/// system failures are said in the system's words.
final class LimitsAndMessagesTests: CLITestCase {
    func testLimitsComeFromDefaultsAndEnvironment() {
        let defaults = InputLimits.fromEnvironment([:])
        XCTAssertEqual(defaults.bytes, [.text: 20_000_000, .markdown: 20_000_000, .html: 50_000_000, .pdf: 500_000_000])
        let set = InputLimits.fromEnvironment(["LETTERS_MAX_INPUT_MB": "2", "LETTERS_MAX_PDF_MB": "0"])
        XCTAssertEqual(set.bytes, [.text: 2_000_000, .markdown: 2_000_000, .html: 2_000_000])
        XCTAssertNil(set.refusal(size: 2_000_000, format: .text))
        XCTAssertEqual(set.refusal(size: 2_000_001, format: .text),
                       "too large for a text letter (2.0 MB; the limit is 2.0 MB, raise it with --max-input-mb or LETTERS_MAX_TEXT_MB)")
    }

    func testOversizedInputIsOneLineAndTheOthersStillConvert() throws {
        let big = temp.appendingPathComponent("big.txt").path
        try Data(("Dear Minister,\n\n" + String(repeating: "We write again. ", count: 80_000) + "\n").utf8).write(to: URL(fileURLWithPath: big))
        let small = sample("open-letter-ogp-solidarity-2017.txt")
        let run = try letters("extract", "--max-input-mb", "1", big, small, "-o", temp.appendingPathComponent("out").path)
        assertExit(run, 1)
        XCTAssertEqual(run.err, "letters: \(big): too large for a text letter (1.3 MB; the limit is 1.0 MB, raise it with --max-input-mb or LETTERS_MAX_TEXT_MB)\n")
        XCTAssertTrue(FileManager.default.fileExists(atPath: temp.appendingPathComponent("out/open-letter-ogp-solidarity-2017.json").path))
        // The environment does the same; the batch workers inherit it.
        let batch = try letters(arguments: ["batch", temp.path, "-o", temp.appendingPathComponent("batch-out").path],
                                environment: ProcessInfo.processInfo.environment.merging(["LETTERS_MAX_TEXT_MB": "1"]) { $1 })
        assertExit(batch, 1)
        XCTAssertTrue(batch.err.contains("too large for a text letter (1.3 MB; the limit is 1.0 MB"), batch.err)
    }

    func testOutputFolderThatCannotBeCreatedIsSaidInWords() throws {
        let run = try letters("extract", sample("open-letter-ogp-solidarity-2017.txt"), "-o", "/proc/letters-out")
        XCTAssertEqual(run.status, 64, run.err)
        XCTAssertTrue(run.err.contains("cannot create output folder /proc/letters-out: no such file or directory (errno 2)"), run.err)
        XCTAssertFalse(run.err.contains("NSCocoaErrorDomain"), run.err)
        let batch = try letters("batch", sample("open-letter-ogp-solidarity-2017.txt"), "-o", "/proc/letters-out")
        XCTAssertEqual(batch.status, 2, batch.err)
        XCTAssertEqual(batch.err, "letters: batch: /proc/letters-out: cannot create output folder: no such file or directory (errno 2)\n")
    }
}
