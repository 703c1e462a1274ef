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
}
