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
    /// `contains(needle)` as Foundation answers it.
    func includes(_ needle: String) -> Bool {
        containsBytes(of: needle) && contains(needle)
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
    /// Whether the text holds `needle` (ASCII letters, lower case) with its letters in any case,
    /// compared byte by byte: "Agréez" and "AGRÉEZ" both hold "agr".
    /// The bytes are read in place (`withUTF8`), not copied into arrays: the closing-sentence
    /// guard asks this of every block, once per stem.
    func containsASCIIIgnoringCase(_ needle: String) -> Bool {
        var text = self, needle = needle
        return text.withUTF8 { bytes in needle.withUTF8 { wanted in Self.holdsIgnoringASCIICase(bytes, wanted) } }
    }

    private static func holdsIgnoringASCIICase(_ bytes: UnsafeBufferPointer<UInt8>, _ wanted: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = wanted.first else { return true }
        guard bytes.count >= wanted.count else { return false }
        for start in 0...(bytes.count - wanted.count) where bytes[start] | 0x20 == first {
            var k = 1
            while k < wanted.count && bytes[start + k] | 0x20 == wanted[k] { k += 1 }
            if k == wanted.count { return true }
        }
        return false
    }

    /// How many characters are numbers (`filter(\.isNumber).count`). On an ASCII line each
    /// byte is a character and only `0`–`9` are numbers, so the bytes give the same count
    /// without building characters and looking up their properties.
    var numberCount: Int {
        guard utf8.allSatisfy({ $0 < 0x80 }) else {
            // Where each scalar is a Character, a Character's `isNumber` is its scalar's.
            if isOneScalarPerCharacter { return unicodeScalars.reduce(0) { $1.isNumber ? $0 + 1 : $0 } }
            return filter(\.isNumber).count
        }
        return utf8.reduce(0) { $1 >= 0x30 && $1 <= 0x39 ? $0 + 1 : $0 }
    }
}
