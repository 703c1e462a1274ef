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
        if Trim.hasEnds(utf8, outside: characters) { return self }
        if let trimmed = Trim.asciiTrimmed(self, outside: characters) { return trimmed }
        return self[...].trimming { characters.contains($0) }
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
        if let answer = characters.utf8.withContiguousStorageIfAvailable({ set -> Bool in
            for b in set where b >= 0x80 || b == first || b == last { return false }
            return true
        }) { return answer }
        let set = characters.utf8
        return set.allSatisfy { $0 < 0x80 } && !set.contains(first) && !set.contains(last)
    }

    /// `text` trimmed of the characters in `characters` by bytes, when both are ASCII and
    /// neither holds a CR: then every byte of either is a Character of its own, and an ASCII
    /// Character equals only itself among ASCII ones. `nil` for any other text or set, which the
    /// Character walk trims.
    static func asciiTrimmed(_ text: String, outside characters: String) -> String? {
        var set = characters
        return set.withUTF8 { set -> String? in
            // A CR in the set would join an LF after it into one Character "\r\n".
            for b in set where b >= 0x80 || b == 0x0D { return nil }
            func inSet(_ byte: UInt8) -> Bool {
                for b in set where b == byte { return true }
                return false
            }
            return text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
                guard UTF8Scan.simpleCharacterCount(bytes) == bytes.count else { return nil }  // ASCII without CR
                var start = 0, end = bytes.count
                while start < end && inSet(bytes[start]) { start += 1 }
                while end > start && inSet(bytes[end - 1]) { end -= 1 }
                if start == 0 && end == bytes.count { return text }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
            } ?? nil
        }
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
