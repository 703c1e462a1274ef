import Foundation
import LetterExtractor
import XCTest

/// Which pipeline a file takes: by extension first, then by its first bytes.
final class SourceFormatTests: XCTestCase {
    func testExtensionsDecide() {
        XCTAssertEqual(SourceFormat.detect(name: "a.PDF", data: Data()), .pdf)
        XCTAssertEqual(SourceFormat.detect(name: "a.md", data: Data("%PDF-1.7".utf8)), .markdown)
        XCTAssertEqual(SourceFormat.detect(name: "a.htm", data: Data()), .html)
    }

    func testContentDecidesWithoutAKnownExtension() {
        XCTAssertEqual(SourceFormat.detect(name: "letter", data: Data("%PDF-1.4\n…".utf8)), .pdf)
        XCTAssertEqual(SourceFormat.detect(name: "letter", data: Data("<!DOCTYPE html><html><body>".utf8)), .html)
        XCTAssertEqual(SourceFormat.detect(name: "letter.eml", data: Data("  <HTML lang=\"en\">".utf8)), .html)
        XCTAssertEqual(SourceFormat.detect(name: "letter", data: Data("Dear Sir,\n\nWe write…".utf8)), .text)
    }
}
