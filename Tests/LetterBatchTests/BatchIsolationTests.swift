import Foundation
#if canImport(Glibc)
import Glibc
#endif
import LetterBatch
import LetterModel
import XCTest

/// One batch over a folder mixing good letters with documents that fail in every way a worker
/// can: unreadable, encrypted, empty, crashing, hanging, exhausting memory.
final class BatchIsolationTests: XCTestCase {
    func testGoodLettersConvertAndEachBadOneIsReportedWithItsReason() throws {
        let scratch = try Scratch()
        var good: [String] = []
        for sample in try sampleFiles() {
            try scratch.copy(sample, to: "in/good/\(sample.lastPathComponent)")
            good.append("good/\(sample.lastPathComponent)")
        }
        try scratch.copy(BatchCLI.samples.appendingPathComponent("seed-memo.pdf"), to: "in/good/nested/deep/memo.pdf")
        good.append("good/nested/deep/memo.pdf")
        let letterText = BatchCLI.samples.appendingPathComponent("open-letter-ogp-solidarity-2017.txt")
        try scratch.copy(BatchCLI.fixtures.appendingPathComponent("truncated.pdf"), to: "in/bad/truncated.pdf")
        try scratch.copy(BatchCLI.fixtures.appendingPathComponent("encrypted-aes256.pdf"), to: "in/bad/encrypted-aes256.pdf")
        try scratch.write("", to: "in/bad/empty.txt")
        // Real letters: without LETTERS_TEST_HOOKS they would convert.
        try scratch.copy(letterText, to: "in/bad/crash-hook.txt")
        try scratch.copy(letterText, to: "in/bad/hang-hook.txt")
        // Under ASan or TSan (docs/reliability.md, "Sanitizers") a worker has no address-space
        // cap, so the memory hook's 16 GiB of reservations succeed or run into the time limit
        // depending on the machine's load: there is no limit to test, and the letter is left out.
        let sanitized = ["__asan_init", "__tsan_init"].contains { (name: String) in dlsym(nil, name) != nil }
        if !sanitized { try scratch.copy(letterText, to: "in/bad/memory-hook.txt") }
        try scratch.write("<html><body><p>Dear all,</p></body></html>", to: "in/note.html")
        try scratch.write("not a letter format", to: "in/ignored.docx")
        try scratch.copy(letterText, to: "in/.hidden.txt")

        let result = try BatchCLI.run(
            ["batch", scratch.path("in"), "-o", scratch.path("out"), "--jobs", "2", "--timeout", "3", "--memory-limit", "1024"],
            hooks: true)

        XCTAssertEqual(result.status, 1, result.stderr)
        for relative in good {
            let output = scratch.path("out/" + (relative as NSString).deletingPathExtension + ".json")
            let letter = try CanonicalJSON.decodeLetter(Data(contentsOf: URL(fileURLWithPath: output)))
            XCTAssertEqual(letter.source.sha256, try sha256(ofFile: scratch.path("in/" + relative)), relative)
        }
        XCTAssertEqual(scratch.files(under: "out/bad", endingWith: ".json"), [], "failed documents leave no JSON")

        let report = try JSONDecoder().decode(BatchReport.self, from: Data(contentsOf: URL(fileURLWithPath: scratch.path("out/batch-report.json"))))
        let byInput = Dictionary(uniqueKeysWithValues: report.documents.map { ($0.input, $0) })
        let expectedInputs = good + ["bad/truncated.pdf", "bad/encrypted-aes256.pdf", "bad/empty.txt", "bad/crash-hook.txt",
                                     "bad/hang-hook.txt", "note.html"] + (sanitized ? [] : ["bad/memory-hook.txt"])
        XCTAssertEqual(Set(byInput.keys), Set(expectedInputs.map { scratch.path("in/" + $0) }), "walk: known extensions, no hidden files")
        XCTAssertEqual(report.documents.map(\.input), report.documents.map(\.input).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        XCTAssertEqual(report.converted, good.count + (byInput[scratch.path("in/note.html")]?.status == .converted ? 1 : 0))
        XCTAssertEqual(report.skipped, 0)
        for relative in good {
            let document = try XCTUnwrap(byInput[scratch.path("in/" + relative)])
            XCTAssertEqual(document.status, .converted, relative)
            XCTAssertEqual(document.output, (relative as NSString).deletingPathExtension + ".json")
            XCTAssertEqual(document.sha256, try sha256(ofFile: scratch.path("in/" + relative)))
            XCTAssertNotNil(document.seconds)
            XCTAssertEqual(document.pages == nil, relative.hasSuffix(".txt"), relative)
        }

        // Under ASan or TSan the sanitizer catches the deliberate SIGSEGV and exits: the reason
        // says so, the document fails all the same.
        var reasons: [String: [String]] = [
            "bad/truncated.pdf": ["damaged"], "bad/encrypted-aes256.pdf": ["encrypted"], "bad/empty.txt": ["empty"],
            "bad/crash-hook.txt": sanitized ? ["Sanitizer: SEGV", "worker crashed (SIGSEGV)"] : ["worker crashed (SIGSEGV)"],
            "bad/hang-hook.txt": ["timed out after 3 s"],
        ]
        if !sanitized { reasons["bad/memory-hook.txt"] = ["out of memory"] }
        for (relative, reason) in reasons {
            let document = try XCTUnwrap(byInput[scratch.path("in/" + relative)])
            XCTAssertEqual(document.status, .failed, relative)
            XCTAssertTrue(reason.contains { document.error?.contains($0) == true }, "\(relative): \(document.error ?? "nil")")
            XCTAssertTrue(result.stderr.contains("\(scratch.path("in/" + relative)): \(document.error ?? "")"), result.stderr)
        }
        let html = try XCTUnwrap(byInput[scratch.path("in/note.html")])
        if html.status == .failed { XCTAssertFalse(html.error?.isEmpty ?? true) }

        XCTAssertTrue(result.stderr.contains("\(report.converted) converted, 0 skipped, \(report.failed) failed"), result.stderr)
        XCTAssertFalse(result.stderr.contains("\r"), "no carriage returns when stderr is not a terminal")
        XCTAssertFalse(result.stderr.contains("\u{1B}"), "no escape sequences when stderr is not a terminal")
        XCTAssertEqual(scratch.files(under: "out", endingWith: ".letters-tmp"), [])
    }

    func testHooksDoNothingWithoutTheEnvironmentVariable() throws {
        let scratch = try Scratch()
        let letterText = BatchCLI.samples.appendingPathComponent("open-letter-ogp-solidarity-2017.txt")
        try scratch.copy(letterText, to: "in/crash-hook.txt")
        try scratch.copy(letterText, to: "in/hang-hook.txt")

        let result = try BatchCLI.run(["batch", scratch.path("in"), "-o", scratch.path("out"), "--timeout", "3"], hooks: false)

        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(scratch.files(under: "out", endingWith: ".json"), ["batch-report.json", "crash-hook.json", "hang-hook.json"])
    }

    func testAFileReachedTwiceIsOneInput() throws {
        let scratch = try Scratch()
        try scratch.copy(BatchCLI.samples.appendingPathComponent("open-letter-ogp-solidarity-2017.txt"), to: "in/letter.txt")

        let result = try BatchCLI.run(["batch", scratch.path("in"), scratch.path("in/letter.txt"), "-o", scratch.path("out")])

        XCTAssertEqual(result.status, 0, result.stderr)
        let report = try JSONDecoder().decode(BatchReport.self, from: Data(contentsOf: URL(fileURLWithPath: scratch.path("out/batch-report.json"))))
        XCTAssertEqual(report.documents.map(\.input), [scratch.path("in/letter.txt")])
        XCTAssertEqual(report.converted, 1)
    }

    func testUsageErrorsAndMissingInputs() throws {
        let scratch = try Scratch()
        let missing = try BatchCLI.run(["batch", scratch.path("nowhere"), "-o", scratch.path("out")])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("no such file or folder"), missing.stderr)

        for bad in [["--shard", "4/3"], ["--shard", "x"], ["--jobs", "0"], ["--timeout", "0"]] {
            let result = try BatchCLI.run(["batch", scratch.path("in"), "-o", scratch.path("out")] + bad)
            XCTAssertEqual(result.status, 64, "\(bad): \(result.stderr)")
        }
    }
}
