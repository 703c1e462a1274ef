import Foundation

/// Joins lines into running text and cleans what PDF producers leave in it.
public enum TextJoin {
    /// Joins lines with single spaces. A line ending in a hyphen after a letter, followed by a
    /// line starting with a lower-case letter, is a line-break hyphen and is removed — unless
    /// the line says the hyphen belongs to a compound (``Line/keepsTrailingHyphen``).
    public static func join(_ lines: [Line]) -> String {
        var starts: [Int?]? = nil
        return join(lines, starts: &starts)
    }

    /// ``join(_:)`` that also says where each line's trimmed text starts in the result, in
    /// Unicode code points (`nil` for a blank line): what footnote markers' offsets in a block's
    /// text are computed from.
    public static func joinTracking(_ lines: [Line]) -> (text: String, starts: [Int?]) {
        var starts: [Int?]? = []
        let text = join(lines, starts: &starts)
        return (text, starts ?? [])
    }

    /// The one join; `starts`, when not `nil`, collects line starts. The length is counted in
    /// code points as it grows (counting a growing String again would be quadratic).
    ///
    /// Each test on the text so far first reads its last byte (``mayEndWithURLBreak(_:)``,
    /// ``mayEndWithBreakHyphen(_:)``): most lines end in a letter or a stop, and reading the last
    /// Character of a long text walks graphemes backwards.
    private static func join(_ lines: [Line], starts: inout [Int?]?) -> String {
        if lines.count == 1, starts == nil {
            // One line: its trimmed text, as the loop below gives it.
            return lines[0].text.trimmingBlanks()
        }
        var out = ""
        var capacity = lines.count
        for item in lines { capacity += item.text.utf8.count }
        var length = 0
        var keep = false
        for item in lines {
            let line = item.text.trimmingBlanks()
            defer { keep = item.keepsTrailingHyphen }
            guard !line.isEmpty else { starts?.append(nil); continue }
            let count = line.scalarCount
            if out.isEmpty {
                // Room for every line and a space between, so that appending never regrows it.
                out.reserveCapacity(capacity)
                out += line; length = count; starts?.append(0); continue
            }
            if mayEndWithURLBreak(out), let last = out.last, "-/_.?=&".contains(last), looksLikeURLTail(out),
               !line.contains(" ") || line.first?.isLowercase == true || last != "." {
                starts?.append(length)
                out += line // a URL broken across lines
            } else if mayEndWithBreakHyphen(out), out.hasSuffix(" -"), droppingLast(2, of: out).last?.isLetter == true, let first = line.first, first.isLowercase {
                // "com -" / "pletely": a justified line's break hyphen set off by a space.
                out.removeLast(2)
                length -= 2
                starts?.append(length)
                out += line
            } else if mayEndWithBreakHyphen(out), endsWithBreakHyphen(out), let first = line.first, first.isLowercase {
                if keep {
                    starts?.append(length)
                    out += line
                } else {
                    out.removeLast()
                    length -= 1
                    starts?.append(length)
                    out += line
                }
            } else {
                out.append(" ")
                length += 1
                starts?.append(length)
                out.append(line)
            }
            length += count
        }
        return out
    }

    /// The join as it was before its byte tests and its one-line shortcut: what the tests
    /// compare ``joinTracking(_:)`` with.
    static func referenceJoinTracking(_ lines: [Line]) -> (text: String, starts: [Int?]) {
        var starts: [Int?] = []
        var out = ""
        var length = 0
        var keep = false
        for item in lines {
            let line = item.text.trimmingBlanks()
            defer { keep = item.keepsTrailingHyphen }
            guard !line.isEmpty else { starts.append(nil); continue }
            let count = line.unicodeScalars.count
            if out.isEmpty { out = line; length = count; starts.append(0); continue }
            if let last = out.last, "-/_.?=&".contains(last), looksLikeURLTail(out), !line.contains(" ") || line.first?.isLowercase == true || last != "." {
                starts.append(length)
                out += line
            } else if out.hasSuffix(" -"), out.dropLast(2).last?.isLetter == true, let first = line.first, first.isLowercase {
                out.removeLast(2)
                length -= 2
                starts.append(length)
                out += line
            } else if endsWithBreakHyphen(out), let first = line.first, first.isLowercase {
                if keep {
                    starts.append(length)
                    out += line
                } else {
                    out.removeLast()
                    length -= 1
                    starts.append(length)
                    out += line
                }
            } else {
                out.append(" ")
                length += 1
                starts.append(length)
                out.append(line)
            }
            length += count
        }
        return (out, starts)
    }

