/// A date found in a token sequence: which tokens it spans and what it means.
struct DateCandidate: Equatable, Sendable {
    /// Index of the first token of the date.
    var start: Int
    /// Index one past the last token of the date.
    var end: Int
    /// Nil when the words have the shape of a date that does not exist (`31 February 2017`);
    /// such spans are still consumed so that `February 2017` is not read out of them.
    var date: CalendarDate?
}

/// Finds written dates in a token sequence with a handful of patterns.
///
/// The patterns are few and explicit (day–month–year, month–day–year, month–year and
/// numeric) because letters print dates in a small number of ways, and a pattern that
/// is too loose turns page numbers and street addresses into dates.
struct DateScanner: Sendable {
    let tokens: [DateToken]
    /// ISO 639-1 code of the document; decides the order of numeric dates only.
    let language: String?

    /// Every date-shaped span in the tokens, left to right, without overlaps; spans whose
    /// date does not exist are included with a nil ``DateCandidate/date``.
    func scan() -> [DateCandidate] {
        var found: [DateCandidate] = []
        var index = 0
        while index < tokens.count {
            if let candidate = match(at: index) {
                found.append(candidate)
                index = candidate.end
            } else {
                index += 1
            }
        }
        return found
    }

    /// The date-shaped span that starts at `index`, if any.
    func match(at index: Int) -> DateCandidate? {
        numeric(at: index) ?? dayFirst(at: index) ?? monthFirst(at: index)
    }

    // MARK: Patterns

    /// `14 June 2017`, `27th October 2016`, `17. Januar 2014`, `29 de Julio del 2020`, `14th of June, 2017`.
    private func dayFirst(at index: Int) -> DateCandidate? {
        guard let day = dayNumber(at: index), !gluedToPreviousNumber(index) else { return nil }
        var next = index + 1
        if !tokens[index].ordinal, punct(".", at: next, attached: true) { next += 1 }
        if connector(at: next) { next += 1 }
        guard let (month, afterMonth) = month(at: next, allowAmbiguous: true) else { return nil }
        next = afterMonth
        if punct(",", at: next, attached: nil) { next += 1 }
        if connector(at: next) { next += 1 }
        guard let year = year(at: next) else { return nil }
        return DateCandidate(start: index, end: next + 1, date: CalendarDate(year: year, month: month, day: day))
    }

    /// `April 2, 2019`, `February 18th 2017`, `Junio 19 de 2020`, and month-only `June 2026`.
    private func monthFirst(at index: Int) -> DateCandidate? {
        guard let (month, afterMonth) = month(at: index, allowAmbiguous: false) else { return nil }
        var next = afterMonth
        if let day = dayNumber(at: next) {
            next += 1
            if punct(",", at: next, attached: nil) { next += 1 }
            if connector(at: next) { next += 1 }
            if let year = year(at: next) {
                return DateCandidate(start: index, end: next + 1, date: CalendarDate(year: year, month: month, day: day))
            }
        }
        next = afterMonth
        if punct(",", at: next, attached: nil) { next += 1 }
        if connector(at: next) { next += 1 }
        guard let year = year(at: next) else { return nil }
        return DateCandidate(start: index, end: next + 1, date: CalendarDate(year: year, month: month))
    }

