/// Counts over the letters a query matches, for a search page's facets.
public struct SearchFacets: Codable, Sendable, Equatable {
    public struct Count: Codable, Sendable, Equatable {
        /// The value as a filter takes it (language code, year, name key).
        public var value: String
        /// The value as shown (the most used spelling of a name).
        public var label: String
        public var letters: Int
    }
    public var languages: [Count]
    public var years: [Count]
    /// The signers of most matching letters, most first.
    public var signatories: [Count]
}

extension QuerySQL {
    /// ` AND …` conditions on `letters l` for everything `query` asks (full-text query and filters),
    /// where the full-text part is a semi-join rather than the ranked join of a search.
    static func matching(_ query: ArchiveQuery, into b: inout SQLBuilder) throws {
        if let expression = try query.expression, !expression.isEmpty {
            switch b.dialect {
            case .sqlite:
                b.append(" AND l.id IN (SELECT rowid FROM letters_fts WHERE letters_fts MATCH \(b.bind(.text(expression.fts5))))")
            case .postgres:
                b.append(" AND l.search @@ to_tsquery('simple', letters_fold(\(b.bind(.text(expression.tsquery)))))")
            }
        }
        try filters(query, into: &b)
    }

    /// The three facet queries: (value, label, letters) rows, most first.
    static func facets(_ query: ArchiveQuery, dialect: SQLDialect, signatoryLimit: Int) throws -> [SQLBuilder] {
        let year = dialect == .sqlite ? "substr(l.date_start, 1, 4)" : "to_char(l.date_start, 'YYYY')"
        let truth = dialect == .sqlite ? "1" : "true"
        var languages = SQLBuilder(dialect), years = SQLBuilder(dialect), signatories = SQLBuilder(dialect)
        languages.append("SELECT l.language, l.language, count(*) FROM letters l WHERE l.language IS NOT NULL")
        try matching(query, into: &languages)
        languages.append(" GROUP BY l.language ORDER BY 3 DESC, 1")
        years.append("SELECT \(year), \(year), count(*) FROM letters l WHERE l.date_start IS NOT NULL")
        try matching(query, into: &years)
        years.append(" GROUP BY 1 ORDER BY 1 DESC")
        signatories.append("""
            SELECT s.name_key, min(s.name), count(DISTINCT s.letter_id) FROM signatories s
            WHERE s.letter_id IN (SELECT l.id FROM letters l WHERE \(truth)
            """)
        try matching(query, into: &signatories)
        signatories.append(") GROUP BY s.name_key ORDER BY 3 DESC, 1 LIMIT \(signatories.bind(.int(Int64(signatoryLimit))))")
        return [languages, years, signatories]
    }
}
