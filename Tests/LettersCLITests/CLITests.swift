import Foundation
import LetterExtractor
import LetterModel
import XCTest

final class CLIBasicsTests: CLITestCase {
    func testHelp() throws {
        let run = try letters("--help")
        assertExit(run, 0)
        XCTAssertTrue(run.out.contains("USAGE: letters"), run.out)
        XCTAssertTrue(run.out.contains("extract"))
        XCTAssertTrue(run.out.contains("schema"))
        XCTAssertEqual(run.err, "")
    }

    func testExtractHelpDescribesOutput() throws {
        let run = try letters("extract", "--help")
        assertExit(run, 0)
        XCTAssertTrue(run.out.contains("--output"), run.out)
    }

    func testVersion() throws {
        let run = try letters("--version")
        assertExit(run, 0)
        XCTAssertEqual(run.out, LetterExtractor.version + "\n")
        XCTAssertTrue(run.out.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
    }

    func testSchemaCommandPrintsTheSchemaFile() throws {
        let run = try letters("schema")
        assertExit(run, 0)
        XCTAssertEqual(run.stdout, try Data(contentsOf: schemaFile))
        XCTAssertEqual(run.err, "")
    }

    func testNoFilesIsAUsageError() throws {
        let run = try letters("extract")
        XCTAssertEqual(run.reason, .exit)
        XCTAssertNotEqual(run.status, 0)
        XCTAssertEqual(run.out, "")
        XCTAssertFalse(run.err.isEmpty)
    }
}

final class CLIExtractTests: CLITestCase {
    private func object(_ data: Data, file: StaticString = #filePath, line: UInt = #line) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any], file: file, line: line)
    }

    func testExtractPDFToStdout() throws {
        let path = sample("seed-word.pdf")
        let run = try letters("extract", path)
        assertExit(run, 0)
        XCTAssertEqual(run.err, "")
        let json = try object(run.stdout)
        XCTAssertEqual(json["schema_version"] as? String, Letter.schemaVersion)
        let source = try XCTUnwrap(json["source"] as? [String: Any])
        XCTAssertEqual(source["file"] as? String, "seed-word.pdf") // base name, not the path
        XCTAssertEqual(source["format"] as? String, "pdf")
        XCTAssertEqual(source["pages"] as? Int, 3)
        XCTAssertEqual(source["sha256"] as? String, SHA256.hex(try Data(contentsOf: URL(fileURLWithPath: path))))
        let metadata = try XCTUnwrap(source["metadata"] as? [String: Any])
        XCTAssertEqual(metadata["producer"] as? String, "LibreOffice 7.4")
        // Canonical: re-encoding what was printed gives the same bytes.
        XCTAssertEqual(try CanonicalJSON.encode(try CanonicalJSON.decodeLetter(run.stdout)), run.stdout)
        let file = temp.appendingPathComponent("stdout.json")
        try run.stdout.write(to: file)
        XCTAssertNil(try SchemaValidator.errors(files: [file]))
    }

    func testStdoutIsIdenticalAcrossRuns() throws {
        let first = try letters("extract", sample("seed-memo.pdf"))
        let second = try letters("extract", sample("seed-memo.pdf"))
        assertExit(first, 0)
        XCTAssertFalse(first.stdout.isEmpty)
        XCTAssertEqual(first.stdout, second.stdout)
    }

