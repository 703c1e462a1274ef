@testable import LetterParser
import XCTest

/// Runs of ASCII are classified from their bytes; every kind of run must come out as the
/// Character walk classifies it.
final class DateTokenASCIITests: XCTestCase {
    func testASCIIRunsMatchCharacterWalk() {
        let texts = ["1st 2ND 3Rd 10TH 4th.", "0000000001 123456789 1234567890 12345678901", "May23 23May a1 A 7o 1er 2E",
                     "08/05/2025", "Date: 3 May, 2020.", "Z 9 z", "Monday 01.02.2003", "1TH1 12-th", ""]
        for text in texts {
            XCTAssertEqual(DateTokenizer.tokenize(text), DateTokenizer.slowTokenize(text), text)
        }
        let tokens = DateTokenizer.tokenize("Berlin 27TH May23 2020")
        XCTAssertEqual(tokens.map(\.kind), [.word, .number, .other, .number])
        XCTAssertEqual(tokens.map(\.key), ["berlin", "27", "may23", "2020"])
        XCTAssertEqual(tokens.map(\.capitalised), [true, false, true, false])
        XCTAssertEqual(tokens[1].ordinal, true)
        XCTAssertEqual(DateTokenizer.tokenize("1234567890").first?.kind, .other, "ten digits are no date number")
    }
}
