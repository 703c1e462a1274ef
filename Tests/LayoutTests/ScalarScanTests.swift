import Foundation
@testable import Layout
import XCTest

/// The scalar and byte fast paths must answer exactly as the Character walks they replace.
/// Each test compares a fast path with the Character-based code it stands in for, on text
/// chosen to trip it: combining marks, CR LF, canonical equivalents, other scripts.
final class ScalarScanTests: XCTestCase {
    private let samples = [
        "", " ", "a", "word", " padded ", "\tTabbed\n", "Müller-Lüdenscheidt", "don’t “quote” – dash",
        "e\u{301}crit", "cafe\u{301}", " \u{301}a", "a\u{301} ", "\u{A0}nbsp\u{A0}", "line\r\n", "\r\nline",
        "\u{037E}semi\u{037E}", "1\u{301}", "(1).", "[12],", "†", "‡§", "iv", "xiv", "viii", "ab", "abc", "A",
        "1234", "123", "٣", "²", "Ⅳ", "한국어", "👍🏽", "a\u{200D}b", "…and so on…", "Page 2 of 4", "- 3 -",
        "İstanbul", "ǅemal", "x\u{0332}", ";", ".", "((", "co-operation", "well‐known", "Konsultati-",
    ]

    func testOneScalarPerCharacterOnlyWhereGraphemesAreScalars() {
        for text in samples where text.isOneScalarPerCharacter {
            XCTAssertEqual(text.count, text.unicodeScalars.count, "\(text.debugDescription)")
        }
        for text in ["e\u{301}", "a\r\nb", "👍🏽", "a\u{200D}b", "한국어", "x\u{0332}"] {
            XCTAssertFalse(text.isOneScalarPerCharacter, "\(text.debugDescription)")
        }
        XCTAssertTrue("Müller’s “café” – 12 €".isOneScalarPerCharacter)
    }

    /// Every scalar of the whitelist next to every other kind of whitelisted scalar is two Characters.
    func testSimpleGraphemesNeverJoin() {
        let partners: [Unicode.Scalar] = ["a", " ", "\n", "\u{0}", "é", "\u{2019}", "\u{2022}", "\u{20AC}", "\u{203C}", "\u{2E}"]
        for value in Array(0..<0x300) + Array(0x2000..<0x20D0) {
            guard let scalar = Unicode.Scalar(value), scalar.isSimpleGrapheme else { continue }
            for partner in partners + [scalar] {
                var pair = String.UnicodeScalarView()
                pair.append(scalar)
                pair.append(partner)
                XCTAssertEqual(String(pair).count, 2, "U+\(String(value, radix: 16)) then \(partner.debugDescription)")
                var reversed = String.UnicodeScalarView()
                reversed.append(partner)
                reversed.append(scalar)
                XCTAssertEqual(String(reversed).count, 2, "\(partner.debugDescription) then U+\(String(value, radix: 16))")
            }
        }
    }

