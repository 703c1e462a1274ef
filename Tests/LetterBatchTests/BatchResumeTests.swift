import Foundation
import LetterBatch
import LetterModel
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Reruns skip what is up to date, and a batch killed at any moment leaves only whole files.
final class BatchResumeTests: XCTestCase {
    private func report(_ scratch: Scratch, _ name: String = "out/batch-report.json") throws -> BatchReport {
        try JSONDecoder().decode(BatchReport.self, from: Data(contentsOf: URL(fileURLWithPath: scratch.path(name))))
    }

    private func inode(_ path: String) throws -> UInt64 {
        try XCTUnwrap((try FileManager.default.attributesOfItem(atPath: path))[.systemFileNumber] as? UInt64)
    }

    func testRerunSkipsForceRedoesAndChangesConvertAgain() throws {
        let scratch = try Scratch()
        let samples = try sampleFiles()
        for sample in samples { try scratch.copy(sample, to: "in/\(sample.lastPathComponent)") }
        let outputs = samples.map { scratch.path("out/" + $0.deletingPathExtension().lastPathComponent + ".json") }
        let batch = ["batch", scratch.path("in"), "-o", scratch.path("out"), "--jobs", "2"]

        let first = try BatchCLI.run(batch)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(try report(scratch).converted, samples.count)
        let inodes = try outputs.map(inode)

        let second = try BatchCLI.run(batch)
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertEqual(try report(scratch).skipped, samples.count)
        XCTAssertEqual(try report(scratch).converted, 0)
        XCTAssertEqual(try outputs.map(inode), inodes, "skipped outputs are not rewritten")
        XCTAssertTrue(try report(scratch).documents.allSatisfy { $0.sha256 != nil && $0.seconds == nil })

        let forced = try BatchCLI.run(batch + ["--force"])
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertEqual(try report(scratch).converted, samples.count)
        XCTAssertTrue(zip(try outputs.map(inode), inodes).allSatisfy { $0 != $1 }, "--force rewrites every output")

        // Changed source bytes: only that letter converts again.
        let text = try XCTUnwrap(samples.first { $0.pathExtension == "txt" })
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: scratch.path("in/\(text.lastPathComponent)")))
        handle.seekToEndOfFile()
        handle.write(Data("\nP.S. One more line.\n".utf8))
        try handle.close()
        XCTAssertEqual(try BatchCLI.run(batch).status, 0)
        let changed = try report(scratch)
        XCTAssertEqual(changed.converted, 1)
        XCTAssertEqual(changed.documents.first { $0.status == .converted }?.input, scratch.path("in/\(text.lastPathComponent)"))
        let rewritten = try CanonicalJSON.decodeLetter(Data(contentsOf: URL(fileURLWithPath: scratch.path("out/" + text.deletingPathExtension().lastPathComponent + ".json"))))
        XCTAssertEqual(rewritten.source.sha256, try sha256(ofFile: scratch.path("in/\(text.lastPathComponent)")))

        // An output made by another extractor version converts again.
        let journal = scratch.path("out/.batch-state.ndjson")
        let lines = try String(contentsOfFile: journal, encoding: .utf8)
        XCTAssertTrue(lines.contains("\"extractor_version\":\""))
        try lines.replacingOccurrences(of: "\"extractor_version\":\"", with: "\"extractor_version\":\"old-")
            .write(toFile: journal, atomically: true, encoding: .utf8)
        XCTAssertEqual(try BatchCLI.run(batch).status, 0)
        XCTAssertEqual(try report(scratch).converted, samples.count)

        // An output edited by hand is not the one recorded: it converts again.
        try Data("{}".utf8).write(to: URL(fileURLWithPath: outputs[0]))
        XCTAssertEqual(try BatchCLI.run(batch).status, 0)
        XCTAssertEqual(try report(scratch).converted, 1)
        XCTAssertNoThrow(try CanonicalJSON.decodeLetter(Data(contentsOf: URL(fileURLWithPath: outputs[0]))))
    }

    func testKillDuringBatchThenRerunYieldsEveryOutputWhole() throws {
        let scratch = try Scratch()
        var expected: [String] = []
        for (i, sample) in try sampleFiles().enumerated() {
            for copy in 0..<8 {
                let name = "slow-hook-\(i)-\(copy).\(sample.pathExtension)"
                try scratch.copy(sample, to: "in/\(copy % 2 == 0 ? "even" : "odd")/\(name)")
                expected.append("\(copy % 2 == 0 ? "even" : "odd")/slow-hook-\(i)-\(copy).json")
            }
        }
        let batch = ["batch", scratch.path("in"), "-o", scratch.path("out"), "--jobs", "2"]
        let journal = scratch.path("out/.batch-state.ndjson")

        // Each document takes 0.2 s more with the hooks on; kill once two are recorded.
        let running = try BatchCLI.start(batch, hooks: true)
        var recorded = 0
        for _ in 0..<600 where recorded < 2 {
            usleep(50_000)
            recorded = ((try? String(contentsOfFile: journal, encoding: .utf8)) ?? "").filter { $0 == "\n" }.count
        }
        let workers = children(of: running.process.processIdentifier)
        kill(running.process.processIdentifier, SIGKILL)
        let killed = try BatchCLI.finish(running)
        XCTAssertEqual(killed.status, SIGKILL, "the batch was still running")
        XCTAssertEqual(workers.count, 2, "two workers ran")
        // Orphaned workers notice and exit (within a quarter of a second; allow 30 s).
        for _ in 0..<600 where workers.contains(where: isRunning) { usleep(50_000) }
        XCTAssertFalse(workers.contains(where: isRunning), "workers outlived the batch")
        XCTAssertGreaterThanOrEqual(recorded, 2)
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch.path("out/batch-report.json")), "killed before the end")
        let partial = scratch.files(under: "out", endingWith: ".json")
        XCTAssertLessThan(partial.count, expected.count)
        for name in partial {
            XCTAssertNoThrow(try CanonicalJSON.decodeLetter(Data(contentsOf: URL(fileURLWithPath: scratch.path("out/" + name)))), name)
        }
        // A temporary file of a process that is gone, as a kill mid-write leaves.
        try scratch.write("{\"partial", to: "out/odd/.slow-hook-0-1.json.999999999.letters-tmp")

        let rerun = try BatchCLI.run(batch)

        XCTAssertEqual(rerun.status, 0, rerun.stderr)
        XCTAssertEqual(scratch.files(under: "out", endingWith: ".json"), (expected + ["batch-report.json"]).sorted())
        XCTAssertEqual(scratch.files(under: "out", endingWith: ".letters-tmp"), [])
        for name in expected {
            let letter = try CanonicalJSON.decodeLetter(Data(contentsOf: URL(fileURLWithPath: scratch.path("out/" + name))))
            let stem = ((name as NSString).lastPathComponent as NSString).deletingPathExtension
            XCTAssertTrue(letter.source.file.hasPrefix(stem + "."), "\(name) holds \(letter.source.file)")
        }
        let report = try report(scratch)
        XCTAssertEqual(report.documents.count, expected.count)
        XCTAssertEqual(report.converted + report.skipped, expected.count)
        XCTAssertGreaterThanOrEqual(report.skipped, recorded, "what the killed run recorded is not redone")
    }
}

/// Processes whose parent is `pid`, from /proc (Linux).
private func children(of pid: pid_t) -> [pid_t] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.compactMap { entry -> pid_t? in
        guard let child = pid_t(entry),
              let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        // After "(name)": state, then the parent's pid.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        return fields.count > 1 && pid_t(fields[1]) == pid ? child : nil
    }
}

/// Whether `pid` runs (a zombie waiting for a reaper has ended).
private func isRunning(_ pid: pid_t) -> Bool {
    guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
          let close = stat.lastIndex(of: ")") else { return false }
    return stat[stat.index(after: close)...].split(separator: " ").first != "Z"
}
