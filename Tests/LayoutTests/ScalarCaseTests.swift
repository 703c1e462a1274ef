@testable import Layout
import XCTest

/// `lowercasedFast()` and `spaceSeparatedWords()` must answer exactly as the standard
/// library's `lowercased()` and `split(separator: " ")` they replace, on text chosen to trip
/// them: combining marks after and prepended marks before a space, final sigma, dotted I,
/// Latin-1's `×` and `ß`, other scripts.
final class ScalarCaseTests: XCTestCase {
    private let samples = [
        "", " ", "  ", "a", "A", "Word", " Padded  Text ", "ÀÉÎÕÜ×ÞßÿµªºÆØ", "Müller-Lüdenscheidt", "don’t “QUOTE” – Dash",
        "e\u{301}crit", "CAFE\u{301}", " \u{301}a", "a \u{301}b", "a\u{301} b", "\u{600} x", "x \u{600}y", "\u{600} ",
        "a \u{200D}b", "a\u{200D} b", "क ि", "a \u{903}b", "\u{A0}nbsp\u{A0}", "line\r\n next", "\r\n", "ΟΔΟΣ ΣΟΦΟΣ",
        "İSTANBUL İ", "ǅemal ǄEMAL", "ΑΣ", "Ⅳ Ⅻ", "ＡＢＣ", "𐐀𐐁 𐐨", "👍🏽 👍🏽", "한국어 글", "KELVIN K", "Å", "ẞ", "ﬀ ﬃ",
        "Cooperação Internacional – São Paulo", "ÉTAT DE DROIT, L’ÉTAT", "tab\there", "  leading", "trailing  ",
    ]

    func testLowercasedFastIsLowercased() {
        for text in samples {
            XCTAssertEqual(Array(text.lowercasedFast().utf8), Array(text.lowercased().utf8), text.debugDescription)
        }
    }

    /// Every scalar of the Basic Multilingual Plane and a few beyond, alone and after a
    /// non-ASCII letter (so that the scalar path is taken, not the ASCII one).
    func testLowercasedFastMatchesEveryScalar() {
        for value in Array(0..<0x3_0000) + [0xE_0001, 0x10_FFFD] {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "é" + String(Character(scalar))
            XCTAssertEqual(Array(text.lowercasedFast().utf8), Array(text.lowercased().utf8), "U+\(String(value, radix: 16))")
        }
    }

    func testSpaceSeparatedWordsIsSplitOnSpaces() {
        for text in samples {
            XCTAssertEqual(text.spaceSeparatedWords().map(String.init), text.split(separator: " ").map(String.init), text.debugDescription)
        }
        // Scalars that join a space to their grapheme: the space is then no separator.
        for joiner: Unicode.Scalar in ["\u{301}", "\u{200D}", "\u{903}", "\u{1F3FD}", "\u{FE0F}", "\u{600}", "\u{110BD}", "\u{D4E}"] {
            for text in ["ab " + String(Character(joiner)) + "c d", "ab" + String(Character(joiner)) + " c d", "é " + String(Character(joiner)) + " é"] {
                XCTAssertEqual(text.spaceSeparatedWords().map(String.init), text.split(separator: " ").map(String.init), text.debugDescription)
            }
        }
        // Every scalar of the BMP on either side of a space.
        for value in 0x80..<0x1_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a" + String(Character(scalar)) + " " + String(Character(scalar)) + "b"
            XCTAssertEqual(text.spaceSeparatedWords().map(String.init), text.split(separator: " ").map(String.init), "U+\(String(value, radix: 16))")
        }
    }

    func testCharacterCountIsCount() {
        for text in samples {
            XCTAssertEqual(text.characterCount, text.count, text.debugDescription)
            XCTAssertEqual(text.dropFirst().characterCount, text.dropFirst().count, text.debugDescription)
        }
        for value in 0..<0x1_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "a\(Character(scalar))\r\(Character(scalar))é\(Character(scalar))"
            XCTAssertEqual(text.characterCount, text.count, "U+\(String(value, radix: 16))")
        }
    }

    func testIsASCIIOnly() {
        XCTAssertTrue("abc DEF 123 \r\n".dropFirst().isASCIIOnly)
        XCTAssertFalse("abcé".dropFirst().isASCIIOnly)
        XCTAssertTrue(""[...].isASCIIOnly)
    }
}
