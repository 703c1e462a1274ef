import Foundation
import LetterBatch
import LetterModel
import XCTest

/// Folder-per-year views built from links: every path is an input with its own output and its
/// own report entry, the file behind them converted once.
final class SameFileTests: XCTestCase {
    private func report(_ scratch: Scratch, _ name: String = "out/batch-report.json") throws -> BatchReport {
        try JSONDecoder().decode(BatchReport.self, from: Data(contentsOf: URL(fileURLWithPath: scratch.path(name))))
    }

    /// `archive/` holds the letters; `by-year/2017/` and `by-topic/ogp/` link to them.
    private func linkedFolders(_ scratch: Scratch) throws -> [String] {
        try scratch.copy(BatchCLI.samples.appendingPathComponent("seed-memo.pdf"), to: "in/archive/memo.pdf")
        try scratch.copy(BatchCLI.samples.appendingPathComponent("open-letter-ogp-solidarity-2017.txt"), to: "in/archive/ogp.txt")
        let fm = FileManager.default
        for folder in ["in/by-year/2017", "in/by-topic/ogp"] {
            try fm.createDirectory(atPath: scratch.path(folder), withIntermediateDirectories: true)
        }
        try fm.createSymbolicLink(atPath: scratch.path("in/by-year/2017/memo.pdf"), withDestinationPath: "../../archive/memo.pdf")
        try fm.createSymbolicLink(atPath: scratch.path("in/by-year/2017/ogp.txt"), withDestinationPath: scratch.path("in/archive/ogp.txt"))
        try fm.createSymbolicLink(atPath: scratch.path("in/by-topic/ogp/solidarity.txt"), withDestinationPath: "../../archive/ogp.txt")
        // A hard link is the same file as well.
        try fm.linkItem(atPath: scratch.path("in/archive/memo.pdf"), toPath: scratch.path("in/by-topic/memo-copy.pdf"))
        return ["archive/memo.pdf", "archive/ogp.txt", "by-topic/memo-copy.pdf", "by-topic/ogp/solidarity.txt",
                "by-year/2017/memo.pdf", "by-year/2017/ogp.txt"]
    }

