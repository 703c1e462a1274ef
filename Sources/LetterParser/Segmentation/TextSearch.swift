import Foundation
import Layout

/// Foundation's substring search and split, with a byte search in front.
///
/// Foundation compares whole characters under canonical equivalence, and bridges both
/// strings to UTF-16 on every call, which costs thousands of instructions even when the
/// needle is absent. The needles used here are ASCII punctuation, letters and spaces and the
/// dashes `–` `—`, none of them `K`, `;` or a backtick: no other character is canonically
/// equivalent to any of them, so a Foundation match needs the needle's bytes in the text, and
/// a text without them is answered without Foundation. A text with them still gets
/// Foundation's answer (`"/\u{338}"` holds the byte of `/` but no character `/`).
extension String {
    /// `contains(needle)` as Foundation answers it. Where every scalar of the text is a
    /// Character of its own, the needle's bytes are its Characters in a row and nothing else
    /// can match them, so the bytes alone answer; otherwise Foundation does.
    func includes(_ needle: String) -> Bool {
        containsBytes(of: needle) && (isOneScalarPerCharacter || contains(needle))
    }

    /// `range(of: needle)` as Foundation answers it.
    func rangeIfIncluded(of needle: String) -> Range<Index>? {
        containsBytes(of: needle) ? range(of: needle) : nil
    }

    /// `components(separatedBy: separator)` as Foundation answers it.
    func pieces(separatedBy separator: String) -> [String] {
        containsBytes(of: separator) ? components(separatedBy: separator) : [self]
    }
}

extension String {
    /// Whether the text holds `needle` with its ASCII letters in any case, compared byte by
    /// byte: "Agréez" and "AGRÉEZ" both hold "agr"; a needle's other bytes (lower-case letters
    /// outside ASCII among them) must be there as they are: "Agréez" holds "agré", "AGRÉEZ" does not.
    /// The bytes are read in place (`withUTF8`), not copied into arrays: the closing-sentence
    /// guard asks this of every block, once per stem.
    func containsASCIIIgnoringCase(_ needle: String) -> Bool {
        var text = self, needle = needle
        return text.withUTF8 { bytes in needle.withUTF8 { wanted in Self.holdsIgnoringASCIICase(bytes, wanted) } }
    }

    private static func holdsIgnoringASCIICase(_ bytes: UnsafeBufferPointer<UInt8>, _ wanted: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = wanted.first else { return true }
        guard bytes.count >= wanted.count else { return false }
        let firstIsLetter = isASCIILowercase(first)
        for start in 0...(bytes.count - wanted.count) where bytes[start] == first || (firstIsLetter && bytes[start] | 0x20 == first) {
            if holds(wanted, in: bytes, at: start) { return true }
        }
        return false
    }

    /// Whether `wanted` stands in `bytes` at `start` (which leaves room for it), its ASCII
    /// letters in any case and its other bytes as they are.
    @inline(__always)
    fileprivate static func holds(_ wanted: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        for k in wanted.indices where bytes[start + k] != wanted[k] {
            guard bytes[start + k] | 0x20 == wanted[k], isASCIILowercase(wanted[k]) else { return false }
        }
        return true
    }

    /// Whether the text holds any of `needles` as ``containsASCIIIgnoringCase(_:)`` finds each:
    /// one pass over the text, trying the needles only where one could start.
    func containsAnyASCIIIgnoringCase(_ needles: ASCIICaseNeedles) -> Bool {
        if needles.hasEmpty { return true }
        var text = self
        return text.withUTF8 { bytes in
            for start in bytes.indices where needles.canStart[Int(bytes[start])] {
                for wanted in needles.bytes where wanted.count <= bytes.count - start {
                    if wanted.withUnsafeBufferPointer({ Self.holds($0, in: bytes, at: start) }) { return true }
                }
            }
            return false
        }
    }

    @inline(__always)
    fileprivate static func isASCIILowercase(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }

    /// How many characters are numbers (`filter(\.isNumber).count`). On an ASCII line each
    /// byte is a character and only `0`–`9` are numbers, so the bytes give the same count
    /// without building characters and looking up their properties.
    ///
    /// One pass over the contiguous bytes counts the digits and stops at the first byte outside
    /// ASCII (two passes over the `utf8` view cost about ten times more per byte).
    var numberCount: Int {
        var text = self
        let asciiDigits: Int? = text.withUTF8 { bytes in
            var digits = 0
            for byte in bytes {
                if byte >= 0x80 { return nil }
                if byte >= 0x30 && byte <= 0x39 { digits += 1 }
            }
            return digits
        }
        if let asciiDigits { return asciiDigits }
        // Where each scalar is a Character, a Character's `isNumber` is its scalar's.
        if isOneScalarPerCharacter { return unicodeScalars.reduce(0) { $1.isNumber ? $0 + 1 : $0 } }
        return filter(\.isNumber).count
    }
}

/// Needles for ``Swift/String/containsAnyASCIIIgnoringCase(_:)``, with a table of the bytes
/// a match can start with (a lower-case ASCII letter's capital too).
struct ASCIICaseNeedles: Sendable {
    let bytes: [[UInt8]]
    let canStart: [Bool]
    let hasEmpty: Bool

    init(_ needles: [String]) {
        bytes = needles.map { Array($0.utf8) }
        hasEmpty = bytes.contains { $0.isEmpty }
        var table = [Bool](repeating: false, count: 256)
        for first in bytes.compactMap(\.first) {
            table[Int(first)] = true
            if String.isASCIILowercase(first) { table[Int(first - 0x20)] = true }
        }
        canStart = table
    }
}
