import Foundation

/// A word or punctuation mark of a text, kept both as printed and in comparison form.
///
/// Diffs compare ``key`` but show ``text``: two versions that differ only in typesetting
/// (curly or straight quotes, dash style, spacing, line breaks, soft hyphens) compare equal,
/// while the reader still sees the new version as it is printed.
struct Token: Equatable, Sendable {
    /// The token as printed (soft hyphens and line-break hyphens already repaired).
    var text: String
    /// The comparison form: NFKC, one quote and one dash character, ellipsis as `...`.
    var key: String
    /// Whether whitespace separated it from the token before; only used to re-join tokens.
    var spaceBefore: Bool
}

/// Splits text into tokens and builds the normalized form that decides "unchanged".
///
/// Words are runs of letters and digits; every other non-space character is its own token
/// (a run of dashes or dots is one), so that `trust.` → `trust,` shows as a changed comma,
/// not a changed word, and spacing around dashes never matters.
enum TextNormalizer {
    /// Characters that typesetting adds or removes without changing the text.
    private static let invisible: Set<Unicode.Scalar> = ["\u{00AD}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}"]
    private static let dashes: Set<Character> = ["-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}", "\u{FE58}", "\u{FE63}", "\u{FF0D}"]
    private static let doubleQuotes: Set<Character> = ["\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}", "\u{301D}", "\u{301E}", "\u{FF02}"]
    private static let singleQuotes: Set<Character> = ["'", "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}", "\u{2039}", "\u{203A}", "`", "\u{00B4}", "\u{FF07}"]
    private static let dots: Set<Character> = [".", "\u{2026}"]

    /// The tokens of `text`, in order.
    static func tokens(_ text: String) -> [Token] {
        let chars = Array(cleaned(text))
        var tokens: [Token] = []
        var i = 0
        var sawSpace = false
        while i < chars.count {
            let ch = chars[i]
            if ch.isWhitespace { sawSpace = true; i += 1; continue }
            var j = i + 1
            if isWordCharacter(ch) {
                while j < chars.count, isWordCharacter(chars[j]) { j += 1 }
            } else if dashes.contains(ch) {
                while j < chars.count, dashes.contains(chars[j]) { j += 1 }
            } else if dots.contains(ch) {
                while j < chars.count, dots.contains(chars[j]) { j += 1 }
            }
            let piece = String(chars[i..<j])
            // A hyphen at a line end inside a word ("recog-\nnise") is typesetting: join the halves.
            if dashes.contains(ch), j - i == 1, !sawSpace, let last = tokens.last, isWordCharacter(last.text.last!),
               let start = lineBreakContinuation(chars, after: j) {
                var word = start
                while word < chars.count, isWordCharacter(chars[word]) { word += 1 }
                let joined = last.text + String(chars[start..<word])
                tokens[tokens.count - 1] = Token(text: joined, key: key(joined), spaceBefore: last.spaceBefore)
                i = word
                sawSpace = false
                continue
            }
            tokens.append(Token(text: piece, key: key(piece), spaceBefore: sawSpace))
            sawSpace = false
            i = j
        }
        return tokens
    }

    /// The comparison form of a whole text: token keys joined by single spaces.
    static func normalized(_ text: String) -> String {
        tokens(text).map(\.key).joined(separator: " ")
    }

    /// The comparison form of one token.
    static func key(_ token: String) -> String {
        guard let first = token.first else { return token }
        if dashes.contains(first) { return "-" }
        if token.count == 1, doubleQuotes.contains(first) { return "\"" }
        if token.count == 1, singleQuotes.contains(first) { return "'" }
        return token.precomposedStringWithCompatibilityMapping.replacingOccurrences(of: "\u{2026}", with: "...")
    }

    /// Joins tokens back into readable text, one space where the source had whitespace.
    /// `leadingSpace` keeps the first token's space, for segments that continue a line.
    static func join(_ tokens: ArraySlice<Token>, leadingSpace: Bool) -> String {
        var out = ""
        for (n, token) in tokens.enumerated() {
            if token.spaceBefore, n > 0 || leadingSpace { out.append(" ") }
            out.append(token.text)
        }
        return out
    }

    /// NFC text without invisible typesetting characters.
    private static func cleaned(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars where !invisible.contains(scalar) {
            scalars.append(scalar)
        }
        return String(scalars)
    }

    private static func isWordCharacter(_ ch: Character) -> Bool { ch.isLetter || ch.isNumber }

    /// Where the next word starts when only whitespace containing a line break, then a
    /// lower-case letter, follows `index`; `nil` otherwise.
    private static func lineBreakContinuation(_ chars: [Character], after index: Int) -> Int? {
        var k = index
        var sawNewline = false
        while k < chars.count, chars[k].isWhitespace {
            if chars[k].isNewline { sawNewline = true }
            k += 1
        }
        guard sawNewline, k < chars.count, chars[k].isLowercase else { return nil }
        return k
    }
}
