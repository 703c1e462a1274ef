@testable import LetterBatch
import XCTest

final class ShardTests: XCTestCase {
    func testParsesKOfN() throws {
        let shard = try Shard(parsing: "2/5")
        XCTAssertEqual(shard.index, 2)
        XCTAssertEqual(shard.count, 5)
        XCTAssertEqual(shard.description, "2/5")
    }

    func testRejectsMalformedShards() {
        for text in ["0/3", "4/3", "1/0", "3", "a/b", "1/2/3", "-1/2", ""] {
            XCTAssertThrowsError(try Shard(parsing: text), text) { error in
                XCTAssertEqual((error as? BatchError)?.kind, .usage, text)
            }
        }
    }

    func testShardsPartitionPathsAndSpreadThem() throws {
        let paths = (0..<900).map { "folder\($0 % 7)/letter-\($0).pdf" }
        let shards = try (1...3).map { try Shard(index: $0, count: 3) }
        var counts = [0, 0, 0]
        for path in paths {
            let owners = shards.indices.filter { shards[$0].contains(relativePath: path) }
            XCTAssertEqual(owners.count, 1, path)
            if let owner = owners.first { counts[owner] += 1 }
        }
        // SHA-256 spreads 900 paths evenly: each shard within 250...350 of the expected 300.
        for count in counts { XCTAssertTrue((250...350).contains(count), "\(counts)") }
    }

    func testOneShardHoldsEverything() throws {
        let whole = try Shard(index: 1, count: 1)
        XCTAssertTrue(["a.pdf", "b/c.txt", "é.md"].allSatisfy { whole.contains(relativePath: $0) })
    }

    func testOutputPathMirrorsRelativePath() {
        XCTAssertEqual(BatchInput(path: "in/a/b.pdf", relativePath: "a/b.pdf").outputPath, "a/b.json")
        XCTAssertEqual(BatchInput(path: "x.tar.txt", relativePath: "x.tar.txt").outputPath, "x.tar.json")
        XCTAssertEqual(BatchInput(path: "in/.profile", relativePath: "d/.profile").outputPath, "d/.profile.json")
        XCTAssertEqual(BatchInput(path: "in/README", relativePath: "README").outputPath, "README.json")
    }

    // MARK: - --shard auto

    func testSlurmRangeArrayGivesDenseShards() throws {
        // sbatch --array=0-3: task IDs are the 0-based shard numbers.
        let dense = try (0...3).map { id in
            try Shard(environment: ["SLURM_ARRAY_TASK_ID": "\(id)", "SLURM_ARRAY_TASK_COUNT": "4", "SLURM_ARRAY_TASK_MIN": "0", "SLURM_ARRAY_TASK_MAX": "3"])
        }
        XCTAssertEqual(dense.map(\.description), ["1/4", "2/4", "3/4", "4/4"])
        // sbatch --array=10-16:3 (10, 13, 16); STEP set as Slurm sets it.
        let stepped = try [10, 13, 16].map { id in
            try Shard(environment: ["SLURM_ARRAY_TASK_ID": "\(id)", "SLURM_ARRAY_TASK_COUNT": "3", "SLURM_ARRAY_TASK_MIN": "10",
                                    "SLURM_ARRAY_TASK_MAX": "16", "SLURM_ARRAY_TASK_STEP": "3"])
        }
        XCTAssertEqual(stepped.map(\.description), ["1/3", "2/3", "3/3"])
        XCTAssertEqual(try Shard(parsing: "auto", environment: ["SLURM_ARRAY_TASK_ID": "1", "SLURM_ARRAY_TASK_COUNT": "2", "SLURM_ARRAY_TASK_MIN": "1"]),
                       try Shard(index: 1, count: 2))
    }

    func testSlurmArrayThatIsNotARangeIsRefused() {
        let cases: [[String: String]] = [
            // --array=1,4,9: three tasks whose IDs no range with a step gives.
            ["SLURM_ARRAY_TASK_ID": "4", "SLURM_ARRAY_TASK_COUNT": "3", "SLURM_ARRAY_TASK_MIN": "1", "SLURM_ARRAY_TASK_MAX": "9"],
            // An ID off the step.
            ["SLURM_ARRAY_TASK_ID": "2", "SLURM_ARRAY_TASK_COUNT": "2", "SLURM_ARRAY_TASK_MIN": "1", "SLURM_ARRAY_TASK_STEP": "2"],
            // COUNT or MIN missing, or not a number.
            ["SLURM_ARRAY_TASK_ID": "0", "SLURM_ARRAY_TASK_MIN": "0"],
            ["SLURM_ARRAY_TASK_ID": "0", "SLURM_ARRAY_TASK_COUNT": "2"],
            ["SLURM_ARRAY_TASK_ID": "x", "SLURM_ARRAY_TASK_COUNT": "2", "SLURM_ARRAY_TASK_MIN": "0"],
            // An ID past the count.
            ["SLURM_ARRAY_TASK_ID": "5", "SLURM_ARRAY_TASK_COUNT": "2", "SLURM_ARRAY_TASK_MIN": "0"],
        ]
        for environment in cases {
            XCTAssertThrowsError(try Shard(environment: environment), "\(environment)") { error in
                XCTAssertEqual((error as? BatchError)?.kind, .usage)
            }
        }
    }

    func testKubernetesIndexNeedsACount() throws {
        XCTAssertEqual(try Shard(environment: ["JOB_COMPLETION_INDEX": "0", "LETTERS_SHARD_COUNT": "5"]), try Shard(index: 1, count: 5))
        XCTAssertEqual(try Shard(environment: ["JOB_COMPLETION_INDEX": "4", "LETTERS_SHARD_COUNT": "5"]), try Shard(index: 5, count: 5))
        for environment in [["JOB_COMPLETION_INDEX": "0"], ["JOB_COMPLETION_INDEX": "5", "LETTERS_SHARD_COUNT": "5"], [:]] {
            XCTAssertThrowsError(try Shard(environment: environment), "\(environment)") { error in
                XCTAssertEqual((error as? BatchError)?.kind, .usage)
            }
        }
        // Slurm's variables win over a stray index.
        XCTAssertEqual(try Shard(environment: ["JOB_COMPLETION_INDEX": "0", "LETTERS_SHARD_COUNT": "5",
                                               "SLURM_ARRAY_TASK_ID": "1", "SLURM_ARRAY_TASK_COUNT": "2", "SLURM_ARRAY_TASK_MIN": "0"]),
                       try Shard(index: 2, count: 2))
    }
}