    func testExtractSeveralFilesIntoFolder() throws {
        let out = temp.appendingPathComponent("out/nested")
        let inputs = ["seed-word.pdf", "seed-memo.pdf", "seed-letterhead.pdf", "open-letter-ogp-solidarity-2017.txt"]
        let run = try letters(arguments: ["extract"] + inputs.map(sample) + ["-o", out.path])
        assertExit(run, 0)
        XCTAssertEqual(run.out, "")
        XCTAssertEqual(run.err, "")
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        XCTAssertEqual(written, ["open-letter-ogp-solidarity-2017.json", "seed-letterhead.json", "seed-memo.json", "seed-word.json"])
        for input in inputs {
            let url = out.appendingPathComponent((input as NSString).deletingPathExtension + ".json")
            let json = try object(try Data(contentsOf: url))
            XCTAssertEqual((json["source"] as? [String: Any])?["file"] as? String, input)
            XCTAssertEqual(json["schema_version"] as? String, Letter.schemaVersion)
        }
        let txt = try object(try Data(contentsOf: out.appendingPathComponent("open-letter-ogp-solidarity-2017.json")))
        XCTAssertEqual((txt["source"] as? [String: Any])?["format"] as? String, "text")
        XCTAssertTrue((txt["source"] as? [String: Any])?["pages"] is NSNull)
        XCTAssertNil(try SchemaValidator.errors(files: written.map { out.appendingPathComponent($0) }))
    }

    /// Several files without -o go to standard output as JSON Lines, never to files in the
    /// working folder (they used to, silently replacing NAME.json there).
    func testSeveralFilesWithoutOutputPrintJSONLines() throws {
        let run = try letters("extract", sample("seed-word.pdf"), sample("seed-memo.pdf"))
        assertExit(run, 0)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: temp.path), [], "nothing written to the working folder")
        let lines = run.out.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(lines.count, 3, "two lines and the final newline: \(run.out.prefix(200))")
        XCTAssertEqual(lines.last, "")
        for (line, name) in zip(lines, ["seed-word.pdf", "seed-memo.pdf"]) {
            let letter = try CanonicalJSON.decodeLetter(Data(line.utf8))
            XCTAssertEqual(letter.source.file, name)
            // The same letter as the one-file, pretty-printed form.
            let single = try letters("extract", sample(name))
            XCTAssertEqual(try CanonicalJSON.encode(letter), single.stdout)
        }
    }
}

/// Each bad input: exactly one line `letters: FILE: reason` naming the problem, nothing on
/// stdout, exit status 1, no crash.
final class CLIBadInputTests: CLITestCase {
    static let cases: [(file: String, reason: String)] = [
        (fixture("does-not-exist.pdf"), "no such file"),
        (fixture("empty.pdf"), "empty"),
        (fixture("text-named.pdf"), "not a PDF"),
        (fixture("truncated.pdf"), "damaged"),
        (fixture("encrypted.pdf"), "encrypted"),
        // A blank scan: OCR (on by default) finds nothing to read. `--ocr never` keeps "no text
        // layer" (OCRTests.testOCRNeverKeepsTheNoTextLayerError).
        (fixture("image-only.pdf"), "no text found (image-only PDF"),
    ]

    private func assertOneLine(_ run: Run, file path: String, reason: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(run.errLines.count, 1, "stderr: \(run.err)", file: file, line: line)
        let prefix = "letters: \(path): "
        let message = run.errLines.first ?? ""
        XCTAssertTrue(message.hasPrefix(prefix), "\(message) does not start with \(prefix)", file: file, line: line)
        let stated = message.dropFirst(prefix.count)
        XCTAssertTrue(stated.localizedCaseInsensitiveContains(reason), "\(message) does not say \(reason)", file: file, line: line)
        XCTAssertTrue(run.err.hasSuffix("\n"), file: file, line: line)
    }

    func testEachBadInputAlone() throws {
        for (path, reason) in Self.cases {
            let run = try letters("extract", path)
            assertExit(run, 1)
            XCTAssertEqual(run.out, "", path)
            assertOneLine(run, file: path, reason: reason)
        }
    }

