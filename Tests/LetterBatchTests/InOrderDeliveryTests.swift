@testable import LetterBatch
import XCTest

/// Workers finish in any order; callers of `BatchRunner.run` hear of documents in input order.
final class InOrderDeliveryTests: XCTestCase {
    private func document(_ name: String) -> BatchDocument {
        BatchDocument(input: name, output: name + ".json", status: .converted)
    }

    func testDocumentsWaitForEveryOneBeforeThem() throws {
        var delivery = InOrderDelivery()
        var heard: [String] = []
        let record: (BatchDocument) throws(BatchError) -> Void = { heard.append($0.input) }
        try delivery.settle(document("c"), at: 2, to: record)
        try delivery.settle(document("b"), at: 1, to: record)
        XCTAssertEqual(heard, [], "nothing before the first document")
        try delivery.settle(document("a"), at: 0, to: record)
        XCTAssertEqual(heard, ["a", "b", "c"])
        try delivery.settle(document("e"), at: 4, to: record)
        try delivery.settle(document("d"), at: 3, to: record)
        XCTAssertEqual(heard, ["a", "b", "c", "d", "e"])
    }
}
