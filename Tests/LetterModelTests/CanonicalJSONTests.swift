import Foundation
import LetterModel
import XCTest

final class CanonicalJSONTests: XCTestCase {
    private func text<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try CanonicalJSON.encode(value), as: UTF8.self)
    }

    /// The whole layout on a small value, written out by hand: two-space indent, `": "`,
    /// `null` for an absent optional, `/` not escaped, trailing newline.
    func testExactLayoutOfSmallValue() throws {
        let expected = """
        {
          "lines": [
            "Suite 500/Open Gov Hub",
            "Washington DC"
          ],
          "name": null
        }

        """
        XCTAssertEqual(try text(Party(lines: ["Suite 500/Open Gov Hub", "Washington DC"])), expected)
    }

    func testEmptyArraysStayOnOneLineAndNestedArraysIndent() throws {
        let block = BodyBlock(kind: .listItem, text: "x", page: 3, bbox: BoundingBox(x0: 72, y0: 100.5, x1: 523.25, y1: 0))
        let expected = """
        {
          "bbox": [
            72,
            100.5,
            523.3,
            0
          ],
          "footnote_marks": [],
          "footnote_refs": [],
          "kind": "list_item",
          "page": 3,
          "text": "x"
        }

        """
        XCTAssertEqual(try text(block), expected)
    }

    /// Keys sorted by UTF-8 bytes: upper case before `_` before lower case, digits compared
    /// one by one (not numerically), non-ASCII last.
    func testKeysSortedByUTF8Bytes() throws {
        let value: [String: Int] = ["b": 1, "a_b": 2, "aB": 3, "ab": 4, "Z": 5, "é": 6, "a10": 7, "a9": 8]
        let keys = try text(value).split(separator: "\n").dropFirst().dropLast().map { line in
            String(line.drop(while: { $0 == " " }).dropFirst().prefix(while: { $0 != "\"" }))
        }
        XCTAssertEqual(keys, ["Z", "a10", "a9", "aB", "a_b", "ab", "b", "é"])
        XCTAssertEqual(keys, keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) })
    }

    func testLetterTopLevelKeyOrder() throws {
        let lines = try text(Samples.full).split(separator: "\n")
        let topKeys = lines.filter { $0.hasPrefix("  \"") }.map { String($0.dropFirst(3).prefix(while: { $0 != "\"" })) }
        XCTAssertEqual(topKeys, [
            "addressee", "annexes", "body", "calls_to_action", "cc", "closing", "date", "extractor", "footnotes", "language",
            "links", "place", "provenance", "salutation", "schema_version", "sender", "signatories", "source", "subject", "warnings",
        ])
    }

    /// Every line of a full letter is indented by a multiple of two spaces matching its depth,
    /// and every key is followed by exactly `": "`.
    func testIndentMatchesDepthEverywhere() throws {
        let output = try text(Samples.full)
        XCTAssertTrue(output.hasSuffix("}\n"))
        XCTAssertFalse(output.hasSuffix("\n\n"))
        XCTAssertFalse(output.contains("\t"))
        XCTAssertFalse(output.contains("\r"))
        var depth = 0
        for line in output.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
            let body = line.drop(while: { $0 == " " })
            let indent = line.count - body.count
            if body.first == "}" || body.first == "]" { depth -= 1 }
            XCTAssertEqual(indent, 2 * depth, "line: \(line)")
            if body.last == "{" || body.last == "[" { depth += 1 }
            if body.hasPrefix("\""), let colon = body.range(of: "\":") {
                XCTAssertTrue(body[colon.upperBound...].hasPrefix(" "), "line: \(line)")
                XCTAssertFalse(body[colon.upperBound...].hasPrefix("  "), "line: \(line)")
            }
            XCTAssertFalse(line.hasSuffix(" "), "trailing space: \(line)")
        }
        XCTAssertEqual(depth, 0)
    }

    /// Characters that are structure outside a string are left alone inside one.
    func testStructuralCharactersInsideStringsUntouched() throws {
        let tricky = #"{"x": [1, 2]}, a\b "quoted" :,[]"#
        let output = try text(Party(lines: [tricky]))
        XCTAssertTrue(output.contains(#"    "{\"x\": [1, 2]}, a\\b \"quoted\" :,[]""#), output)
        let back = try JSONDecoder().decode([String: [String]].self, from: Data(output.utf8).filterNullName())
        XCTAssertEqual(back["lines"], [tricky])
    }

    func testSlashNotEscaped() throws {
        let output = try text(Link(text: "a/b", uri: "https://example.org/x/y", page: nil))
        XCTAssertTrue(output.contains("\"https://example.org/x/y\""))
        XCTAssertFalse(output.contains("\\/"))
    }

    /// A decomposed é (e + U+0301) comes out precomposed (U+00E9), raw UTF-8, not `\u` escaped.
    func testNFCNormalization() throws {
        let decomposed = "Nu\u{301}cleo Caf\u{65}\u{301}"
        XCTAssertEqual(Array(decomposed.utf8).count, 15)
        let data = try CanonicalJSON.encode(Party(lines: [decomposed]))
        let bytes = [UInt8](data)
        XCTAssertFalse(bytes.containsSubsequence([0xCC, 0x81]), "combining acute accent left in output")
        XCTAssertTrue(bytes.containsSubsequence(Array("Caf\u{E9}".utf8)))
        XCTAssertTrue(bytes.containsSubsequence([0x4E, 0xC3, 0xBA, 0x63])) // "Núc" with ú = C3 BA
        XCTAssertFalse(String(decoding: data, as: UTF8.self).contains("\\u"))
    }

    func testAbsentOptionalsAreNullAndEmptyListsAreEmptyArrays() throws {
        let output = try text(Samples.minimal)
        for key in ["language", "sender", "date", "place", "addressee", "subject", "salutation", "closing"] {
            XCTAssertTrue(output.contains("\n  \"\(key)\": null,") || output.contains("\n  \"\(key)\": null\n"), "\(key) not null:\n\(output)")
        }
        for key in ["cc", "body", "calls_to_action", "footnotes", "signatories", "annexes", "links", "warnings"] {
            XCTAssertTrue(output.contains("\n  \"\(key)\": [],") || output.contains("\n  \"\(key)\": []\n"), "\(key) not []:\n\(output)")
        }
        for key in ["pages", "title", "author", "producer", "created"] {
            XCTAssertTrue(output.contains("\"\(key)\": null"), "\(key) not null")
        }
        // Nested optionals too.
        let nested = try text(Samples.full)
        XCTAssertTrue(nested.contains("\"bbox\": null"))
        XCTAssertTrue(nested.contains("\"role\": null"))
        XCTAssertTrue(nested.contains("\"title\": null"))
    }

    func testSchemaVersionIsWritten() throws {
        XCTAssertTrue(try text(Samples.minimal).contains("\n  \"schema_version\": \"\(Letter.schemaVersion)\",\n"))
    }

    func testRepeatedEncodingIsByteIdentical() throws {
        let first = try CanonicalJSON.encode(Samples.full)
        for _ in 0..<5 { XCTAssertEqual(try CanonicalJSON.encode(Samples.full), first) }
        // Equal values built separately give equal bytes; a one-character change does not.
        XCTAssertEqual(try CanonicalJSON.encode(Samples.minimal), try CanonicalJSON.encode(Samples.minimal))
        var changed = Samples.full
        changed.place = "Bern"
        XCTAssertNotEqual(try CanonicalJSON.encode(changed), first)
    }

    func testDecodeRoundTrip() throws {
        for letter in [Samples.full, Samples.minimal] {
            let data = try CanonicalJSON.encode(letter)
            let decoded = try CanonicalJSON.decodeLetter(data)
            XCTAssertEqual(decoded, letter)
            XCTAssertEqual(try CanonicalJSON.encode(decoded), data)
        }
    }

    /// JSON written by someone else (compact, other key order) decodes to the same letter.
    func testDecodesForeignLayout() throws {
        let compact = try JSONEncoder().encode(Samples.full)
        XCTAssertEqual(try CanonicalJSON.decodeLetter(compact), Samples.full)
        let canonical = try CanonicalJSON.encode(Samples.full)
        XCTAssertNotEqual(compact, canonical)
        XCTAssertEqual(try CanonicalJSON.encode(try CanonicalJSON.decodeLetter(compact)), canonical)
    }

    func testRejectsJSONWithoutSource() {
        XCTAssertThrowsError(try CanonicalJSON.decodeLetter(Data(#"{"schema_version": "1.0.0"}"#.utf8)))
    }
}

final class BoundingBoxTests: XCTestCase {
    func testRoundsToTenthOfPoint() {
        let box = BoundingBox(x0: 12.34, y0: 12.36, x1: 99.96, y1: 0.049)
        XCTAssertEqual(box.x0, 12.3)
        XCTAssertEqual(box.y0, 12.4)
        XCTAssertEqual(box.x1, 100.0)
        XCTAssertEqual(box.y1, 0.0)
    }

    func testNegativeZeroIsWrittenAsZero() throws {
        let json = try JSONEncoder().encode(BoundingBox(x0: -0.01, y0: -0.04, x1: 1, y1: 2))
        XCTAssertEqual(String(decoding: json, as: UTF8.self), "[0,0,1,2]")
    }

    func testNoiseBelowATenthGivesTheSameBox() {
        XCTAssertEqual(BoundingBox(x0: 72.000001, y0: 99.99999, x1: 523.2999, y1: 140.0400001),
                       BoundingBox(x0: 71.99998, y0: 100.00003, x1: 523.30001, y1: 140.04))
    }

    func testEncodesAsArrayInOrderAndDecodesRounded() throws {
        let json = try JSONEncoder().encode(BoundingBox(x0: 1.04, y0: 2.26, x1: 3, y1: 4.5))
        XCTAssertEqual(String(decoding: json, as: UTF8.self), "[1,2.3,3,4.5]")
        let decoded = try JSONDecoder().decode(BoundingBox.self, from: Data("[10.04, 20.26, 30, 40.5]".utf8))
        XCTAssertEqual(decoded, BoundingBox(x0: 10, y0: 20.3, x1: 30, y1: 40.5))
        XCTAssertEqual(decoded.y0, 20.3)
        XCTAssertThrowsError(try JSONDecoder().decode(BoundingBox.self, from: Data("[1, 2, 3]".utf8)))
    }
}

extension Array where Element == UInt8 {
    func containsSubsequence(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= count else { return needle.isEmpty }
        return (0...(count - needle.count)).contains { Array(self[$0..<($0 + needle.count)]) == needle }
    }
}

extension Data {
    /// Drops the `"name": null` member so the rest decodes as `[String: [String]]`.
    func filterNullName() -> Data {
        let object = (try? JSONSerialization.jsonObject(with: self)) as? [String: Any] ?? [:]
        return (try? JSONSerialization.data(withJSONObject: object.filter { !($0.value is NSNull) })) ?? Data()
    }
}
