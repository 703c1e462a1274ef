/// Lower-casing and word splitting that spare ASCII the Unicode tables.
///
/// The standard library's `lowercased()` maps each scalar through `lowercaseMapping` (a
/// table look-up and a small String each) as soon as a text holds one non-ASCII byte, so one
/// curly quote made a whole page cost that; `split(separator: " ")` breaks graphemes on every
/// Character. These give the same answers, ASCII by bytes, the rest as before: profiles showed
/// the two among the largest costs of segmentation.
extension String {
    /// Exactly `lowercased()`: that is the concatenation of each scalar's `lowercaseMapping`,
    /// which is `A`–`Z` plus 32 for ASCII and, in Latin-1, `À`–`Þ` (but `×`) plus 32.
    ///
    /// ASCII text with contiguous bytes is lower-cased byte by byte into a new String (what
    /// `lowercased()` does for ASCII, without its checks and copies).
    public func lowercasedFast() -> String {
        if let lowered = utf8.withContiguousStorageIfAvailable(Self.asciiLowercased) {
            if let lowered { return lowered }
        } else if !utf8.contains(where: { $0 >= 0x80 }) {
            return lowercased()
        }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 4)
        for scalar in unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                out.append(v >= 0x41 && v <= 0x5A ? UInt8(v + 0x20) : UInt8(v))
            } else if v < 0x100 {
                let lower = (v >= 0xC0 && v <= 0xDE && v != 0xD7) ? v + 0x20 : v
                out.append(UInt8(0xC0 | (lower >> 6)))
                out.append(UInt8(0x80 | (lower & 0x3F)))
            } else {
                out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// ASCII `bytes` with A–Z made a–z, or `nil` when a byte is not ASCII.
    static func asciiLowercased(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if UTF8Scan.asciiPrefixWithoutCR(bytes) < bytes.count {
            for b in bytes where b >= 0x80 { return nil }
        }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            for i in 0..<bytes.count {
                let b = bytes[i]
                out[i] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            }
            return bytes.count
        }
    }

    /// Exactly `split(separator: " ")`: the text between spaces, empty pieces left out.
    ///
    /// A space byte is a Character `" "` of its own unless the scalar before it is a prepended
    /// mark or the one after it extends a grapheme (a combining accent); both are non-ASCII, so
    /// a space with ASCII on both sides (or the text's end) is one. Any other is asked of its
    /// neighbours pair by pair: no rule of grapheme breaking (UAX #29) that can join a space
    /// looks further than the scalar next to it.
    ///
    /// Native text is scanned as contiguous bytes by offset (``spaceSeparatedWords(bytes:)``);
    /// the walk over the `utf8` view below is the fallback and what the tests compare with.
    public func spaceSeparatedWords() -> [Substring] {
        if let pieces = utf8.withContiguousStorageIfAvailable({ spaceSeparatedWords(bytes: $0) }) { return pieces }
        return spaceSeparatedWordsByIndex()
    }

    /// ``spaceSeparatedWords()`` over the text's own bytes: the same cuts, made at byte offsets
    /// (an offset into a native String's UTF-8 is an index in constant time), with room for
    /// every piece reserved from a count of the spaces.
    func spaceSeparatedWords(bytes: UnsafeBufferPointer<UInt8>) -> [Substring] {
        let n = bytes.count
        var spaces = 0
        for b in bytes where b == 0x20 { spaces += 1 }
        if spaces == 0 { return n == 0 ? [] : [self[...]] }
        var pieces: [Substring] = []
        pieces.reserveCapacity(spaces + 1)
        let view = utf8
        func index(_ offset: Int) -> String.Index { view.index(view.startIndex, offsetBy: offset) }
        var start = 0
        var previous: UInt8 = 0
        for i in 0..<n {
            let byte = bytes[i]
            if byte == 0x20 {
                let after: UInt8 = i + 1 == n ? 0 : bytes[i + 1]
                if (previous < 0x80 && after < 0x80) || Self.standsAlone(space: index(i), in: unicodeScalars) {
                    if start != i { pieces.append(self[index(start)..<index(i)]) }
                    start = i + 1
                }
            }
            previous = byte
        }
        if start != n { pieces.append(self[index(start)..<endIndex]) }
        return pieces
    }

    func spaceSeparatedWordsByIndex() -> [Substring] {
        var pieces: [Substring] = []
        let bytes = utf8
        var start = bytes.startIndex
        var previous: UInt8 = 0
        var i = bytes.startIndex
        while i != bytes.endIndex {
            let byte = bytes[i]
            let next = bytes.index(after: i)
            if byte == 0x20 {
                let after: UInt8 = next == bytes.endIndex ? 0 : bytes[next]
                if (previous < 0x80 && after < 0x80) || Self.standsAlone(space: i, in: unicodeScalars) {
                    if start != i { pieces.append(self[start..<i]) }
                    start = next
                }
            }
            previous = byte
            i = next
        }
        if start != bytes.endIndex { pieces.append(self[start..<bytes.endIndex]) }
        return pieces
    }

    /// Whether the space at `i` is a Character of its own: neither neighbour joins it.
    private static func standsAlone(space i: String.Index, in scalars: String.UnicodeScalarView) -> Bool {
        if i != scalars.startIndex, joins(scalars[scalars.index(before: i)], " ") { return false }
        let next = scalars.index(after: i)
        if next != scalars.endIndex, joins(" ", scalars[next]) { return false }
        return true
    }

    /// Whether two scalars make one Character.
    static func joins(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        var pair = String.UnicodeScalarView()
        pair.append(a)
        pair.append(b)
        return String(pair).count == 1
    }
}

extension Substring {
    /// Whether every byte of the text is ASCII (from its contiguous bytes, as String's).
    public var isASCIIOnly: Bool {
        utf8.withContiguousStorageIfAvailable { bytes in !bytes.contains(where: { $0 >= 0x80 }) }
            ?? !utf8.contains(where: { $0 >= 0x80 })
    }
}

extension String {
    /// Whether every byte of the text is ASCII, read from its contiguous bytes where it has them
    /// (a native string always does): a loop over the `utf8` view costs several times more.
    public var isASCIIOnly: Bool {
        utf8.withContiguousStorageIfAvailable { bytes in !bytes.contains(where: { $0 >= 0x80 }) }
            ?? !utf8.contains(where: { $0 >= 0x80 })
    }
}
