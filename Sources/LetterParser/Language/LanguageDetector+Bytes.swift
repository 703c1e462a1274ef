import Layout

/// The language detector's reading of a text in one pass over its UTF-8 bytes.
///
/// The detector read the first 6000 Characters (grapheme breaking over the whole sample), lower-
/// cased them into a new string, checked that string's scalars and walked them again to cut
/// words. Here the sample is cut by scalars where they are Characters of their own, and each
/// scalar is lower-cased as it is read, its letters gathered into the word being built.
extension LanguageDetector {
    /// `String(text.prefix(characters))`. A text of no more bytes than that is whole; else,
    /// where the first scalars up to the cut and the one after it are each a Character of its
    /// own (``Unicode/Scalar/isSimpleGrapheme``), the cut falls after as many scalars.
    static func sample(_ text: String, characters limit: Int) -> String {
        if text.utf8.count <= limit { return text }
        var copy = text
        let cut: Int? = copy.withUTF8 { bytes in
            var n = 0
            var i = 0
            while i < bytes.count {
                let (value, length) = Self.scalar(in: bytes, at: i)
                guard Unicode.Scalar(value)?.isSimpleGrapheme == true else { return nil }
                if n == limit { return i }
                n += 1
                i += length
            }
            return bytes.count
        }
        guard let cut else { return String(text.prefix(limit)) }
        return cut == text.utf8.count ? text : String(text.utf8[..<text.utf8.index(text.startIndex, offsetBy: cut)])!
    }

    /// The scalar whose UTF-8 starts at `i` of valid UTF-8 (a String's bytes are), and its length.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (value: UInt32, length: Int) {
        let b = bytes[i]
        if b < 0x80 { return (UInt32(b), 1) }
        if b < 0xE0 { return (UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2) }
        if b < 0xF0 { return (UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3) }
        return (UInt32(b & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
            | UInt32(bytes[i + 3] & 0x3F), 4)
    }

    /// ``words(of:)`` read from the bytes: each scalar lower-cased as `lowercased()` does
    /// (`A`–`Z` and Latin-1's `À`–`Þ` but `×` plus 32, others by their `lowercaseMapping`),
    /// words the runs of lower-cased letters. `nil` when a lower-cased scalar is not a
    /// Character of its own: that text is read by Characters.
    static func byteWords(of text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes in
            var words = ByteWords()
            var i = 0
            while i < bytes.count && words.simple {
                let b = bytes[i]
                if b < 0x80 {
                    if b >= 0x61 && b <= 0x7A {
                        words.word.append(b)
                    } else if b >= 0x41 && b <= 0x5A {
                        words.word.append(b | 0x20)
                    } else if b == 0x0D {
                        words.simple = false  // CR LF is one Character
                    } else {
                        words.flush()
                    }
                    i += 1
                    continue
                }
                let (value, length) = Self.scalar(in: bytes, at: i)
                i += length
                guard let scalar = Unicode.Scalar(value) else { words.simple = false; continue }
                if value < 0x100 {
                    words.take(Unicode.Scalar(UInt8(value >= 0xC0 && value <= 0xDE && value != 0xD7 ? value + 0x20 : value)))
                } else {
                    for lower in scalar.properties.lowercaseMapping.unicodeScalars { words.take(lower) }
                }
            }
            guard words.simple else { return nil }
            words.flush()
            return words.words
        }
    }
}

/// The words gathered by ``LanguageDetector/byteWords(of:)``: the finished ones, the bytes of
/// the one being read, and whether every scalar so far was a Character of its own.
private struct ByteWords {
    var words: [String] = []
    var word: [UInt8] = []
    var simple = true

    init() { word.reserveCapacity(32) }

    mutating func flush() {
        guard !word.isEmpty else { return }
        words.append(String(decoding: word, as: UTF8.self))
        word.removeAll(keepingCapacity: true)
    }

    mutating func take(_ scalar: Unicode.Scalar) {
        guard scalar.isSimpleGrapheme else { simple = false; return }
        guard scalar.isLetter else { flush(); return }
        word.append(contentsOf: UTF8.encode(scalar)!)
    }
}
