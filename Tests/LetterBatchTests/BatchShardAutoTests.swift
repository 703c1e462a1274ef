import Foundation
import LetterBatch
import TestSupport
import XCTest

/// `letters batch --shard auto` as a cluster runs it: N processes of the real binary at once,
/// sharing IN and OUT, each with only the scheduler's variables to tell it its part.
final class BatchShardAutoTests: XCTestCase {
    /// A Slurm array submitted as `--array=3-9:2` (tasks 3, 5, 7, 9): four shards.
    func testSlurmArrayTasksConvertEveryInputExactlyOnce() throws {
        let tasks = [3, 5, 7, 9]
        try assertShardsConvertEachInputOnce(count: tasks.count) { k in
            ["SLURM_ARRAY_TASK_ID": String(tasks[k - 1]), "SLURM_ARRAY_TASK_COUNT": "4",
             "SLURM_ARRAY_TASK_MIN": "3", "SLURM_ARRAY_TASK_MAX": "9", "SLURM_ARRAY_TASK_STEP": "2",
             "JOB_COMPLETION_INDEX": nil, "LETTERS_SHARD_COUNT": nil]
        }
    }

    /// A Kubernetes indexed Job with `completions: 3`: pods 0, 1, 2.
    func testKubernetesIndexedJobPodsConvertEveryInputExactlyOnce() throws {
        try assertShardsConvertEachInputOnce(count: 3) { k in
            ["JOB_COMPLETION_INDEX": String(k - 1), "LETTERS_SHARD_COUNT": "3",
             "SLURM_ARRAY_TASK_ID": nil, "SLURM_ARRAY_TASK_COUNT": nil, "SLURM_ARRAY_TASK_MIN": nil,
             "SLURM_ARRAY_TASK_MAX": nil, "SLURM_ARRAY_TASK_STEP": nil]
        }
    }

    func testAutoWithoutASchedulerIsAUsageError() throws {
        let scratch = try Scratch()
        try scratch.write("Dear Anna,\n\nThanks.\n\nBest,\nBo\n", to: "in/a.txt")
        let started = try StartedProgram(BatchCLI.binary, ["batch", scratch.path("in"), "-o", scratch.path("out"), "--shard", "auto"],
                                         environment: ["SLURM_ARRAY_TASK_ID": nil, "JOB_COMPLETION_INDEX": nil])
        let result = try BatchCLI.finish(started)
        XCTAssertEqual(result.status, 64, result.stderr)
        XCTAssertTrue(result.stderr.contains("JOB_COMPLETION_INDEX"), result.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: scratch.path("out/a.json")))
    }

    /// Starts `count` batches at once, shard K's process with `environment(K)`, and checks that
    /// each input has one output, is listed in exactly one shard's report, and in the shard
    /// ``Shard/contains(relativePath:)`` gives it: the scheduler's index became the right K.
    private func assertShardsConvertEachInputOnce(count: Int, environment: (Int) -> [String: String?]) throws {
        let scratch = try Scratch()
        var relativePaths: [String] = []
        for (i, sample) in try sampleFiles().enumerated() {
            let relative = "\(i % 2 == 0 ? "x" : "y/z")/\(sample.lastPathComponent)"
            try scratch.copy(sample, to: "in/" + relative)
            relativePaths.append(relative)
        }
        let letter = BatchCLI.samples.appendingPathComponent("open-letter-ogp-solidarity-2017.txt")
        for i in 0..<20 {
            try scratch.copy(letter, to: "in/more/letter-\(i).txt")
            relativePaths.append("more/letter-\(i).txt")
        }
        XCTAssertTrue(relativePaths.contains { $0.hasSuffix(".pdf") }, "PDFs among the inputs")

        let processes = try (1...count).map { k in
            try StartedProgram(BatchCLI.binary, ["batch", scratch.path("in"), "-o", scratch.path("out"), "--shard", "auto", "--jobs", "1"],
                               environment: environment(k).merging(["LETTERS_TEST_HOOKS": nil]) { _, new in new })
        }
        var seen: [String: Int] = [:]
        for (k, process) in zip(1...count, processes) {
            let result = try BatchCLI.finish(process)
            XCTAssertEqual(result.status, 0, "shard \(k): \(result.stderr)")
            let reportPath = scratch.path("out/batch-report.shard-\(k)-of-\(count).json")
            let report = try JSONDecoder().decode(BatchReport.self, from: Data(contentsOf: URL(fileURLWithPath: reportPath)))
            XCTAssertEqual(report.shard, "\(k)/\(count)")
            XCTAssertEqual(report.converted, report.documents.count, "shard \(k) converted all it listed")
            let shard = try Shard(index: k, count: count)
            for document in report.documents {
                let relative = String(document.input.dropFirst(scratch.path("in").count + 1))
                XCTAssertTrue(shard.contains(relativePath: relative), "\(relative) is not shard \(k)'s")
                seen[relative, default: 0] += 1
            }
        }
        XCTAssertEqual(Set(seen.keys), Set(relativePaths), "every input in some shard's report")
        XCTAssertEqual(seen.filter { $0.value != 1 }, [:], "no input converted twice")
        let outputs = scratch.files(under: "out", endingWith: ".json").filter { !$0.hasPrefix("batch-report") }
        XCTAssertEqual(outputs, relativePaths.map { ($0 as NSString).deletingPathExtension + ".json" }.sorted())
    }
}
