import Foundation
import Layout

/// One piece of a line as the date patterns see it: a word, a number or a punctuation mark.
///
/// Tokens keep their range in the original string so that a match can return the date
/// exactly as printed, while patterns compare folded keys (`Févr.` → `fevr`).
struct DateToken: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// Letters only; ``DateToken/key`` is folded.
        case word
        /// ASCII digits, possibly with an ordinal suffix (`27th`, `1er`, `1º`).
        case number
        /// One character that is neither a letter, a digit nor a space.
        case punct
        /// Letters and digits mixed in a way no date uses (`May23`, `4x4`).
        case other
    }

    var kind: Kind
    /// Folded word, the digits of a number, or the punctuation character.
    var key: String
    /// The value of a number (0 for other kinds).
    var value: Int
    /// How many digits a number has; tells `08` from `8` and years from days.
    var digits: Int
    /// Whether a number carries an ordinal suffix.
    var ordinal: Bool
    /// Whether the token starts with an uppercase letter (`Berlin`, `DC`); place names do.
    var capitalised: Bool
    /// Whether whitespace separates this token from the previous one.
    var spaceBefore: Bool
    var range: Range<String.Index>

    func isPunct(_ character: Character) -> Bool { kind == .punct && key == String(character) }
}

/// Splits text into ``DateToken``s.
///
/// Runs of letters and digits stay together so that `27th` is one ordinal number and
/// `May23` (from a URL) is not a month followed by a day.
enum DateTokenizer {
    /// Text whose scalars are Characters of their own (nearly every line) is walked by
    /// scalars, each Character test asked of its scalar; other text by Characters
    /// (``slowTokenize(_:)``, which the tests compare with this).
    static func tokenize(_ text: String) -> [DateToken] {
        guard text.isOneScalarPerCharacter else { return slowTokenize(text) }
        return tokenize(text, units: text.unicodeScalars)
    }

    static func slowTokenize(_ text: String) -> [DateToken] {
        tokenize(text, units: text)
    }

    /// The tokenizer itself, over `text` read as `units` (its Characters or its scalars, whose
    /// indices are the text's own).
    private static func tokenize<Units: BidirectionalCollection>(_ text: String, units: Units) -> [DateToken]
    where Units.Index == String.Index, Units.Element: TextUnit {
        var tokens: [DateToken] = []
        var index = units.startIndex
        var sawSpace = true
        while index < units.endIndex {
            let unit = units[index]
            if unit.isUnitWhitespace {
                sawSpace = true
                index = units.index(after: index)
                continue
            }
            var end = units.index(after: index)
            if isRunUnit(unit) {
                while end < units.endIndex, isRunUnit(units[end]) { end = units.index(after: end) }
                tokens.append(classifyRun(text[index..<end], spaceBefore: sawSpace))
            } else {
                tokens.append(DateToken(kind: .punct, key: String(text[index..<end]), value: 0, digits: 0,
                                        ordinal: false, capitalised: false, spaceBefore: sawSpace,
                                        range: index..<end))
            }
            sawSpace = false
            index = end
        }
        return tokens
    }

    /// Letters, ASCII digits and ordinal indicators; superscript footnote digits are excluded.
    private static func isRunUnit<Unit: TextUnit>(_ unit: Unit) -> Bool {
        unit.isUnitLetter || unit.isUnitASCIIDigit || unit == "°"
    }

    /// Lowercases and strips diacritics so that `Févr`, `fevr` and `FÉVR` compare equal.
    ///
    /// ASCII has no diacritics and folds to its lower case, so it is lower-cased by the
    /// standard library without Foundation's bridge (which cost most of the tokenizer's time);
    /// the rest goes through ``slowFold(_:)``.
    static func fold(_ text: some StringProtocol) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return String(text).lowercased() }
        return slowFold(text)
    }

    static func slowFold(_ text: some StringProtocol) -> String {
        String(text).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }

    private static func isDigit(_ character: Character) -> Bool {
        character.isASCII && character.isNumber
    }

    /// A run's token. A run of ASCII letters and digits is read by its bytes (each its own
    /// Character); ``slowClassifyRun(_:spaceBefore:)`` reads the rest.
    static func classifyRun(_ run: Substring, spaceBefore: Bool) -> DateToken {
        var digits = 0, letters = 0
        var leading = true
        for byte in run.utf8 {
            if byte >= 0x80 { return slowClassifyRun(run, spaceBefore: spaceBefore) }
            if byte >= 0x30 && byte <= 0x39 {
                if leading { digits += 1 }
            } else if (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) {
                leading = false
                letters += 1
            } else {
                return slowClassifyRun(run, spaceBefore: spaceBefore)  // no run the tokenizer cuts
            }
        }
        let first = run.utf8.first ?? 0
        var token = DateToken(kind: .other, key: String(run).lowercased(), value: 0, digits: digits,
                              ordinal: false, capitalised: first >= 0x41 && first <= 0x5A,
                              spaceBefore: spaceBefore, range: run.startIndex..<run.endIndex)
        if digits == 0 {
            // No digit at all: letters only.
            if letters == run.utf8.count { token.kind = .word }
            return token
        }
        let digitEnd = run.utf8.index(run.startIndex, offsetBy: digits)
        let rest = run[digitEnd...]
        guard rest.isEmpty || DateVocabulary.ordinalSuffixes.contains(String(rest).lowercased()),
              digits <= 9, let value = Int(run[..<digitEnd]) else { return token }
        token.kind = .number
        token.key = String(run[..<digitEnd])
        token.value = value
        token.ordinal = !rest.isEmpty
        return token
    }

    /// ``classifyRun(_:spaceBefore:)`` by Characters, as it was written first.
    static func slowClassifyRun(_ run: Substring, spaceBefore: Bool) -> DateToken {
        let digitPrefix = run.prefix(while: isDigit)
        let rest = run.dropFirst(digitPrefix.count)
        var token = DateToken(kind: .other, key: fold(run), value: 0, digits: digitPrefix.count,
                              ordinal: false, capitalised: run.first?.isUppercase ?? false,
                              spaceBefore: spaceBefore, range: run.startIndex..<run.endIndex)
        if digitPrefix.isEmpty {
            if rest.allSatisfy(\.isLetter) { token.kind = .word }
            return token
        }
        let suffix = fold(rest)
        guard rest.isEmpty || DateVocabulary.ordinalSuffixes.contains(suffix)
            || DateVocabulary.ordinalSuffixes.contains(String(rest).lowercased()),
            digitPrefix.count <= 9, let value = Int(digitPrefix) else { return token }
        token.kind = .number
        token.key = String(digitPrefix)
        token.value = value
        token.ordinal = !rest.isEmpty
        return token
    }
}
