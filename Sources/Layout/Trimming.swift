import Foundation

/// Trimming without Foundation's `trimmingCharacters(in:)`, which bridges every call through
/// `NSString` and was a tenth of all extraction time in profiles.
///
/// Most text has nothing to trim: it starts and ends with a printable ASCII character. That is
/// read from the first and last UTF-8 byte, so such text is returned without the grapheme
/// breaking that walking Characters costs; anything else takes the Character walk. (String and
/// Substring get their own overloads, so that callers in other modules do not run generic code.)
extension String {
    /// The string without leading and trailing whitespace (spaces, tabs, newlines, no-break spaces).
    public func trimmingBlanks() -> String {
        Trim.hasSolidEnds(utf8) ? self : self[...].trimming { $0.isWhitespace }
    }

    /// The string without leading and trailing characters found in `characters`.
    public func trimming(charactersIn characters: String) -> String {
        Trim.hasEnds(utf8, outside: characters) ? self : self[...].trimming { characters.contains($0) }
    }
}

extension Substring {
    /// The text without leading and trailing whitespace (spaces, tabs, newlines, no-break spaces).
    public func trimmingBlanks() -> String {
        Trim.hasSolidEnds(utf8) ? String(self) : trimming { $0.isWhitespace }
    }

    /// The text without leading and trailing characters found in `characters`.
    public func trimming(charactersIn characters: String) -> String {
        Trim.hasEnds(utf8, outside: characters) ? String(self) : trimming { characters.contains($0) }
    }

    fileprivate func trimming(where predicate: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !predicate($0) }), let last = lastIndex(where: { !predicate($0) }) else { return "" }
        return String(self[first...last])
    }
}

/// The byte tests behind the fast paths.
///
/// They are exact, not heuristics: the first Character of a text starts with its first scalar,
/// and an ASCII scalar continues a grapheme only after CR (as LF) or after a prepended mark,
/// which is neither blank nor ASCII. So a Character at either end that holds a printable,
/// non-space ASCII byte there is not blank, and is none of a set of ASCII characters that lacks
/// that byte (Characters compare by canonical equivalence, and an ASCII character is
/// equivalent to itself alone).
enum Trim {
    /// Whether the text begins and ends with printable ASCII other than a space.
    static func hasSolidEnds<Bytes: BidirectionalCollection<UInt8>>(_ bytes: Bytes) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        return isSolid(first) && isSolid(last)
    }

    /// Whether the text begins and ends with ASCII characters that are not in `characters`,
    /// itself all ASCII.
    static func hasEnds<Bytes: BidirectionalCollection<UInt8>>(_ bytes: Bytes, outside characters: String) -> Bool {
        guard let first = bytes.first, let last = bytes.last, first < 0x80, last < 0x80 else { return false }
        let set = characters.utf8
        return set.allSatisfy { $0 < 0x80 } && !set.contains(first) && !set.contains(last)
    }

    static func isSolid(_ byte: UInt8) -> Bool { byte > 0x20 && byte < 0x7F }

    /// ``String/containsBytes(of:)`` as it was written first, comparing at every offset: what
    /// the tests compare `memmem` with.
    static func referenceContainsBytes(_ haystack: String, _ needle: String) -> Bool {
        let h = Array(haystack.utf8), n = Array(needle.utf8)
        guard n.count > 0 else { return true }
        guard h.count >= n.count else { return false }
        for i in 0...(h.count - n.count) where h[i..<(i + n.count)].elementsEqual(n) { return true }
        return false
    }
}

extension String {
    /// Whether the UTF-8 bytes of `needle` occur in the string: a plain byte search rather
    /// than Foundation's `contains`, which converts both strings to UTF-16 on every call.
    /// Candidates for the first byte are found with the C library's `memchr` (vectorised).
    public func containsBytes(of needle: String) -> Bool {
        var haystack = self
        var needle = needle
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                guard n.count > 0 else { return true }
                guard h.count >= n.count, let hBase = h.baseAddress, let nBase = n.baseAddress else { return false }
                // Candidates found with the C library's memchr (vectorised), checked with
                // memcmp: the same answer as comparing at every offset.
                let first = Int32(n[0])
                let last = h.count - n.count  // the last offset where the needle fits
                var i = 0
                while i <= last {
                    guard let found = memchr(hBase + i, first, last - i + 1) else { return false }
                    let offset = UnsafeRawPointer(found) - UnsafeRawPointer(hBase)
                    if memcmp(hBase + offset, nBase, n.count) == 0 { return true }
                    i = offset + 1
                }
                return false
            }
        }
    }
}
