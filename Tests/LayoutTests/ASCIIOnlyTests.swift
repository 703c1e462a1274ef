import Foundation
import Layout
import XCTest

/// `isASCIIOnly` read from contiguous bytes: the same answer as a walk over the scalars, for
/// native strings, substrings and a string bridged from Foundation.
final class ASCIIOnlyTests: XCTestCase {
    func testAgreesWithScalarWalk() {
        let texts = ["", "plain ASCII 123", "café", "e\u{301}", "\u{7F}", "tab\tand\r\nCRLF", "Ｆull", "ends with é",
                     NSString(string: "bridged é").description, NSString(string: "bridged").description]
        for text in texts {
            XCTAssertEqual(text.isASCIIOnly, text.unicodeScalars.allSatisfy(\.isASCII), text.debugDescription)
            let sub = text.dropFirst()
            XCTAssertEqual(sub.isASCIIOnly, sub.unicodeScalars.allSatisfy(\.isASCII), text.debugDescription)
        }
        XCTAssertFalse("naïve".isASCIIOnly)
        XCTAssertTrue("naive".isASCIIOnly)
    }
}
