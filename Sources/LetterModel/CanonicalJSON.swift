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
        // Normalizing a whole letter costs more than encoding it, and nearly every letter is
        // already NFC: only text the quick check cannot clear pays for it.
        let text = isNFCByQuickCheck(raw) ? raw : raw.precomposedStringWithCanonicalMapping
        return Data(indent(text).utf8)
    }

    /// True when every scalar of `text` is a starter that NFC leaves alone in any context
    /// (Unicode's NFC_Quick_Check = Yes with canonical combining class 0), so the text is NFC
    /// as it is (UAX #15, "Detecting Normalization Forms"). False means "maybe not": the caller
    /// normalizes. The ranges cover Latin (with Latin Extended Additional), Greek and Cyrillic,
    /// punctuation, currency, letterlike symbols, arrows and mathematical operators; they were
    /// derived from Unicode's data and leave out every scalar that decomposes (U+2000, U+2001,
    /// U+2126 Ohm, Greek U+037E and U+0387), combines with what precedes it or is a mark.
    static func isNFCByQuickCheck(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0..<0x300, 0x388...0x482, 0x1E00...0x1F70, 0x2002...0x20CF, 0x212C...0x2328, 0x232B...0x2ADB: true
            default: false
            }
        }
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
