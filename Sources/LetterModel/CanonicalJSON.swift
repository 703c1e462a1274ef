import Foundation

/// Byte-stable JSON for letters: the same value always gives the same bytes on any machine.
///
/// Archives diff and deduplicate outputs, so the encoding is fixed here rather than left to
/// Foundation's pretty printer (whose spacing has changed between releases): keys sorted by
/// their UTF-8 bytes, two-space indent, `": "` between key and value, UTF-8 in NFC, `/` not
/// escaped, a trailing newline.
public enum CanonicalJSON {
    /// Encodes `value` canonically.
    public static func encode<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let compact = try encoder.encode(value)
        let raw = String(decoding: compact, as: UTF8.self)
        // ASCII is already NFC; only text with other characters pays for normalization.
        let text = compact.allSatisfy { $0 < 0x80 } ? raw : raw.precomposedStringWithCanonicalMapping
        return Data(indent(text).utf8)
    }

    /// Decodes a letter written by ``encode(_:)`` (or any JSON of the same shape).
    public static func decodeLetter(_ data: Data) throws -> Letter {
        try JSONDecoder().decode(Letter.self, from: data)
    }

    /// Re-indents compact JSON (which has no whitespace outside strings), byte by byte: every
    /// structural character is ASCII, so UTF-8 sequences inside strings pass through untouched.
    static func indent(_ compact: String) -> String {
        let input = Array(compact.utf8)
        var out = [UInt8]()
        out.reserveCapacity(input.count * 2)
        var depth = 0
        var inString = false
        var escaped = false
        func newline() {
            out.append(UInt8(ascii: "\n"))
            for _ in 0..<depth { out.append(UInt8(ascii: " ")); out.append(UInt8(ascii: " ")) }
        }
        var i = 0
        while i < input.count {
            let byte = input[i]
            if inString {
                out.append(byte)
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                i += 1
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
                out.append(byte)
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                if i + 1 < input.count, input[i + 1] == close {
                    out.append(byte); out.append(close)
                    i += 1
                } else {
                    out.append(byte)
                    depth += 1
                    newline()
                }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                newline()
                out.append(byte)
            case UInt8(ascii: ","):
                out.append(byte)
                newline()
            case UInt8(ascii: ":"):
                out.append(byte); out.append(UInt8(ascii: " "))
            default:
                out.append(byte)
            }
            i += 1
        }
        out.append(UInt8(ascii: "\n"))
        return String(decoding: out, as: UTF8.self)
    }
}
