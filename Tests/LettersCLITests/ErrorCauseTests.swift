import Foundation
import LetterExtractor
import LetterModel
import PDFText
import XCTest

/// Errors say why in the project's words and keep the failure behind them by code.
final class ErrorCauseTests: CLITestCase {
    private func cause(_ path: String, _ limits: InputLimits = .fromEnvironment()) -> ExtractionError? {
        do {
            _ = try LetterExtractor.convert(path: path, to: .json, options: ExtractionOptions(limits: limits, ocr: .never))
            return nil
        } catch {
            return error
        }
    }

    func testEachFailureKeepsItsCode() throws {
        XCTAssertEqual(cause(fixture("encrypted.pdf"))?.cause, .pdf(.encrypted))
        XCTAssertEqual(cause(fixture("truncated.pdf"))?.cause, .pdf(.damaged))
        XCTAssertEqual(cause(fixture("text-named.pdf"))?.cause, .pdf(.notPDF))
        XCTAssertEqual(cause(fixture("image-only.pdf"))?.cause, .pdf(.noTextLayer))
        XCTAssertEqual(cause(fixture("does-not-exist.pdf"))?.cause, .file(errno: ENOENT))
        XCTAssertEqual(cause(temp.path)?.cause, .file(errno: EISDIR))
        let tiny = InputLimits(bytes: [.pdf: 10, .text: 10, .markdown: 10, .html: 10])
        XCTAssertEqual(cause(sample("seed-word.pdf"), tiny)?.cause, .inputLimit)
        let json = temp.appendingPathComponent("x.json")
        try Data("{\"hello\": 1}".utf8).write(to: json)
        let refused = try XCTUnwrap(cause(json.path))
        XCTAssertEqual(refused.cause, .letterJSON)
        XCTAssertEqual(refused.reason, "not a letter JSON: no schema_version (as written by `letters extract`)")
    }

    /// A file that cannot be read says so with the system's reason, never Foundation's
    /// "The operation could not be completed".
    func testUnreadableFileIsSaidInOurWords() throws {
        guard getuid() != 0 else { throw XCTSkip("root reads any file") }
        let locked = temp.appendingPathComponent("locked.txt")
        try Data("Dear Minister,\n".utf8).write(to: locked)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked.path)
        let error = try XCTUnwrap(cause(locked.path))
        XCTAssertEqual(error.cause, .file(errno: EACCES))
        XCTAssertEqual(error.reason, "cannot read file: permission denied (errno 13)")
    }
}
