import Foundation
import LetterBatch
import XCTest

final class BatchShardTests: XCTestCase {
    func testShardsPartitionTheInputsExactly() throws {
        let scratch = try Scratch()
        let letter = BatchCLI.samples.appendingPathComponent("open-letter-ogp-solidarity-2017.txt")
        var all: Set<String> = []
        for i in 0..<24 {
            let relative = "\(i % 3 == 0 ? "a" : "b/c")/letter-\(i).txt"
            try scratch.copy(letter, to: "in/" + relative)
            all.insert(scratch.path("in/" + relative))
        }

        var shards: [Set<String>] = []
        for k in 1...3 {
            let result = try BatchCLI.run(["batch", scratch.path("in"), "-o", scratch.path("out"), "--shard", "\(k)/3"])
            XCTAssertEqual(result.status, 0, result.stderr)
            let report = try JSONDecoder().decode(BatchReport.self, from: Data(contentsOf: URL(fileURLWithPath: scratch.path("out/batch-report.shard-\(k)-of-3.json"))))
            XCTAssertEqual(report.shard, "\(k)/3")
            XCTAssertEqual(report.converted, report.documents.count)
            shards.append(Set(report.documents.map(\.input)))
        }

        XCTAssertEqual(shards.reduce(into: Set<String>()) { $0.formUnion($1) }, all, "union is every input")
        XCTAssertEqual(shards.map(\.count).reduce(0, +), all.count, "pairwise disjoint")
        XCTAssertTrue(shards.allSatisfy { !$0.isEmpty }, "\(shards.map(\.count))")
        XCTAssertEqual(scratch.files(under: "out", endingWith: ".json").filter { !$0.hasPrefix("batch-report") }.count, all.count)

        // The same shard again picks the same inputs; the whole set after the shards is all skipped.
        let again = try BatchCLI.run(["batch", scratch.path("in"), "-o", scratch.path("out"), "--shard", "2/3"])
        XCTAssertEqual(again.status, 0)
        let secondReport = try JSONDecoder().decode(BatchReport.self, from: Data(contentsOf: URL(fileURLWithPath: scratch.path("out/batch-report.shard-2-of-3.json"))))
        XCTAssertEqual(Set(secondReport.documents.map(\.input)), shards[1])
        XCTAssertEqual(secondReport.skipped, shards[1].count)

        let whole = try BatchCLI.run(["batch", scratch.path("in"), "-o", scratch.path("out")])
        XCTAssertEqual(whole.status, 0)
        let wholeReport = try JSONDecoder().decode(BatchReport.self, from: Data(contentsOf: URL(fileURLWithPath: scratch.path("out/batch-report.json"))))
        XCTAssertEqual(wholeReport.skipped, all.count, "a rerun reads the shards' journals")
    }
}
