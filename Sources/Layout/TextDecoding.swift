/// Bytes of a text or Markdown letter into a string, with what had to be assumed said as a
/// warning rather than silently.
///
/// - A byte order mark decides: UTF-8 (the mark dropped), UTF-16 little- or big-endian.
/// - Valid UTF-8 is taken as it is (no warning: the expected case).
/// - UTF-8 with a few invalid bytes among valid multi-byte characters keeps its characters:
///   each bad sequence becomes U+FFFD, instead of re-reading the whole file as Latin-1 (which
///   turned every "é" of a letter into "Ã©" because of one stray byte).
/// - Bytes mostly not UTF-8 (more invalid sequences than valid multi-byte ones, as in a file
///   saved as Windows-1252 or Latin-1) are read as Windows-1252, a superset of Latin-1's
///   printable characters.
public enum TextDecoding {
    public struct Decoded: Equatable, Sendable {
        public var text: String
        /// Empty for plain UTF-8; else one line saying what was assumed.
        public var warnings: [String]

        public init(text: String, warnings: [String]) {
            self.text = text
            self.warnings = warnings
        }
    }

    public static func decode(_ bytes: some Collection<UInt8>) -> Decoded {
        let bytes = Array(bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            var decoded = utf8(bytes[3...])
            decoded.warnings = decoded.warnings.map { $0 + " (after a UTF-8 byte order mark)" }
            return decoded
        }
        if bytes.starts(with: [0xFF, 0xFE]) { return utf16(bytes[2...], littleEndian: true) }
        if bytes.starts(with: [0xFE, 0xFF]) { return utf16(bytes[2...], littleEndian: false) }
        return utf8(bytes[...])
    }

    /// Valid UTF-8, repaired UTF-8, or Windows-1252 (see the type's comment).
    static func utf8(_ bytes: ArraySlice<UInt8>) -> Decoded {
        var invalid = 0, validMultibyte = 0
        var firstInvalid: Int?
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = bytes.startIndex
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count > 1 { validMultibyte += 1 }
                offset += encoded.count
            case .error(let length):
                invalid += 1
                if firstInvalid == nil { firstInvalid = offset - bytes.startIndex }
                offset += length
            case .emptyInput:
                break loop
            }
        }
        if invalid == 0 { return Decoded(text: String(decoding: bytes, as: UTF8.self), warnings: []) }
        if invalid > validMultibyte {
            return Decoded(text: windows1252(bytes),
                           warnings: ["text is not UTF-8 (\(invalid) invalid \(invalid == 1 ? "sequence" : "sequences")); read as Windows-1252 (Latin-1)"])
        }
        let places = invalid == 1 ? "1 invalid UTF-8 sequence" : "\(invalid) invalid UTF-8 sequences"
        return Decoded(text: String(decoding: bytes, as: UTF8.self),
                       warnings: ["\(places) replaced by U+FFFD (first at byte \(firstInvalid ?? 0)); the rest read as UTF-8"])
    }

    static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> Decoded {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        var bad = bytes.count % 2
        var iterator = units.makeIterator()
        var parser = Unicode.UTF16.ForwardParser()
        loop: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid: continue
            case .error: bad += 1
            case .emptyInput: break loop
            }
        }
        var text = String(decoding: units, as: UTF16.self)
        if bytes.count % 2 == 1 { text.append("\u{FFFD}") }
        let name = littleEndian ? "UTF-16 little-endian" : "UTF-16 big-endian"
        var warning = "read as \(name) (byte order mark)"
        if bad > 0 { warning += "; \(bad) invalid \(bad == 1 ? "sequence" : "sequences") replaced by U+FFFD" }
        return Decoded(text: text, warnings: [warning])
    }

    /// Windows-1252: Latin-1 with printable characters in 0x80–0x9F (the five bytes it leaves
    /// undefined keep their Latin-1 control meaning, as web browsers do).
    static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
        let high: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
            0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }
}
