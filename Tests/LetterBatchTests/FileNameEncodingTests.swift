import Foundation
import LetterBatch
import LetterExtractor
import TestSupport
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// A file whose name is not valid UTF-8 (Latin-1 "José.txt": `Jos\xE9.txt`) is reported with
/// its bad byte escaped and the reason, by `batch` walking a folder and when named directly.
final class FileNameEncodingTests: XCTestCase {
    /// Creates `folder/Jos<0xE9>.txt` through open(2), since a Swift string cannot hold the name.
    func makeLatin1Named(in folder: String) throws {
        let bytes = Array(folder.utf8) + Array("/Jos".utf8) + [0xE9] + Array(".txt".utf8) + [0]
        let fd = bytes.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) }
        XCTAssertGreaterThanOrEqual(fd, 0)
        let text = Array("Dear Minister,\n\nWe write.\n\nSincerely,\n\nJane Smith\n".utf8)
        _ = text.withUnsafeBufferPointer { Glibc.write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    func testBatchReportsTheFileInsteadOfSkippingIt() throws {
        let scratch = try Scratch()
        try scratch.copy(BatchCLI.samples.appendingPathComponent("open-letter-ogp-solidarity-2017.txt"), to: "in/good.txt")
        try makeLatin1Named(in: scratch.path("in"))

        let result = try BatchCLI.run(["batch", scratch.path("in"), "-o", scratch.path("out")])
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("Jos\\xE9.txt"), result.stderr)
        XCTAssertTrue(result.stderr.contains("file name is not valid UTF-8"), result.stderr)
        let report = try JSONDecoder().decode(BatchReport.self, from: Data(contentsOf: URL(fileURLWithPath: scratch.path("out/batch-report.json"))))
        XCTAssertEqual(report.converted, 1)
        XCTAssertEqual(report.documents.filter { $0.status == .failed }.map(\.input), [scratch.path("in") + "/Jos\\xE9.txt"])
    }

    func testNamedDirectlyItIsNotNoSuchFile() throws {
        let scratch = try Scratch()
        try makeLatin1Named(in: scratch.path(""))
        // The argument's raw bytes come from printf: Foundation's Process only passes UTF-8.
        let result = try runProgram(URL(fileURLWithPath: "/bin/sh"), ["-c", "\"$0\" extract \"$(printf '%s/Jos\\351.txt' \"$1\")\"", BatchCLI.binary.path, scratch.url.path])
        XCTAssertEqual(result.status, 1, result.err)
        XCTAssertEqual(result.err, "letters: \(scratch.url.path)/Jos\\xE9.txt: \(FileNames.notUTF8)\n")
    }
}