    /// False only where the text's last Character, blanks trimmed or not, is neither "-" nor a
    /// soft hyphen, so that ``endsWithBreakHyphen(_:)`` (of the text or of it trimmed) and
    /// `hasSuffix(" -")` are false: when its last byte is printable ASCII other than "-". Such a
    /// byte ends a Character that is not blank and is that ASCII character alone or after a
    /// prepended mark (the reasoning of ``Trim``); "-" has no canonical equivalent.
    static func mayEndWithBreakHyphen(_ s: String) -> Bool {
        guard let last = s.utf8.last else { return false }
        return !Trim.isSolid(last) || last == UInt8(ascii: "-")
    }

    /// False only where the text's last Character is none of "-/_.?=&" (the ends of a URL
    /// broken across lines): when its last byte is printable ASCII outside them. No other
    /// Character is canonically equivalent to one of them, and a Character equal to one ends
    /// in its byte.
    static func mayEndWithURLBreak(_ s: String) -> Bool {
        guard let last = s.utf8.last else { return false }
        guard Trim.isSolid(last) else { return true }
        switch last {
        case UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "="), UInt8(ascii: "&"): return true
        default: return false
        }
    }

    static func endsWithBreakHyphen(_ s: String) -> Bool {
        guard s.hasSuffix("-") || s.hasSuffix("\u{00AD}") else { return false }
        let beforeHyphen = droppingLast(1, of: s)
        guard let prev = beforeHyphen.last else { return false }
        return prev.isLetter
    }

    /// The word before a trailing hyphen ("govern" of "… govern-").
    static func lastWord(of s: String) -> String {
        let trimmed = droppingLast(1, of: s)
        // The trailing run of letters and hyphens, found by stepping back over it (a String
        // made from the reversed prefix of the reversed text cost some 50,000 instructions).
        var start = trimmed.endIndex
        while start > trimmed.startIndex {
            let before = trimmed.index(before: start)
            let c = trimmed[before]
            guard c.isLetter || c == "-" else { break }
            start = before
        }
        return String(trimmed[start...])
    }

    static func firstWord(of s: String) -> String {
        String(s.prefix { $0.isLetter || $0 == "-" })
    }

    /// `s.dropLast(k)`, found by stepping `k` Characters back from the end: the `dropLast`
    /// these calls resolved to counted every Character of the text first.
    static func droppingLast(_ k: Int, of s: String) -> Substring {
        s[..<(s.index(s.endIndex, offsetBy: -k, limitedBy: s.startIndex) ?? s.startIndex)]
    }

    static func looksLikeURLTail(_ s: String) -> Bool {
        let lastToken = s.lastIndex(of: " ").map { s[s.index(after: $0)...] } ?? s[...]
        return lastToken.contains("://") || lastToken.hasPrefix("www.")
    }

    /// Normalizes extracted text: ligatures expanded, invisible marks removed, odd spaces made
    /// plain, NFC. Browser- and Docs-made PDFs scatter zero-width and bidi marks through text.
    public static func clean(_ s: String) -> String {
        // Fast paths: printable ASCII needs no work (and is already NFC), nor does text of
        // other scalars that pass unchanged and that normalization leaves alone.
        if isPrintableASCII(s) || s.unicodeScalars.allSatisfy(isClean) { return s }
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            switch scalar.value {
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x00AD:
                continue // invisible marks; soft hyphens are only a hint for breaking
            case 0xFB00...0xFB06:
                out.append(contentsOf: String(scalar).decomposedStringWithCompatibilityMapping.unicodeScalars)
            case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                out.append(" ")
            case 0x0000...0x0008, 0x000B, 0x000C, 0x000E...0x001F, 0x007F, 0xFFFD:
                continue
            default:
                out.append(scalar)
            }
        }
        return String(out).precomposedStringWithCanonicalMapping
    }

    /// Whether every byte of the text is printable ASCII: read from contiguous bytes when the
    /// text has them (the generic walk over the `utf8` view cost several times more).
    static func isPrintableASCII(_ s: String) -> Bool {
        if let answer = s.utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
            for b in bytes where b < 0x20 || b >= 0x7F { return false }
            return true
        }) { return answer }
        return s.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
    }

    /// Whether ``clean(_:)`` keeps the scalar and NFC cannot change text made only of such
    /// scalars: printable, neither an invisible mark nor an odd space, and a starter (canonical
    /// combining class 0) that is NFC_Quick_Check=Yes, so it neither decomposes nor composes
    /// with a neighbour. Latin, general punctuation, currency signs, the private-use area where
    /// symbol fonts put their bullets.
    static func isClean(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20..<0x7F, 0xA1..<0xAD, 0xAE..<0x300, 0x1E00..<0x1F00, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20CF, 0xF000...0xF0FF: true
        default: false
        }
    }
}