    /// `8/15/2025`, `15.08.2025`, `2017-06-14`, `8/15/25`.
    ///
    /// Year first is ISO order. Otherwise `.` means day first (a European habit), and `/`
    /// or `-` follow the document's language: month first in English, day first in the
    /// other languages, and with no language month first unless the first number cannot
    /// be a month. When the preferred order gives no valid date the other order is tried,
    /// since `15/8/2025` cannot be read month first in any language.
    private func numeric(at index: Int) -> DateCandidate? {
        let end = index + 5
        guard end <= tokens.count, !gluedToPreviousNumber(index) else { return nil }
        let first = tokens[index], second = tokens[index + 2], third = tokens[index + 4]
        let separator = tokens[index + 1]
        guard [first, second, third].allSatisfy({ $0.kind == .number && !$0.ordinal }),
              ["/", ".", "-"].contains(separator.key), separator.kind == .punct,
              tokens[index + 3].kind == .punct, tokens[index + 3].key == separator.key,
              tokens[(index + 1)..<end].allSatisfy({ !$0.spaceBefore }),
              !continuesNumerically(after: end) else { return nil }

        if first.digits == 4 {
            guard second.digits <= 2, third.digits <= 2 else { return nil }
            return DateCandidate(start: index, end: end,
                                 date: CalendarDate(year: first.value, month: second.value, day: third.value))
        }
        guard first.digits <= 2, second.digits <= 2, let year = numericYear(third) else { return nil }
        // `3.1.12` is more often a section number than a date: two-digit years need padded parts.
        if third.digits == 2, separator.key == ".", first.digits != 2 || second.digits != 2 { return nil }

        let dayFirst: Bool
        if separator.key == "." {
            dayFirst = true
        } else if let language {
            dayFirst = language != "en"
        } else {
            dayFirst = first.value > 12
        }
        let (day, month) = dayFirst ? (first.value, second.value) : (second.value, first.value)
        let date = CalendarDate(year: year, month: month, day: day)
            ?? CalendarDate(year: year, month: day, day: month)
        return DateCandidate(start: index, end: end, date: date)
    }

    // MARK: Pieces

    /// A day of the month: one or two digits, 1–31, ordinal or not.
    private func dayNumber(at index: Int) -> Int? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        guard token.kind == .number, token.digits <= 2, (1...31).contains(token.value) else { return nil }
        return token.value
    }

    /// A four-digit year standing on its own (not part of `2017-2018` or `2017/18`).
    private func year(at index: Int) -> Int? {
        guard index < tokens.count else { return nil }
        let token = tokens[index]
        guard token.kind == .number, !token.ordinal, token.digits == 4,
              !continuesNumerically(after: index + 1) else { return nil }
        return token.value
    }

    /// The year of a numeric date: four digits, or two digits read as 20xx.
    private func numericYear(_ token: DateToken) -> Int? {
        switch token.digits {
        case 4: return token.value
        case 2: return 2000 + token.value
        default: return nil
        }
    }

    /// A month name at `index` and the index after it (and after its abbreviation period).
    private func month(at index: Int, allowAmbiguous: Bool) -> (Int, Int)? {
        guard index < tokens.count, tokens[index].kind == .word,
              let month = DateVocabulary.months[tokens[index].key] else { return nil }
        let dotted = punct(".", at: index + 1, attached: true)
        if DateVocabulary.ambiguousMonthWords.contains(tokens[index].key), !dotted, !allowAmbiguous {
            return nil
        }
        return (month, dotted ? index + 2 : index + 1)
    }

    private func connector(at index: Int) -> Bool {
        index < tokens.count && tokens[index].kind == .word && DateVocabulary.connectors.contains(tokens[index].key)
    }

    /// Whether the token at `index` is `character`; `attached` requires (true) or forbids
    /// (false) that it touch the previous token, nil accepts both.
    private func punct(_ character: Character, at index: Int, attached: Bool?) -> Bool {
        guard index < tokens.count, tokens[index].isPunct(character) else { return false }
        guard let attached else { return true }
        return tokens[index].spaceBefore != attached
    }

    /// Whether the token at `index` continues a number written just before it (`1.2` in `1.2.3`).
    private func gluedToPreviousNumber(_ index: Int) -> Bool {
        guard index > 0, !tokens[index].spaceBefore else { return false }
        let previous = tokens[index - 1]
        if previous.kind == .number || previous.kind == .other { return true }
        guard ["/", ".", "-", ":"].contains(previous.key), previous.kind == .punct, index > 1 else { return false }
        return !previous.spaceBefore && tokens[index - 2].kind == .number
    }

    /// Whether the tokens from `index` on continue the number just before them (`-2018`, `.4`).
    private func continuesNumerically(after index: Int) -> Bool {
        guard index < tokens.count, !tokens[index].spaceBefore else { return false }
        let next = tokens[index]
        if next.kind == .number || next.kind == .other { return true }
        guard ["/", ".", "-", ":"].contains(next.key), next.kind == .punct, index + 1 < tokens.count else { return false }
        let after = tokens[index + 1]
        return !after.spaceBefore && after.kind == .number
    }
}