    func testEveryLinkedPathGetsItsOutputAndReportEntry() throws {
        let scratch = try Scratch()
        let inputs = try linkedFolders(scratch)
        let run = try BatchCLI.run(["batch", scratch.path("in"), "-o", scratch.path("out"), "--jobs", "2"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stderr.contains("6 converted, 0 skipped, 0 failed"), run.stderr)
        XCTAssertEqual(scratch.files(under: "out", endingWith: ".json").filter { !$0.hasPrefix("batch-report") },
                       inputs.map { ($0 as NSString).deletingPathExtension + ".json" }.sorted())

        let report = try report(scratch)
        XCTAssertEqual(report.documents.map(\.input), inputs.map { scratch.path("in/" + $0) }, "every input path in the report")
        XCTAssertEqual(report.converted, 6)
        let byInput = Dictionary(uniqueKeysWithValues: report.documents.map { ($0.input, $0) })
        // The first path (in path order) was converted; the others name it.
        XCTAssertNil(byInput[scratch.path("in/archive/memo.pdf")]?.sameAs)
        XCTAssertNil(byInput[scratch.path("in/archive/ogp.txt")]?.sameAs)
        XCTAssertNotNil(byInput[scratch.path("in/archive/memo.pdf")]?.seconds)
        for (alias, first) in [("by-topic/memo-copy.pdf", "archive/memo.pdf"), ("by-year/2017/memo.pdf", "archive/memo.pdf"),
                               ("by-topic/ogp/solidarity.txt", "archive/ogp.txt"), ("by-year/2017/ogp.txt", "archive/ogp.txt")] {
            let document = try XCTUnwrap(byInput[scratch.path("in/" + alias)])
            XCTAssertEqual(document.sameAs, scratch.path("in/" + first), alias)
            XCTAssertNil(document.seconds, "not converted again: \(alias)")
            XCTAssertEqual(document.status, .converted)
            XCTAssertEqual(document.sha256, try sha256(ofFile: scratch.path("in/" + first)))
            // Its output is the first one's, byte for byte.
            let output = try Data(contentsOf: URL(fileURLWithPath: scratch.path("out/" + document.output)))
            let firstOutput = try Data(contentsOf: URL(fileURLWithPath: scratch.path("out/" + (first as NSString).deletingPathExtension + ".json")))
            XCTAssertEqual(output, firstOutput, alias)
        }
        // The report says it in JSON as documented.
        let raw = try String(contentsOfFile: scratch.path("out/batch-report.json"), encoding: .utf8)
        XCTAssertTrue(raw.contains("\"same_as\": \"\(scratch.path("in/archive/memo.pdf"))\""), raw)

        // A rerun skips them all, the linked ones too.
        let again = try BatchCLI.run(["batch", scratch.path("in"), "-o", scratch.path("out")])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertTrue(again.stderr.contains("0 converted, 6 skipped, 0 failed"), again.stderr)
    }

    /// 20 links to one file in 20 folders: 20 outputs, one conversion.
    func testManyLinksToOneFile() throws {
        let scratch = try Scratch()
        try scratch.copy(BatchCLI.samples.appendingPathComponent("seed-word.pdf"), to: "letters/word.pdf")
        for year in 2000..<2020 {
            try FileManager.default.createDirectory(atPath: scratch.path("views/\(year)"), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: scratch.path("views/\(year)/word.pdf"), withDestinationPath: scratch.path("letters/word.pdf"))
        }
        let run = try BatchCLI.run(["batch", scratch.path("views"), "-o", scratch.path("out")])
        XCTAssertEqual(run.status, 0, run.stderr)
        let report = try report(scratch)
        XCTAssertEqual(report.documents.count, 20)
        XCTAssertEqual(report.converted, 20)
        XCTAssertEqual(report.documents.filter { $0.sameAs == nil }.count, 1, "converted once")
        XCTAssertEqual(scratch.files(under: "out", endingWith: "word.json").count, 20)
    }

    /// A file that fails fails under every path, each with its own entry.
    func testALinkToAFailingFileIsReportedFailed() throws {
        let scratch = try Scratch()
        try scratch.write("%PDF-1.4 truncated", to: "in/a/bad.pdf")
        try FileManager.default.createDirectory(atPath: scratch.path("in/b"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: scratch.path("in/b/bad.pdf"), withDestinationPath: scratch.path("in/a/bad.pdf"))
        let run = try BatchCLI.run(["batch", scratch.path("in"), "-o", scratch.path("out")])
        XCTAssertEqual(run.status, 1, run.stderr)
        let report = try report(scratch)
        XCTAssertEqual(report.failed, 2)
        let alias = try XCTUnwrap(report.documents.last)
        XCTAssertEqual(alias.input, scratch.path("in/b/bad.pdf"))
        XCTAssertTrue(alias.error?.hasPrefix("same file as \(scratch.path("in/a/bad.pdf")), which failed: ") ?? false, alias.error ?? "")
    }
}

/// `batch --format` and `-q`/`-v` on batch.
final class BatchFormatTests: XCTestCase {
    func testFormatsWriteTheirOwnExtensions() throws {
        let scratch = try Scratch()
        try scratch.copy(BatchCLI.samples.appendingPathComponent("seed-memo.pdf"), to: "in/2017/memo.pdf")
        try scratch.copy(BatchCLI.samples.appendingPathComponent("open-letter-ogp-solidarity-2017.txt"), to: "in/ogp.txt")
        for (format, ext) in [("tei", "xml"), ("md", "md"), ("text", "txt")] {
            let run = try BatchCLI.run(["batch", scratch.path("in"), "-o", scratch.path("out-\(format)"), "--format", format])
            XCTAssertEqual(run.status, 0, run.stderr)
            XCTAssertEqual(scratch.files(under: "out-\(format)", endingWith: "." + ext), ["2017/memo.\(ext)", "ogp.\(ext)"], format)
            XCTAssertEqual(scratch.files(under: "out-\(format)", endingWith: ".json"), ["batch-report.json"], format)
            // The same bytes as `extract --format`.
            let single = try BatchCLI.run(["extract", "--format", format, scratch.path("in/2017/memo.pdf")])
            XCTAssertEqual(try String(contentsOfFile: scratch.path("out-\(format)/2017/memo.\(ext)"), encoding: .utf8), single.stdout, format)
        }
        let tei = try String(contentsOfFile: scratch.path("out-tei/ogp.xml"), encoding: .utf8)
        XCTAssertTrue(tei.contains("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\""), tei)
    }

    func testQuietAndVerboseBatch() throws {
        let scratch = try Scratch()
        try scratch.copy(BatchCLI.samples.appendingPathComponent("seed-memo.pdf"), to: "in/memo.pdf")
        try scratch.write("%PDF-1.4 truncated", to: "in/bad.pdf")
        let quiet = try BatchCLI.run(["batch", "-q", scratch.path("in"), "-o", scratch.path("out-q")])
        XCTAssertEqual(quiet.status, 1)
        XCTAssertEqual(quiet.stderr.split(separator: "\n").count, 1, "only the failure: \(quiet.stderr)")
        XCTAssertTrue(quiet.stderr.hasPrefix("letters: \(scratch.path("in/bad.pdf")): "), quiet.stderr)

        let verbose = try BatchCLI.run(["batch", "-v", scratch.path("in"), "-o", scratch.path("out-v")])
        XCTAssertEqual(verbose.status, 1)
        XCTAssertTrue(verbose.stderr.contains("letters: \(scratch.path("in/memo.pdf")): converted in "), verbose.stderr)
        XCTAssertTrue(verbose.stderr.contains(", 2 pages -> memo.json") || verbose.stderr.contains(" pages -> memo.json"), verbose.stderr)
        XCTAssertTrue(verbose.stderr.contains("letters: \(scratch.path("in/bad.pdf")): failed"), verbose.stderr)
        XCTAssertTrue(verbose.stderr.contains("1 converted, 0 skipped, 1 failed"), verbose.stderr)
    }
}
