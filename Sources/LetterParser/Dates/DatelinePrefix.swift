/// What stands before the date on a dateline: a place, a label, an article, a weekday.
///
/// A dateline is accepted only when everything before the date reads as one of these, so
/// that a body sentence mentioning a date ("We met on 23 May 2017.") is not taken for the
/// letter's own date.
struct DatelinePrefix: Equatable, Sendable {
    /// Index of the first token of the date's text: the weekday when one is printed
    /// (`Tuesday, 3 February 2026`), otherwise the date itself.
    var textStart: Int
    /// Token range of the place (`Bogotá D.C.`, `Washington, DC`), if any.
    var place: Range<Int>?
    /// Whether a label such as `Date:` or `Fecha:` introduced the date.
    var hasLabel: Bool

    /// Reads `tokens[0..<dateStart]` as a dateline prefix, or returns nil when it holds
    /// anything else.
    init?(tokens: [DateToken], dateStart: Int) {
        var cursor = dateStart
        var peeledWord = false

        // Right to left: an article, a weekday, an article before the weekday.
        var textStart = dateStart
        if Self.isArticle(tokens, cursor - 1) { cursor -= 1; peeledWord = true }
        if let weekdayStart = Self.weekdayStart(tokens, endingAt: cursor) {
            textStart = weekdayStart
            cursor = weekdayStart
            peeledWord = true
            if Self.isArticle(tokens, cursor - 1) { cursor -= 1 }
        } else {
            textStart = dateStart
        }

        // A label (`Date:`, `Fecha:`, `Dated`) before those.
        var hasLabel = false
        if let labelStart = Self.labelStart(tokens, endingAt: cursor) {
            cursor = labelStart
            hasLabel = true
            peeledWord = true
        }

        self.textStart = textStart
        self.hasLabel = hasLabel
        self.place = nil
        guard cursor > 0 else { return }

        // What is left is a place, separated by a comma or dash unless a word came between.
        var placeEnd = cursor
        if tokens[placeEnd - 1].kind == .punct, [",", "-", "–", "—"].contains(tokens[placeEnd - 1].key) {
            placeEnd -= 1
        } else if !peeledWord {
            return nil
        }
        var placeStart = 0
        for introduction in DateVocabulary.placeIntroductions where Self.startsWith(tokens, introduction) {
            placeStart = introduction.count
        }
        guard placeStart < placeEnd, Self.isPlace(tokens[placeStart..<placeEnd]) else { return nil }
        self.place = placeStart..<placeEnd
    }

    private static func isArticle(_ tokens: [DateToken], _ index: Int) -> Bool {
        index >= 0 && tokens[index].kind == .word && DateVocabulary.articles.contains(tokens[index].key)
    }

    /// Start of a weekday (`Tuesday,`, `Tues.`, `segunda-feira,`) that ends right before `end`.
    private static func weekdayStart(_ tokens: [DateToken], endingAt end: Int) -> Int? {
        var index = end - 1
        if index >= 0, tokens[index].isPunct(",") { index -= 1 }
        if index >= 0, tokens[index].isPunct("."), !tokens[index].spaceBefore { index -= 1 }
        if index >= 2, tokens[index].key == "feira", tokens[index - 1].isPunct("-") { index -= 2 }
        guard index >= 0, tokens[index].kind == .word, DateVocabulary.weekdays.contains(tokens[index].key)
        else { return nil }
        return index
    }

    /// Start of a label (`Date:`, `Fecha :`, `Dated`) that ends right before `end`.
    private static func labelStart(_ tokens: [DateToken], endingAt end: Int) -> Int? {
        var index = end - 1
        let hasColon = index >= 0 && tokens[index].isPunct(":")
        if hasColon { index -= 1 }
        guard index >= 0, tokens[index].kind == .word, DateVocabulary.labels.contains(tokens[index].key)
        else { return nil }
        if !hasColon, DateVocabulary.labelsNeedingColon.contains(tokens[index].key) { return nil }
        return index
    }

    private static func startsWith(_ tokens: [DateToken], _ words: [String]) -> Bool {
        guard tokens.count > words.count else { return false }
        return zip(tokens, words).allSatisfy { $0.kind == .word && $0.key == $1 }
    }

    /// A place name: a few capitalised words, with lowercase connectors (`Rio de Janeiro`),
    /// initials (`D.C.`) and commas or hyphens (`Washington, DC`, `Saint-Denis`), no digits.
    private static func isPlace(_ tokens: ArraySlice<DateToken>) -> Bool {
        guard let first = tokens.first, first.kind == .word, first.capitalised,
              !DateVocabulary.notPlaceWords.contains(first.key) else { return false }
        var words = 0
        for token in tokens {
            switch token.kind {
            case .word:
                words += 1
                if !token.capitalised, !DateVocabulary.placeConnectors.contains(token.key) { return false }
            case .punct:
                guard [",", ".", "-", "'", "’", "(", ")", "/"].contains(token.key) else { return false }
            case .number, .other:
                return false
            }
        }
        return words <= 6
    }
}
