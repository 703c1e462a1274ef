import Foundation
import LetterExtractor
import LetterModel
import XCTest

/// Text letters in other encodings reach the letter with their names intact and a warning.
final class TextEncodingTests: XCTestCase {
    static let text = "Dear Minister,\n\nWe, the undersigned, write about the surveillance of civil society.\n\nSincerely,\n\nJosé Pérez\n"

    func testLatin1LetterKeepsItsNamesAndSaysSo() throws {
        let data = Data(Self.text.unicodeScalars.map { UInt8($0.value) })
        let letter = try LetterExtractor.extract(data: data, name: "latin1.txt", format: .text)
        let json = String(decoding: try CanonicalJSON.encode(letter), as: UTF8.self)
        XCTAssertTrue(json.contains("José Pérez"), json)
        XCTAssertFalse(json.contains("Ã"), json)
        XCTAssertTrue(letter.warnings.map(\.message).contains("text is not UTF-8 (2 invalid sequences); read as Windows-1252 (Latin-1)"), "\(letter.warnings)")
    }

    func testStrayByteInUTF8LetterIsReplacedAndSaid() throws {
        var data = Data(Self.text.utf8)
        data.insert(0xC3, at: 5) // a lead byte with no continuation
        let letter = try LetterExtractor.extract(data: data, name: "stray.txt", format: .text)
        let json = String(decoding: try CanonicalJSON.encode(letter), as: UTF8.self)
        XCTAssertTrue(json.contains("José Pérez"), json)
        XCTAssertFalse(json.contains("Ã"), json)
        XCTAssertTrue(letter.warnings.map(\.message).contains { $0.hasPrefix("1 invalid UTF-8 sequence replaced by U+FFFD") }, "\(letter.warnings)")
    }

    func testUTF16MarkdownIsRead() throws {
        let data = Data([0xFF, 0xFE] + Self.text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let letter = try LetterExtractor.extract(data: data, name: "utf16.md", format: .markdown)
        let json = String(decoding: try CanonicalJSON.encode(letter), as: UTF8.self)
        XCTAssertTrue(json.contains("José Pérez"), json)
        XCTAssertTrue(letter.warnings.map(\.message).contains("read as UTF-16 little-endian (byte order mark)"), "\(letter.warnings)")
    }
}

/// Markdown footnotes defined on consecutive lines reach the letter as separate notes.
final class MarkdownFootnoteExtractionTests: XCTestCase {
    func testConsecutiveFootnoteDefinitionsAreAllKept() throws {
        let text = """
            Dear Minister,

            We write about the surveillance of civil society.[^1] It must stop now.[^2]

            Sincerely,

            Jane Smith

            [^1]: First note about surveillance.
            [^2]: Second note about stopping it.
            """
        let letter = try LetterExtractor.extract(data: Data(text.utf8), name: "notes.md", format: .markdown)
        XCTAssertEqual(letter.footnotes.map(\.label), ["1", "2"], "\(letter.footnotes)")
        XCTAssertEqual(letter.footnotes.last?.text, "Second note about stopping it.")
    }
}
