/// Counting and building text over contiguous UTF-8 bytes.
///
/// A String's `utf8` view walked through the generic `Sequence` machinery costs several times
/// a loop over the bytes themselves; `characterCount` and `isOneScalarPerCharacter` run for
/// most lines and words of a document (also in segmentation), so they read the bytes through
/// `withContiguousStorageIfAvailable` (native and small Strings always offer them) and keep
/// the scalar walk only for the rest. The answers are those of ``ScalarRun``: every scalar is
/// decoded from its lead byte, and the same ranges of simple graphemes are accepted.
enum UTF8Scan {
    /// The number of Characters of valid UTF-8 `bytes` when every scalar is a Character of its
    /// own (``Unicode/Scalar/isSimpleGrapheme``), else `nil`: then it is the number of scalars.
    static func simpleCharacterCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = asciiPrefixWithoutCR(bytes)
        let n = bytes.count
        // ASCII without CR first: the common case, eight bytes at a time, then byte by byte.
        while i < n {
            let b = bytes[i]
            if b >= 0x80 || b == 0x0D { break }
            i += 1
        }
        if i == n { return n }
        var count = i
        while i < n {
            let b = bytes[i]
            if b < 0x80 {
                if b == 0x0D { return nil }
                i += 1
            } else if b < 0xE0 {
                // Two bytes: U+0080–U+07FF; simple below U+0300 (lead bytes C2–CB).
                if b > 0xCB { return nil }
                i += 2
            } else if b < 0xF0 {
                // Three bytes: simple only in U+2010–U+2027, U+2030–U+205E, U+20A0–U+20CF.
                guard i + 2 < n else { return nil }
                let value = (UInt32(b & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
                switch value {
                case 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20CF: break
                default: return nil
                }
                i += 3
            } else {
                return nil
            }
            count += 1
        }
        return count
    }

    /// A length of leading bytes (a multiple of eight, possibly short of the whole ASCII
    /// prefix) that are all ASCII and none of them CR, read eight bytes at a time: no byte has
    /// its high bit set, and no byte XOR 0x0D is zero (the classic test for a zero byte in a
    /// word, exact as a yes/no answer).
    @inline(__always)
    static func asciiPrefixWithoutCR(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        let high: UInt64 = 0x8080_8080_8080_8080
        let ones: UInt64 = 0x0101_0101_0101_0101
        let cr: UInt64 = 0x0D0D_0D0D_0D0D_0D0D
        var i = 0
        while i + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let x = word ^ cr
            if word & high != 0 || (x &- ones) & ~x & high != 0 { break }
            i += 8
        }
        return i
    }

    /// The number of Unicode scalars in valid UTF-8 `bytes`: the bytes that do not continue a
    /// scalar.
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        // An ASCII prefix (read eight bytes at a time) is one scalar per byte.
        let prefix = asciiPrefixWithoutCR(bytes)
        var count = prefix
        for b in UnsafeBufferPointer(rebasing: bytes[prefix...]) where b & 0xC0 != 0x80 { count += 1 }
        return count
    }
}

extension String {
    /// `unicodeScalars.count`, from the bytes when they are contiguous.
    var scalarCount: Int {
        utf8.withContiguousStorageIfAvailable(UTF8Scan.scalarCount) ?? unicodeScalars.count
    }
}

/// Text built from pieces as UTF-8 bytes and made a String once: appending String to String
/// piece by piece costs several times more (each append checks, grows and re-counts).
struct UTF8Builder {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    var isEmpty: Bool { bytes.isEmpty }

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    mutating func appendSpace() { bytes.append(0x20) }

    /// The text so far. The pieces were Strings, so the bytes are valid UTF-8 and decoding them
    /// repairs nothing.
    var string: String { String(decoding: bytes, as: UTF8.self) }
}
