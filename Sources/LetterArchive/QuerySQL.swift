import LetterModel

/// A value bound to a statement parameter, independent of the driver.
enum SQLValue: Sendable, Equatable {
    case text(String), int(Int64), null

    init(_ text: String?) { self = text.map(SQLValue.text) ?? .null }
    init(_ int: Int?) { self = int.map { .int(Int64($0)) } ?? .null }
}

/// The two SQL spellings the stores need where SQLite and PostgreSQL differ.
enum SQLDialect: Sendable {
    case sqlite, postgres

    /// `?` or `$n` (1-based).
    func placeholder(_ number: Int) -> String { self == .sqlite ? "?" : "$\(number)" }
    /// A parameter compared with a date column (text in SQLite, `date` in PostgreSQL).
    func date(_ placeholder: String) -> String { self == .sqlite ? placeholder : "\(placeholder)::date" }
    /// True when `needle` occurs in `haystack`.
    func contains(_ haystack: String, _ needle: String) -> String {
        self == .sqlite ? "instr(\(haystack), \(needle)) > 0" : "strpos(\(haystack), \(needle)) > 0"
    }
}

/// SQL text with its parameters, built in order so placeholders and values cannot drift apart.
struct SQLBuilder {
    let dialect: SQLDialect
    private(set) var sql = ""
    private(set) var values: [SQLValue] = []

    init(_ dialect: SQLDialect) { self.dialect = dialect }

    mutating func append(_ text: String) { sql += text }

    /// Adds a parameter and returns its placeholder.
    mutating func bind(_ value: SQLValue) -> String {
        values.append(value)
        return dialect.placeholder(values.count)
    }
}

/// The parts of `search` that are the same for both stores: the columns of a summary and the
/// filters, so that both return the same letters for the same ``ArchiveQuery``.
enum QuerySQL {
    /// Columns read by ``LetterSummary`` (in this order), from `letters l`.
    static let summaryColumns = summaryColumns(review: "l.review")

    /// The same for an SQLite archive opened read-only before its `v3-review` migration: no
    /// letter has review codes yet (reads never migrate an SQLite file).
    static let summaryColumnsBeforeReview = summaryColumns(review: "''")

    private static func summaryColumns(review: String) -> String {
        """
        l.id, l.sha256, l.file, l.date_iso, l.language, l.subject, l.sender, l.addressee, \
        (SELECT count(*) FROM signatories s WHERE s.letter_id = l.id), \(review)
        """
    }

    /// `review`'s stored form (codes separated by spaces) as a list.
    static func reviewCodes(_ stored: String?) -> [String] {
        (stored ?? "").split(separator: " ").map(String.init)
    }

    /// ` l.review_score DESC,` at the head of an ORDER BY for `--needs-review`, else nothing.
    static func reviewOrder(_ query: ArchiveQuery) -> String {
        query.needsReview ? " l.review_score DESC," : ""
    }

    /// ` AND …` conditions for the filters of `query` (empty when it has none).
    ///
    /// `--signatory` and `--addressee` match whole words: the stored key padded with a space each
    /// side must contain the query's words padded the same way (`' eff '` is in `' the eff '`'s key
    /// `' eff '`, not in `' djeffal '`), so a name is found by any run of its words, never by part
    /// of a word.
    static func filters(_ query: ArchiveQuery, into b: inout SQLBuilder) throws {
        let name = NameKey.words(query.signatory ?? "")
        if !name.isEmpty {
            // A semi-join (`IN`) rather than `EXISTS` per letter: SQLite then scans `signatories`
            // once instead of probing it for every letter (0.19 s instead of 0.71 s at 100,000
            // letters); PostgreSQL plans both alike. A `DISTINCT name_key` pre-filter was faster
            // still in SQLite but took minutes in PostgreSQL, so both use this form.
            // The plain substring test first: it is cheap and leaves few rows for the padded
            // whole-word test, which builds a string per row (half the time at 10,000 letters).
            let plain = b.bind(.text(name.joined(separator: " "))), padded = b.bind(.text(NameKey.padded(name)))
            b.append(" AND l.id IN (SELECT s.letter_id FROM signatories s WHERE \(b.dialect.contains("s.name_key", plain))"
                     + " AND \(b.dialect.contains("' ' || s.name_key || ' '", padded)))")
        }
        let address = NameKey.plainWords(query.addressee ?? "")
        if !address.isEmpty {
            let p = b.bind(.text(NameKey.padded(address)))
            b.append(" AND EXISTS (SELECT 1 FROM addressees a WHERE a.letter_id = l.id AND \(b.dialect.contains("' ' || a.text_key || ' '", p)))")
        }
        if let from = query.from {
            guard let day = DateBounds.bound(from, last: false) else { throw ArchiveError("--from \(from): not a date (YYYY, YYYY-MM or YYYY-MM-DD)", isUsageError: true) }
            b.append(" AND l.date_start >= \(b.dialect.date(b.bind(.text(day))))")
        }
        if let to = query.to {
            guard let day = DateBounds.bound(to, last: true) else { throw ArchiveError("--to \(to): not a date (YYYY, YYYY-MM or YYYY-MM-DD)", isUsageError: true) }
            b.append(" AND l.date_start <= \(b.dialect.date(b.bind(.text(day))))")
        }
        if let language = query.language {
            b.append(" AND l.language = \(b.bind(.text(language.lowercased())))")
        }
        if query.needsReview {
            b.append(" AND l.review_score > 0")
        }
    }

    /// The order of a filter-only listing: newest first, undated last, then by id (with
    /// `--needs-review`, the highest review score before all that).
    static func listingOrder(_ query: ArchiveQuery) -> String {
        " ORDER BY\(reviewOrder(query)) l.date_start IS NULL, l.date_start DESC, l.id"
    }

    /// The search without words, the same in both dialects: the filtered letters, newest first,
    /// one page of them.
    static func listing(_ query: ArchiveQuery, columns: String = summaryColumns, into b: inout SQLBuilder) throws {
        b.append("SELECT \(columns) FROM letters l WHERE \(b.dialect == .postgres ? "true" : "1")")
        try filters(query, into: &b)
        b.append(listingOrder(query))
        page(query, into: &b)
    }

    /// How many letters the filters alone let through.
    static func listingCount(_ query: ArchiveQuery, into b: inout SQLBuilder) throws {
        b.append("SELECT count(*) FROM letters l WHERE \(b.dialect == .postgres ? "true" : "1")")
        try filters(query, into: &b)
    }

    /// ` LIMIT … OFFSET …` for the page `query` asks for.
    static func page(_ query: ArchiveQuery, into b: inout SQLBuilder) {
        b.append(" LIMIT \(b.bind(.int(Int64(max(0, query.limit))))) OFFSET \(b.bind(.int(Int64(max(0, query.offset)))))")
    }
}