    func testEachBadInputIntoFolderWritesNothing() throws {
        let out = temp.appendingPathComponent("out")
        for (path, reason) in Self.cases {
            let run = try letters("extract", path, "-o", out.path)
            assertExit(run, 1)
            assertOneLine(run, file: path, reason: reason)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path), [])
    }

    /// Poppler logs every syntax error through GLib at INFO level; with G_MESSAGES_DEBUG set,
    /// GLib prints those on stdout. They must not reach either stream.
    func testPopplerDiagnosticsStayQuietUnderGMessagesDebug() throws {
        for env in ["all", "Poppler"] {
            let run = try letters("extract", fixture("truncated.pdf"), environment: ["G_MESSAGES_DEBUG": env])
            assertExit(run, 1)
            XCTAssertEqual(run.out, "", "G_MESSAGES_DEBUG=\(env)")
            assertOneLine(run, file: fixture("truncated.pdf"), reason: "damaged")
        }
        let good = try letters("extract", sample("seed-word.pdf"), environment: ["G_MESSAGES_DEBUG": "all"])
        assertExit(good, 0)
        XCTAssertNoThrow(try JSONSerialization.jsonObject(with: good.stdout))
    }

    /// Good and bad files in one call: the good ones are written, each bad one gets its line
    /// (in the order given), the exit status is 1, and no temporary file is left behind.
    func testMixedBatchStillWritesGoodFiles() throws {
        let out = temp.appendingPathComponent("out")
        let bad = Self.cases.map(\.file)
        let arguments = ["extract", sample("seed-word.pdf")] + bad.prefix(3) + [sample("seed-memo.pdf")] + bad.dropFirst(3)
            + [sample("open-letter-ogp-solidarity-2017.txt"), "-o", out.path]
        let run = try letters(arguments: arguments)
        assertExit(run, 1)
        XCTAssertEqual(run.out, "")
        XCTAssertEqual(run.errLines.count, bad.count, run.err)
        for (line, (path, reason)) in zip(run.errLines, Self.cases) {
            XCTAssertTrue(line.hasPrefix("letters: \(path): "), line)
            XCTAssertTrue(line.localizedCaseInsensitiveContains(reason), line)
        }
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        XCTAssertEqual(written, ["open-letter-ogp-solidarity-2017.json", "seed-memo.json", "seed-word.json"])
        XCTAssertNil(try SchemaValidator.errors(files: written.map { out.appendingPathComponent($0) }))
    }

    /// A failing file neither deletes nor truncates the output a previous run wrote for it, and
    /// an earlier file's output is replaced whole even though a later file fails.
    func testExistingOutputsSurviveALaterFailure() throws {
        let out = temp.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let previous = Data("{\"previous\": \"good output\"}\n".utf8)
        let truncatedJSON = out.appendingPathComponent("truncated.json")
        let wordJSON = out.appendingPathComponent("seed-word.json")
        try previous.write(to: truncatedJSON)
        try Data("stale".utf8).write(to: wordJSON)

        let run = try letters("extract", sample("seed-word.pdf"), fixture("truncated.pdf"), "-o", out.path)
        assertExit(run, 1)
        XCTAssertEqual(run.errLines.count, 1, run.err)
        XCTAssertEqual(try Data(contentsOf: truncatedJSON), previous)
        let replaced = try Data(contentsOf: wordJSON)
        XCTAssertEqual(try CanonicalJSON.decodeLetter(replaced).source.file, "seed-word.pdf")
        XCTAssertTrue(replaced.last == UInt8(ascii: "\n"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted(), ["seed-word.json", "truncated.json"])
    }

    /// An output that cannot be written is one clean line naming the output, not an NSError dump.
    func testUnwritableOutputIsReportedOnOneLine() throws {
        let out = temp.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out.appendingPathComponent("seed-word.json"), withIntermediateDirectories: true)
        let run = try letters("extract", sample("seed-word.pdf"), sample("seed-memo.pdf"), "-o", out.path)
        assertExit(run, 1)
        XCTAssertEqual(run.errLines.count, 1, run.err)
        let line = run.errLines.first ?? ""
        XCTAssertTrue(line.hasPrefix("letters: \(sample("seed-word.pdf")): cannot write "), line)
        XCTAssertTrue(line.hasSuffix("seed-word.json: Is a directory"), line)
        XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent("seed-memo.json").path))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted(), ["seed-memo.json", "seed-word.json"])
    }
}
