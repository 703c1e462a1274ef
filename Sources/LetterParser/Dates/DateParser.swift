import Foundation
import LetterModel

/// A date read from a letter: as printed, normalized, and with the place of its dateline.
public struct DateMatch: Equatable, Sendable {
    /// The date as printed, place prefix and labels removed: `16 mai 2017`, `Junio 19 de 2020`.
    public var text: String
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY` according to ``precision``.
    public var iso: String
    public var precision: LetterDate.Precision
    /// The place that opens the dateline (`Toulouse`, `Bogotá D.C.`); nil when there is none
    /// and always nil for dates found by ``DateParser/findDates(in:language:)``.
    public var place: String?

    public init(text: String, iso: String, precision: LetterDate.Precision, place: String? = nil) {
        self.text = text
        self.iso = iso
        self.precision = precision
        self.place = place
    }
}

/// Reads dates written in English, Spanish, French, German and Portuguese letters.
///
/// Parsing is token based rather than locale based (`DateFormatter`) because letters mix
/// languages, abbreviate months freely (`Sept.`, `févr.`, `Dez.`), drop accents, and put
/// places, labels and weekdays around the date; and because results must not depend on
/// the machine's locale.
public enum DateParser {
    /// Reads a whole line as a dateline, or returns nil.
    ///
    /// The line may open with a place (`Toulouse, le 16 mai 2017`, `Bogotá D.C., Junio 19 de 2020`),
    /// a label (`Date:`, `Fecha:`, `Datum:`), an article (`le`, `den`, `a`, `em`) and a weekday
    /// (`Tuesday, 3 February 2026`), and end with a period. Anything else on the line (a body
    /// sentence that mentions a date), a bare year, or a date that does not exist gives nil:
    /// mistaking a mentioned date for the letter's own date is worse than finding none.
    ///
    /// - Parameter language: ISO 639-1 code of the letter; only decides whether `8/5/2025`
    ///   is read month first (`en`) or day first (others). May be nil.
    public static func parseDateline(_ line: String, language: String?) -> DateMatch? {
        // Every date this parser reads has a digit (a year at least); most lines have none,
        // and this check keeps the tokenizer off them.
        guard line.utf8.count <= 240,
              line.utf8.withContiguousStorageIfAvailable({ $0.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) })
                ?? line.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        let trimmed = line.trimmingBlanks()
        let tokens = DateTokenizer.tokenize(trimmed)
        guard !tokens.isEmpty, tokens.count <= 40 else { return nil }

        // The date must close the line, save for one final period.
        var end = tokens.count
        if tokens[end - 1].isPunct("."), end > 1 { end -= 1 }
        let scanner = DateScanner(tokens: Array(tokens[..<end]), language: normalized(language))

        if let candidate = scanner.scan().last, candidate.end == end {
            guard let date = candidate.date,
                  let prefix = DatelinePrefix(tokens: tokens, dateStart: candidate.start) else { return nil }
            return match(date, in: trimmed, tokens: tokens, from: prefix.textStart, to: end, prefix: prefix)
        }
        return labelledYear(trimmed, tokens: tokens, end: end)
    }

    /// Every date mentioned in `text`, in reading order, each with a nil place.
    ///
    /// Bare years are left out: in running text a four-digit number is as often an amount,
    /// a street number or a law's number as it is a year. Dates that do not exist are
    /// skipped.
    public static func findDates(in text: String, language: String?) -> [DateMatch] {
        let tokens = DateTokenizer.tokenize(text)
        let scanner = DateScanner(tokens: tokens, language: normalized(language))
        return scanner.scan().compactMap { candidate in
            candidate.date.map { match($0, in: text, tokens: tokens, from: candidate.start, to: candidate.end, prefix: nil) }
        }
    }

    // MARK: Helpers

    /// `Date: 2017`: a year alone is a dateline only when a label says it is a date.
    private static func labelledYear(_ line: String, tokens: [DateToken], end: Int) -> DateMatch? {
        let yearIndex = end - 1
        let token = tokens[yearIndex]
        guard yearIndex > 0, token.kind == .number, !token.ordinal, token.digits == 4,
              let date = CalendarDate(year: token.value),
              let prefix = DatelinePrefix(tokens: tokens, dateStart: yearIndex),
              prefix.hasLabel, prefix.textStart == yearIndex else { return nil }
        return match(date, in: line, tokens: tokens, from: yearIndex, to: end, prefix: prefix)
    }

    private static func match(_ date: CalendarDate, in text: String, tokens: [DateToken],
                              from start: Int, to end: Int, prefix: DatelinePrefix?) -> DateMatch {
        DateMatch(text: span(text, tokens, start..<end), iso: date.iso, precision: date.precision,
                  place: prefix?.place.map { span(text, tokens, $0) })
    }

    /// The printed text covered by a range of tokens.
    private static func span(_ text: String, _ tokens: [DateToken], _ range: Range<Int>) -> String {
        String(text[tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound])
    }

    /// `en-US` and `EN` become `en`.
    private static func normalized(_ language: String?) -> String? {
        guard let language, !language.isEmpty else { return nil }
        return String(language.lowercased().prefix(2))
    }
}
