import Foundation
import LetterModel

/// A letter flattened into the values both stores write: the canonical JSON plus the columns
/// and child rows that make it queryable.
///
/// Computed once in Swift so that SQLite and PostgreSQL store exactly the same values (the same
/// name keys, the same date bounds, the same text for search) and give the same answers.
public struct ArchiveRecord: Sendable {
    public struct SignatoryRow: Sendable {
        public var name: String, nameKey: String, kind: String
        public var role: String?, organization: String?, location: String?
    }
    public struct AddresseeRow: Sendable {
        /// `to` for the inside address, `cc` for a copy recipient.
        public var kind: String
        public var name: String?
        /// All the lines as printed, joined by newlines (for a cc: the entry).
        public var text: String
        /// ``text``'s words, lower-cased with diacritics folded and single spaces between them
        /// (``NameKey/plainWords(_:)``), for `--addressee`'s whole-word match (the same in both
        /// stores, where SQLite's `lower()` would fold ASCII only).
        public var textKey: String { NameKey.plainWords(text).joined(separator: " ") }
    }
    public struct FootnoteRow: Sendable { public var label: String, text: String, urls: [String] }
    public struct CallRow: Sendable { public var text: String, target: String?, bodyIndex: Int }

    public var letter: Letter
    /// The canonical JSON bytes as `CanonicalJSON` writes them: what `show --json` returns.
    public var json: String
    public var sha256: String { letter.source.sha256 }
    /// First and last day the letter's date covers (`2017-05` → 2017-05-01 … 2017-05-31), so a
    /// date range can be compared whatever the precision.
    public var dateStart: String?, dateEnd: String?
    public var sender: String?
    public var addressee: String?
    public var bodyText: String
    public var callsText: String
    public var footnotesText: String
    public var signatories: [SignatoryRow]
    public var addressees: [AddresseeRow]
    public var footnotes: [FootnoteRow]
    public var calls: [CallRow]

    public init(_ letter: Letter) throws {
        self.letter = letter
        json = String(decoding: try CanonicalJSON.encode(letter), as: UTF8.self)
        (dateStart, dateEnd) = letter.date.map { DateBounds.of(iso: $0.iso) } ?? (nil, nil)
        sender = letter.sender.flatMap { $0.name ?? $0.lines.first }
        addressee = letter.addressee.flatMap { $0.name ?? $0.lines.first }
        bodyText = letter.body.map(\.text).joined(separator: "\n\n")
        callsText = letter.callsToAction.map(\.text).joined(separator: "\n")
        footnotesText = letter.footnotes.map(\.text).joined(separator: "\n")
        signatories = letter.signatories.map {
            SignatoryRow(name: $0.name, nameKey: NameKey.normalize($0.name), kind: $0.kind.rawValue,
                         role: $0.role, organization: $0.organization, location: $0.location)
        }
        addressees = (letter.addressee.map { [AddresseeRow(kind: "to", name: $0.name, text: $0.lines.joined(separator: "\n"))] } ?? [])
            + letter.cc.map { AddresseeRow(kind: "cc", name: $0, text: $0) }
        footnotes = letter.footnotes.map { FootnoteRow(label: $0.label, text: $0.text, urls: $0.urls) }
        calls = letter.callsToAction.map { CallRow(text: $0.text, target: $0.target, bodyIndex: $0.bodyIndex) }
    }

    /// The `letters` columns a record fills (both stores, insert and update), in the order of
    /// ``letterValues``; `date_start` and `date_end` are dates (PostgreSQL casts them).
    static let letterColumns = [
        "sha256", "file", "format", "pages", "language", "date_text", "date_iso", "date_precision", "date_start", "date_end",
        "place", "sender", "addressee", "subject", "body_text", "calls_text", "footnotes_text", "schema_version", "json",
        "review_score", "review",
    ]
    static let dateColumns: Set<String> = ["date_start", "date_end"]

    var letterValues: [SQLValue] {
        let l = letter
        let review = Self.review(l)
        return [
            .text(sha256), .text(l.source.file), .text(l.source.format.rawValue), SQLValue(l.source.pages), SQLValue(l.language),
            SQLValue(l.date?.text), SQLValue(l.date?.iso), SQLValue(l.date?.precision.rawValue), SQLValue(dateStart), SQLValue(dateEnd),
            SQLValue(l.place), SQLValue(sender), SQLValue(addressee), SQLValue(l.subject), .text(bodyText), .text(callsText),
            .text(footnotesText), .text(l.schemaVersion), .text(json),
            .int(Int64(review.score)), .text(review.codes),
        ]
    }

    /// The `review_score` and `review` columns: the warnings' ``ReviewPriority`` score, and
    /// their codes, heaviest first, separated by spaces. Written on every add and by the
    /// `v3-review` migration of both stores.
    static func review(_ letter: Letter) -> (score: Int, codes: String) {
        (ReviewPriority.score(letter.warnings), ReviewPriority.codes(letter.warnings).joined(separator: " "))
    }

    /// Whether this record says what the stored JSON says, but for the source's file name: the
    /// same bytes added under another name (a copy, a renamed download) are the same letter, not
    /// a correction, so they do not replace the stored record.
    func isSameLetter(asStored json: String, file: String) -> Bool {
        if json == self.json { return true }
        guard file != letter.source.file else { return false }
        var renamed = letter
        renamed.source.file = file
        return (try? CanonicalJSON.encode(renamed)).map { String(decoding: $0, as: UTF8.self) } == json
    }

    /// Decodes a stored or exported letter JSON.
    public static func decode(_ data: Data) throws -> Letter {
        try JSONDecoder().decode(Letter.self, from: data)
    }
}

/// Day bounds of an ISO date at day, month or year precision.
public enum DateBounds {
    /// `2017-06-14` → (same, same); `2017-06` → (2017-06-01, 2017-06-30); `2017` → (2017-01-01, 2017-12-31).
    /// `nil` for text that is not such a date.
    public static func of(iso: String) -> (String?, String?) {
        let parts = iso.split(separator: "-").map { Int($0) }
        guard !parts.isEmpty, parts.allSatisfy({ $0 != nil }), let year = parts[0], (1...9999).contains(year) else { return (nil, nil) }
        func day(_ y: Int, _ m: Int, _ d: Int) -> String { String(format: "%04d-%02d-%02d", y, m, d) }
        switch parts.count {
        case 1: return (day(year, 1, 1), day(year, 12, 31))
        case 2:
            guard let month = parts[1], (1...12).contains(month) else { return (nil, nil) }
            return (day(year, month, 1), day(year, month, daysIn(year: year, month: month)))
        case 3:
            guard let month = parts[1], let d = parts[2], (1...12).contains(month), (1...31).contains(d) else { return (nil, nil) }
            return (day(year, month, d), day(year, month, d))
        default: return (nil, nil)
        }
    }

    /// A user's `--from`/`--to` value (`2017`, `2017-06`, `2017-06-14`) as its first or last day.
    public static func bound(_ text: String, last: Bool) -> String? {
        let (start, end) = of(iso: text)
        return last ? end : start
    }

    static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
