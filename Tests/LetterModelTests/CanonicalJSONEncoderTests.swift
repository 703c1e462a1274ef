import Foundation
@testable import LetterModel
import XCTest

/// The canonical encoder writes JSON itself; these check it against Foundation's `JSONEncoder`
/// (same scalars, same escapes, same shapes) apart from the layout it fixes on purpose.
final class CanonicalJSONEncoderTests: XCTestCase {
    /// Foundation's compact, sorted form of `value`, re-parsed and our form re-parsed, compared
    /// as values; and the scalar text compared byte for byte.
    private func foundation<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private func ours<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try CanonicalJSON.encode(value), as: UTF8.self)
    }

    /// Every ASCII character, alone in a string: escaped exactly as JSONEncoder escapes it
    /// (`\"`, `\\`, `\n`-style short escapes, `\u00xx` for other controls, `/` and DEL raw).
    func testEveryASCIICharacterEscapesLikeJSONEncoder() throws {
        for value in 0..<0x80 {
            let text = String(UnicodeScalar(UInt8(value)))
            XCTAssertEqual(try ours([text]), "[\n  \(try foundation(text))\n]\n", "character \(value)")
        }
    }

    /// Numbers print as JSONEncoder prints them: integers plainly, decimals in their shortest
    /// form without a trailing `.0`, and a non-finite number is an error, not `nan`.
    func testNumbersPrintLikeJSONEncoder() throws {
        var doubles: [Double] = [0, -0.5, 72, 100.5, 523.3, 841.9, 1e-7, 123456789.25, 1e22, -3.75]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<500 { doubles.append((Double.random(in: -2000...2000, using: &rng) * 10).rounded() / 10) }
        for value in doubles {
            XCTAssertEqual(try ours([value]), "[\n  \(try foundation(value))\n]\n", "\(value)")
        }
        for value in [Int.min, -1, 0, 7, Int.max] {
            XCTAssertEqual(try ours([value]), "[\n  \(value)\n]\n")
        }
        XCTAssertThrowsError(try CanonicalJSON.encode([Double.nan]))
        XCTAssertThrowsError(try CanonicalJSON.encode(["x": Double.infinity]))
    }

    /// A type mixing keyed, unkeyed, nested, optional and super-encoder containers gives the same
    /// JSON value as through JSONEncoder.
    func testContainersGiveTheSameValueAsJSONEncoder() throws {
        struct Inner: Codable, Equatable { var a: Int?; var b: [String]; var c: Bool }
        struct Outer: Encodable {
            var inner = Inner(a: nil, b: ["x", "y/z"], c: true)
            var map = ["b": 1.5, "a": -2]
            var nested: [[Int]] = [[], [1, 2], [3]]
            var url = URL(string: "https://example.org/a?b=c")!
            var bytes = Data([0, 1, 2, 250])

            enum Keys: String, CodingKey { case inner, map, nested, url, bytes, extra, list }
            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: Keys.self)
                try c.encode(inner, forKey: .inner)
                try c.encode(map, forKey: .map)
                try c.encode(nested, forKey: .nested)
                try c.encode(url, forKey: .url)
                try c.encode(bytes, forKey: .bytes)
                var extra = c.nestedContainer(keyedBy: Keys.self, forKey: .extra)
                try extra.encodeNil(forKey: .inner)
                var list = c.nestedUnkeyedContainer(forKey: .list)
                try list.encode("one")
                try list.encodeNil()
                try inner.encode(to: c.superEncoder())
            }
        }
        let a = try JSONSerialization.jsonObject(with: Data(try ours(Outer()).utf8)) as? NSDictionary
        let b = try JSONSerialization.jsonObject(with: Data(try foundation(Outer()).utf8)) as? NSDictionary
        XCTAssertNotNil(a)
        XCTAssertEqual(a, b)
    }

    /// The coding paths a type sees (and an error reports) are those `JSONEncoder` gives,
    /// though ours are built only when read.
    func testCodingPathsMatchJSONEncoder() throws {
        final class Paths: @unchecked Sendable { var seen: [[String]] = [] }
        struct Probe: Encodable {
            let paths: Paths
            func encode(to encoder: any Encoder) throws {
                paths.seen.append(encoder.codingPath.map(\.stringValue))
                var c = encoder.singleValueContainer()
                try c.encode(1)
            }
        }
        struct Holder: Encodable {
            let paths: Paths
            enum Keys: String, CodingKey { case list, nested }
            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: Keys.self)
                try c.encode([Probe(paths: paths), Probe(paths: paths)], forKey: .list)
                var nested = c.nestedContainer(keyedBy: Keys.self, forKey: .nested)
                try nested.encode(["k": Probe(paths: paths)], forKey: .list)
                try Probe(paths: paths).encode(to: c.superEncoder())
            }
        }
        let ourPaths = Paths(), theirPaths = Paths()
        _ = try CanonicalJSON.encode(Holder(paths: ourPaths))
        _ = try JSONEncoder().encode(Holder(paths: theirPaths))
        // Foundation leaves the nested container's own key out of its children's paths
        // (["list", "k"]); ours keeps it, as before this encoder built paths lazily.
        XCTAssertEqual(ourPaths.seen, [["list", "Index 0"], ["list", "Index 1"], ["nested", "list", "k"], ["super"]])
        XCTAssertEqual(ourPaths.seen.count, theirPaths.seen.count)
        for (ours, theirs) in zip(ourPaths.seen, theirPaths.seen) where ours.first != "nested" { XCTAssertEqual(ours, theirs) }

        func errorPath(_ encode: () throws -> Void) -> [String]? {
            do { try encode() } catch let EncodingError.invalidValue(_, context) { return context.codingPath.map(\.stringValue) } catch {}
            return nil
        }
        let value = ["x": [1.5, Double.nan]]
        XCTAssertEqual(errorPath { _ = try CanonicalJSON.encode(value) }, ["x", "Index 1"])
        XCTAssertEqual(errorPath { _ = try CanonicalJSON.encode(value) }, errorPath { _ = try JSONEncoder().encode(value) })
    }

    /// A key set twice keeps its last value, once, as a dictionary would.
    func testKeySetTwiceKeepsTheLastValue() throws {
        struct Twice: Encodable {
            enum Keys: String, CodingKey { case a, b }
            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: Keys.self)
                try c.encode(1, forKey: .b)
                try c.encode("first", forKey: .a)
                try c.encode("second", forKey: .a)
            }
        }
        XCTAssertEqual(String(decoding: try CanonicalJSON.encode(Twice()), as: UTF8.self), "{\n  \"a\": \"second\",\n  \"b\": 1\n}\n")
    }

    /// Escapes at the start, the end and side by side, between runs of plain bytes.
    func testEscapesBetweenRuns() throws {
        for text in ["\"", "\"a", "a\"", "\n\t", "ab\\cd\u{1}ef", "", "é\"ü", "\u{1F}x\u{1F}"] {
            XCTAssertEqual(try ours([text]), "[\n  \(try foundation(text))\n]\n", text.debugDescription)
        }
    }

    /// A letter decodes back to itself.
    func testLetterRoundTrips() throws {
        let data = try CanonicalJSON.encode(Samples.full)
        XCTAssertEqual(try CanonicalJSON.decodeLetter(data), Samples.full)
    }

    /// NFC applies to each string before escaping: an escaped newline followed by a combining
    /// tilde must stay `\n` + U+0303 normalized on its own, never compose into `\ñ`.
    func testNormalizationNeverReachesIntoEscapes() throws {
        let output = try ours(["a\n\u{303}b"])
        XCTAssertTrue(output.contains("\"a\\n\u{303}b\""), output)
        let back = try JSONDecoder().decode([String].self, from: Data(output.utf8))
        XCTAssertEqual(back, ["a\n\u{303}b"])
    }
}
