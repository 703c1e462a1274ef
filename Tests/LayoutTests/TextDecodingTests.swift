import Layout
import XCTest

/// Text letters' bytes into strings: UTF-8 as is, byte order marks honoured, a stray bad byte
/// replaced rather than the whole letter re-read as Latin-1, legacy Windows-1252 recognised,
/// and a warning whenever something was assumed.
final class TextDecodingTests: XCTestCase {
    let letter = "Dear Minister,\nJosé Pérez and Zoë Müller sign this “open” letter — 2 €.\n"

    func testPlainUTF8IsTakenAsItIsWithoutWarning() {
        XCTAssertEqual(TextDecoding.decode(Array(letter.utf8)), .init(text: letter, warnings: []))
    }

    func testOneStrayByteInUTF8IsReplacedNotMojibake() {
        var bytes = Array(letter.utf8)
        bytes.insert(0xFF, at: 10)
        let decoded = TextDecoding.decode(bytes)
        XCTAssertTrue(decoded.text.contains("José Pérez and Zoë Müller"), decoded.text)
        XCTAssertFalse(decoded.text.contains("Ã"), decoded.text)
        XCTAssertEqual(decoded.text.filter { $0 == "\u{FFFD}" }.count, 1)
        XCTAssertEqual(decoded.warnings, ["1 invalid UTF-8 sequence replaced by U+FFFD (first at byte 10); the rest read as UTF-8"])
    }

    func testWindows1252IsRecognised() {
        // "José Pérez … “open” … 2 €" in Windows-1252: é E9, “ 93, ” 94, — 97, € 80.
        var bytes: [UInt8] = Array("Dear Minister,\nJos".utf8) + [0xE9] + Array(" P".utf8) + [0xE9] + Array("rez sign this ".utf8)
        bytes += [0x93] + Array("open".utf8) + [0x94] + Array(" letter ".utf8) + [0x97] + Array(" 2 ".utf8) + [0x80] + [0x0A]
        let decoded = TextDecoding.decode(bytes)
        XCTAssertEqual(decoded.text, "Dear Minister,\nJosé Pérez sign this “open” letter — 2 €\n")
        XCTAssertEqual(decoded.warnings, ["text is not UTF-8 (6 invalid sequences); read as Windows-1252 (Latin-1)"])
    }

    func testByteOrderMarks() {
        XCTAssertEqual(TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array(letter.utf8)), .init(text: letter, warnings: []))
        let le: [UInt8] = [0xFF, 0xFE] + letter.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        XCTAssertEqual(TextDecoding.decode(le), .init(text: letter, warnings: ["read as UTF-16 little-endian (byte order mark)"]))
        let be: [UInt8] = [0xFE, 0xFF] + letter.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        XCTAssertEqual(TextDecoding.decode(be), .init(text: letter, warnings: ["read as UTF-16 big-endian (byte order mark)"]))
        // A lone surrogate and an odd last byte: replaced, and said.
        let broken: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00, 0x43]
        let decoded = TextDecoding.decode(broken)
        XCTAssertEqual(decoded.text, "A\u{FFFD}B\u{FFFD}")
        XCTAssertEqual(decoded.warnings, ["read as UTF-16 little-endian (byte order mark); 2 invalid sequences replaced by U+FFFD"])
    }
}
