import Foundation

/// Byte-stable JSON for letters: the same value always gives the same bytes on any machine.
///
/// Archives diff and deduplicate outputs, so the encoding is fixed here rather than left to
/// Foundation's encoder (whose spacing and key order have changed between releases): keys sorted
/// by their UTF-8 bytes, two-space indent, `": "` between key and value, every string in NFC,
/// raw UTF-8 (only `"`, `\` and control characters escaped; `/` is not), integers and
/// shortest-form decimals (`57.6`, `72`), `null` for what a type encodes as nil, a trailing newline.
/// The encoder writes that form directly: encoding through `JSONEncoder` and re-indenting cost
/// more than the rest of the JSON stage together.
public enum CanonicalJSON {
    /// Encodes `value` canonically.
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        let root = try JSONTreeEncoder.node(for: value, path: .root)
        var writer = JSONTextWriter()
        writer.write(root, depth: 0)
        writer.bytes.append(UInt8(ascii: "\n"))
        return Data(writer.bytes)
    }

    /// Encodes `value` canonically on one line, for JSON Lines: the same keys, order and
    /// values as ``encode(_:)`` without the indentation, ending in one newline.
    public static func encodeLine<T: Encodable>(_ value: T) throws -> Data {
        let root = try JSONTreeEncoder.node(for: value, path: .root)
        var writer = JSONTextWriter(compact: true)
        writer.write(root, depth: 0)
        writer.bytes.append(UInt8(ascii: "\n"))
        return Data(writer.bytes)
    }

    /// Decodes a letter written by ``encode(_:)`` (or any JSON of the same shape).
    public static func decodeLetter(_ data: Data) throws -> Letter {
        try JSONDecoder().decode(Letter.self, from: data)
    }

    /// `text` in NFC. Nearly every string already is, so the quick check below spares almost all
    /// of them Foundation's normalization, which costs more than encoding the whole letter.
    static func normalized(_ text: String) -> String {
        isNFCByQuickCheck(text) ? text : text.precomposedStringWithCanonicalMapping
    }

    /// True when every scalar of `text` is a starter that NFC leaves alone in any context
    /// (Unicode's NFC_Quick_Check = Yes with canonical combining class 0), so the text is NFC
    /// as it is (UAX #15, "Detecting Normalization Forms"). False means "maybe not": the caller
    /// normalizes. The ranges cover Latin (with Latin Extended Additional), Greek and Cyrillic,
    /// punctuation, currency, letterlike symbols, arrows and mathematical operators; they were
    /// derived from Unicode's data and leave out every scalar that decomposes (U+2000, U+2001,
    /// U+2126 Ohm, Greek U+037E and U+0387), combines with what precedes it or is a mark.
    static func isNFCByQuickCheck(_ text: String) -> Bool {
        let ascii = text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } } ?? text.utf8.allSatisfy { $0 < 0x80 }
        return ascii || text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0..<0x300, 0x388...0x482, 0x1E00...0x1F70, 0x2002...0x20CF, 0x212C...0x2328, 0x232B...0x2ADB: true
            default: false
            }
        }
    }
}

/// A JSON value being built. Scalars are kept as their final text; containers are references so
/// that a nested container handed out by an encoder can be filled after it was attached.
enum JSONNode {
    case scalar([UInt8])
    /// A string, escaped as it is written (no copy of its bytes in between).
    case string(String)
    case array(JSONArrayBox)
    case object(JSONObjectBox)
    /// A `superEncoder()`'s result, known only once its caller has finished with it.
    case pending(JSONTreeEncoder)
}

final class JSONArrayBox {
    var items: [JSONNode] = []
}

/// An object's members in the order they were set, each key once (a key set again replaces its
/// value, as in a dictionary); sorted when written. Objects have a handful of keys, so a scan
/// costs less than hashing each one.
final class JSONObjectBox {
    var members: [(key: String, value: JSONNode)] = []

    func set(_ key: String, _ value: JSONNode) {
        if let i = members.firstIndex(where: { $0.key == key }) { members[i].value = value } else { members.append((key, value)) }
    }
}

/// Writes a tree in the canonical layout.
struct JSONTextWriter {
    var bytes: [UInt8] = []
    /// One line: no indent and no space after `:` (JSON Lines), otherwise the same bytes.
    var compact = false

    init(compact: Bool = false) {
        self.compact = compact
        bytes.reserveCapacity(16_384)
    }

    mutating func write(_ node: JSONNode, depth: Int) {
        switch node {
        case .scalar(let text):
            bytes.append(contentsOf: text)
        case .string(let text):
            JSONScalar.appendString(text, to: &bytes)
        case .array(let box):
            guard !box.items.isEmpty else { return append("[]") }
            bytes.append(UInt8(ascii: "["))
            for (i, item) in box.items.enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                newline(depth + 1)
                write(item, depth: depth + 1)
            }
            newline(depth)
            bytes.append(UInt8(ascii: "]"))
        case .object(let box):
            guard !box.members.isEmpty else { return append("{}") }
            bytes.append(UInt8(ascii: "{"))
            let members = box.members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for (i, member) in members.enumerated() {
                if i > 0 { bytes.append(UInt8(ascii: ",")) }
                newline(depth + 1)
                JSONScalar.appendString(member.key, to: &bytes)
                if compact { bytes.append(UInt8(ascii: ":")) } else { append(": ") }
                write(member.value, depth: depth + 1)
            }
            newline(depth)
            bytes.append(UInt8(ascii: "}"))
        case .pending(let encoder):
            write(encoder.node ?? .object(JSONObjectBox()), depth: depth)
        }
    }

    private mutating func newline(_ depth: Int) {
        if compact { return }
        bytes.append(UInt8(ascii: "\n"))
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }
}

/// The text of JSON scalars.
enum JSONScalar {
    static let null = Array("null".utf8)
    static let `true` = Array("true".utf8)
    static let `false` = Array("false".utf8)

    private static let hex = Array("0123456789abcdef".utf8)

    /// Bytes that need no escape are copied in runs, not one `append` each.
    static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var normalized = CanonicalJSON.normalized(text)
        normalized.withUTF8 { bytes in
            var run = 0
            for (i, byte) in bytes.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
                appendEscape(byte, to: &out)
                run = i + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func appendEscape(_ byte: UInt8, to out: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\""): out.append(UInt8(ascii: "\\")); out.append(byte)
        case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\")); out.append(byte)
        case 0x08: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "b"))
        case 0x0C: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "f"))
        case 0x0A: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "r"))
        case 0x09: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "t"))
        default:
            out.append(contentsOf: Array("\\u00".utf8))
            out.append(hex[Int(byte >> 4)])
            out.append(hex[Int(byte & 0x0F)])
        }
    }

    /// The coding path is built only for the error.
    static func number<F: BinaryFloatingPoint & LosslessStringConvertible>(_ value: F, codingPath: @autoclosure () -> [any CodingKey]) throws -> [UInt8] {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: codingPath(), debugDescription: "\(value) is not a JSON number"))
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return Array(text.utf8)
    }

    static func integer<I: BinaryInteger>(_ value: I) -> [UInt8] { Array(value.description.utf8) }
}
