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

    /// `components(separatedBy: separator)` as Foundation answers it.
    func pieces(separatedBy separator: String) -> [String] {
        containsBytes(of: separator) ? components(separatedBy: separator) : [self]
    }
}
