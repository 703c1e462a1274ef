import LetterModel

/// A Gregorian date at day, month or year precision, checked for validity.
///
/// Dates are validated here rather than with `Calendar` so that parsing stays pure and
/// independent of the machine's locale and time zone.
struct CalendarDate: Equatable, Sendable {
    var year: Int
    var month: Int?
    var day: Int?

    /// Builds a date, or nil when it does not exist (31 February, month 13, year 0).
    init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1000...2999).contains(year) else { return nil }
        if let month {
            guard (1...12).contains(month) else { return nil }
            if let day {
                guard day >= 1, day <= Self.daysIn(month: month, year: year) else { return nil }
            }
        } else if day != nil {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    var precision: LetterDate.Precision {
        day != nil ? .day : (month != nil ? .month : .year)
    }

    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    var iso: String {
        var text = String(year)
        if let month { text += "-" + Self.twoDigits(month) }
        if let day { text += "-" + Self.twoDigits(day) }
        return text
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }
}