    func testScalarPropertiesMatchCharacterProperties() {
        for value in Array(0..<0x300) + Array(0x2010..<0x20D0) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = Character(scalar)
            XCTAssertEqual(scalar.isLetter, character.isLetter, "U+\(String(value, radix: 16))")
            XCTAssertEqual(scalar.isNumber, character.isNumber, "U+\(String(value, radix: 16))")
            XCTAssertEqual(scalar.isWhitespace, character.isWhitespace, "U+\(String(value, radix: 16))")
        }
    }

    func testIsLabelMatchesTheCharacterDefinition() {
        func reference(_ text: String) -> Bool {
            var t = Substring(text)
            while let last = t.last, ",.;:)]".contains(last) { t = t.dropLast() }
            while let first = t.first, "([".contains(first) { t = t.dropFirst() }
            guard !t.isEmpty, t.count <= 4 else { return false }
            if t.allSatisfy({ $0.isASCII && $0.isNumber }) { return t.count <= 3 }
            if t.allSatisfy({ "*†‡§¶#".contains($0) }) { return true }
            if t.count <= 2, t.allSatisfy({ $0.isLowercase && $0.isASCII }) { return true }
            if t.allSatisfy({ "ivx".contains($0) }) { return true }
            return false
        }
        for text in samples + ["1", "12", "(iv)", "*", "**", "a.", "ii,", "iiiii", "1,,,,", "([1])", "1\u{301}.", "(\u{301}1"] {
            XCTAssertEqual(MarkerDetector.isLabel(text), reference(text), "\(text.debugDescription)")
        }
        XCTAssertTrue(MarkerDetector.isLabel("12,"))
        XCTAssertFalse(MarkerDetector.isLabel("1234"))
    }

    func testTrimmingMatchesTheCharacterWalk() {
        func reference(_ text: Substring, _ predicate: (Character) -> Bool) -> String {
            guard let first = text.firstIndex(where: { !predicate($0) }), let last = text.lastIndex(where: { !predicate($0) }) else { return "" }
            return String(text[first...last])
        }
        let sets = [".,:;(", " :", " ,;.", " ,:;–—-", "\n", ";"]
        for text in samples {
            XCTAssertEqual(text.trimmingBlanks(), reference(text[...], \.isWhitespace), "\(text.debugDescription)")
            XCTAssertEqual(text.dropFirst(0).trimmingBlanks(), reference(text[...], \.isWhitespace), "\(text.debugDescription)")
            for set in sets {
                XCTAssertEqual(text.trimming(charactersIn: set), reference(text[...]) { set.contains($0) }, "\(text.debugDescription) in \(set)")
            }
        }
        // A Greek question mark is canonically a semicolon: the Character walk trims it.
        XCTAssertEqual("\u{037E}a\u{037E}".trimming(charactersIn: ";"), "a")
    }

    func testHyphenationWordsMatchCharacterSplitting() {
        let ascii = (0..<0x80).map { String(UnicodeScalar(UInt8($0))) }.joined()
        for text in samples + ["Co-operation, non-governmental; self-led", "Ärger über Öl", "naïve\u{2019}s", ascii, "A-Z @[`{ a-z\r\nX-"] {
            let reference = text.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map { $0.lowercased() }
            XCTAssertEqual(Hyphenation.words(in: text), reference, "\(text.debugDescription)")
        }
    }

    func testRepeatKeyMatchesCharacterFiltering() {
        for text in samples + ["Page 12 of 40", "Seite ²3", "Rue du 4 Septembre\u{A0}75002"] {
            let reference = String(text.lowercased().filter { !$0.isNumber && !$0.isWhitespace })
            XCTAssertEqual(PageFurniture.repeatKey(text), reference, "\(text.debugDescription)")
        }
    }

    func testDecimalDigitsAreWhatRegexDigitsMatch() {
        for text in samples + ["p. 3", "٣", "²", "Ⅳ", "abc"] {
            let regex = try! NSRegularExpression(pattern: #"\d"#)
            let matches = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
            XCTAssertEqual(PageFurniture.hasDecimalDigit(text), matches, "\(text.debugDescription)")
        }
    }

    /// Text of scalars that ``TextJoin/clean(_:)`` passes as they are is already NFC, alone and
    /// after any of them.
    func testCleanScalarsAreStableUnderNormalization() {
        let starters = ["a", "e", "A", "\u{2019}", "é"]
        for value in Array(0..<0x300) + Array(0x1E00..<0x2100) + Array(0xF000..<0xF100) {
            guard let scalar = Unicode.Scalar(value), TextJoin.isClean(scalar) else { continue }
            for starter in starters {
                let text = starter + String(scalar) + starter
                XCTAssertEqual(text.precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value), text.unicodeScalars.map(\.value),
                               "U+\(String(value, radix: 16))")
                XCTAssertEqual(TextJoin.clean(text), text)
            }
        }
        XCTAssertEqual(TextJoin.clean("cafe\u{301}"), "café")
        XCTAssertEqual(TextJoin.clean("o\u{FB03}ce\u{A0}2"), "office 2")
    }
}
