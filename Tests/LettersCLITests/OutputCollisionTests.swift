import Foundation
import LetterModel
import XCTest

/// Two inputs that would write the same output file: the second is refused with a reason, the
/// first's output is kept.
final class OutputCollisionTests: CLITestCase {
    func testSameBaseNameInTwoFoldersIsReportedNotOverwritten() throws {
        let a = temp.appendingPathComponent("a"), b = temp.appendingPathComponent("b")
        try FileManager.default.createDirectory(at: a, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: b, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: sample("seed-word.pdf"), toPath: a.appendingPathComponent("letter.pdf").path)
        try FileManager.default.copyItem(atPath: sample("seed-memo.pdf"), toPath: b.appendingPathComponent("letter.pdf").path)
        let run = try letters("extract", "a/letter.pdf", "b/letter.pdf", "-o", "out")
        assertExit(run, 1)
        XCTAssertEqual(run.errLines.count, 1, run.err)
        XCTAssertTrue(run.errLines.first?.hasPrefix("letters: b/letter.pdf: same output letter.json as a/letter.pdf") ?? false, run.err)
        let written = try CanonicalJSON.decodeLetter(Data(contentsOf: temp.appendingPathComponent("out/letter.json")))
        let first = SHA256.hex(try Data(contentsOf: a.appendingPathComponent("letter.pdf")))
        XCTAssertEqual(written.source.sha256, first, "the first input's output is kept")
    }
}
