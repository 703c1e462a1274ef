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
        let text = String(decoding: compact, as: UTF8.self).precomposedStringWithCanonicalMapping
        return Data(indent(text).utf8)
    }

    /// Decodes a letter written by ``encode(_:)`` (or any JSON of the same shape).
    public static func decodeLetter(_ data: Data) throws -> Letter {
        try JSONDecoder().decode(Letter.self, from: data)
    }

    /// Re-indents compact JSON (which has no whitespace outside strings).
    static func indent(_ compact: String) -> String {
        var out = ""
        out.reserveCapacity(compact.utf8.count * 2)
        var depth = 0
        var inString = false
        var escaped = false
        let chars = Array(compact)
        var i = 0
        func newline() { out.append("\n"); out.append(String(repeating: "  ", count: depth)) }
        while i < chars.count {
            let ch = chars[i]
            if inString {
                out.append(ch)
                if escaped { escaped = false } else if ch == "\\" { escaped = true } else if ch == "\"" { inString = false }
                i += 1
                continue
            }
            switch ch {
            case "\"":
                inString = true
                out.append(ch)
            case "{", "[":
                let close: Character = ch == "{" ? "}" : "]"
                if i + 1 < chars.count, chars[i + 1] == close {
                    out.append(ch); out.append(close)
                    i += 1
                } else {
                    out.append(ch)
                    depth += 1
                    newline()
                }
            case "}", "]":
                depth -= 1
                newline()
                out.append(ch)
            case ",":
                out.append(ch)
                newline()
            case ":":
                out.append(": ")
            default:
                out.append(ch)
            }
            i += 1
        }
        out.append("\n")
        return out
    }
}
