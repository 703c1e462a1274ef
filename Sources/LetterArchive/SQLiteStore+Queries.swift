import GRDB

extension SQLiteStore {
    public func summary(id: Int64) throws -> LetterSummary? {
        try guarded {
            try queue.read { db in
                try Row.fetchOne(db, sql: "SELECT \(summaryColumns) FROM letters l WHERE l.id = ?", arguments: [id])
                    .map { Self.summary($0) }
            }
        }
    }

    /// With a query: FTS5 `MATCH` ranked by bm25 (subject weighs 10, calls 2, body 1, footnotes
    /// 0.5) and a snippet; without: the filtered letters, newest first. One page of them, and
    /// how many match in all.
    public func find(_ query: ArchiveQuery) throws -> SearchResults {
        try query.validate()
        if query.needsReview && !hasReview {
            throw ArchiveError("\(location): written by an older letters, without review codes; `letters archive add` "
                               + "(with any input) brings it up to date, then --needs-review works", isUsageError: true)
        }
        // A query of only punctuation or emoji has no word to match: nothing matches it (it
        // is not the same as no query, which lists letters).
        if query.hasNoWords { return SearchResults(total: 0, offset: query.offset, hits: []) }
        var page = SQLBuilder(.sqlite), count = SQLBuilder(.sqlite)
        let expression = try query.expression
        if let expression, !expression.isEmpty {
            let from = "FROM letters_fts JOIN letters l ON l.id = letters_fts.rowid WHERE letters_fts MATCH "
            page.append("""
                SELECT \(summaryColumns), -bm25(letters_fts, 10.0, 1.0, 2.0, 0.5) AS rank,
                    snippet(letters_fts, -1, '\(SnippetMarks.open)', '\(SnippetMarks.close)', '…', 16) AS snippet
                \(from)\(page.bind(.text(expression.fts5)))
                """)
            try QuerySQL.filters(query, into: &page)
            page.append(" ORDER BY\(QuerySQL.reviewOrder(query)) bm25(letters_fts, 10.0, 1.0, 2.0, 0.5), l.id")
            QuerySQL.page(query, into: &page)
            count.append("SELECT count(*) \(from)\(count.bind(.text(expression.fts5)))")
            try QuerySQL.filters(query, into: &count)
        } else {
            try QuerySQL.listing(query, columns: summaryColumns, into: &page)
            try QuerySQL.listingCount(query, into: &count)
        }
        let ranked = !(try query.expression?.isEmpty ?? true)
        return try guarded {
            try queue.read { db in
                let hits = try Row.fetchAll(db, sql: page.sql, arguments: Self.arguments(page.values)).map { row in
                    SearchHit(letter: Self.summary(row), rank: ranked ? row["rank"] : nil, markedSnippet: ranked ? row["snippet"] : nil)
                }
                // A page short of the limit says the total itself; otherwise count.
                let total = hits.count < query.limit && (!hits.isEmpty || query.offset == 0)
                    ? query.offset + hits.count
                    : try Int.fetchOne(db, sql: count.sql, arguments: Self.arguments(count.values)) ?? 0
                return SearchResults(total: total, offset: query.offset, hits: hits)
            }
        }
    }

    public func facets(_ query: ArchiveQuery, signatoryLimit: Int) throws -> SearchFacets {
        try query.validate()
        let queries = try QuerySQL.facets(query, dialect: .sqlite, signatoryLimit: signatoryLimit)
        return try guarded {
            try queue.read { db in
                let counts = try queries.map { b in
                    try Row.fetchAll(db, sql: b.sql, arguments: Self.arguments(b.values)).map {
                        SearchFacets.Count(value: $0[0], label: $0[1], letters: $0[2])
                    }
                }
                return SearchFacets(languages: counts[0], years: counts[1], signatories: counts[2])
            }
        }
    }

    public func letters(signedBy nameKey: String) throws -> (letters: [LetterSummary], spellings: [String]) {
        try guarded {
            try queue.read { db in
                let letters = try Row.fetchAll(db, sql: """
                    SELECT \(summaryColumns) FROM letters l
                    WHERE l.id IN (SELECT letter_id FROM signatories WHERE name_key = ?)
                    ORDER BY l.date_start IS NULL, l.date_start, l.id
                    """, arguments: [nameKey]).map(Self.summary)
                let spellings = try String.fetchAll(db, sql: "SELECT DISTINCT name FROM signatories WHERE name_key = ? ORDER BY name", arguments: [nameKey])
                return (letters, spellings)
            }
        }
    }

    public func sourcePaths(id: Int64) throws -> [String] {
        try guarded {
            try queue.read { db in
                // Read commands never migrate: an archive last written before v2-curation has no
                // recorded paths (nor revisions) yet, which is an empty list, not an error.
                guard try db.tableExists("letter_sources") else { return [] }
                return try String.fetchAll(db, sql: "SELECT path FROM letter_sources WHERE letter_id = ? ORDER BY added_at, path", arguments: [id])
            }
        }
    }

    public func ids(sourcePath path: String) throws -> [Int64] {
        let folder = path.hasSuffix("/") ? path : path + "/"
        return try guarded {
            try queue.read {
                try Int64.fetchAll($0, sql: """
                    SELECT DISTINCT letter_id FROM letter_sources WHERE path = ? OR substr(path, 1, ?) = ? ORDER BY letter_id
                    """, arguments: [path, folder.unicodeScalars.count, folder])
            }
        }
    }

    public func revisions(id: Int64) throws -> [LetterRevision] {
        try guarded {
            try queue.read { db in
                guard try db.tableExists("letter_revisions") else { return [] }
                return try Row.fetchAll(db, sql: """
                    SELECT revision, stored_at, replaced_at, json FROM letter_revisions WHERE letter_id = ? ORDER BY revision
                    """, arguments: [id]).map { LetterRevision(revision: $0[0], storedAt: $0[1], replacedAt: $0[2], json: $0[3]) }
            }
        }
    }

    public func signatories(minLetters: Int) throws -> [SignatoryCount] {
        try guarded {
            try queue.read { db in
                let keys = try Row.fetchAll(db, sql: """
                    SELECT name_key, count(DISTINCT letter_id) AS letters FROM signatories
                    GROUP BY name_key HAVING count(DISTINCT letter_id) >= ?
                    """, arguments: [minLetters]).map { ($0[0] as String, $0[1] as Int) }
                let spellings = try Row.fetchAll(db, sql: """
                    SELECT s.name_key, s.name, count(*) FROM signatories s
                    WHERE s.name_key IN (SELECT name_key FROM signatories GROUP BY name_key HAVING count(DISTINCT letter_id) >= ?)
                    GROUP BY s.name_key, s.name
                    """, arguments: [minLetters]).map { ($0[0] as String, $0[1] as String, $0[2] as Int) }
                return SignatoryTally.combine(keys: keys, spellings: spellings)
            }
        }
    }

    public func candidates(sharing words: [String], limit: Int) throws -> [VersionCandidate] {
        guard !words.isEmpty else { return [] }
        let match = words.map { "\"\(ArchiveQuery.words(in: $0).joined(separator: " "))\"" }.filter { $0 != "\"\"" }.joined(separator: " OR ")
        guard !match.isEmpty else { return [] }
        return try guarded {
            try queue.read { db in
                try Row.fetchAll(db, sql: """
                    SELECT \(summaryColumns), l.body_text
                    FROM letters_fts JOIN letters l ON l.id = letters_fts.rowid
                    WHERE letters_fts MATCH ? ORDER BY bm25(letters_fts), l.id LIMIT ?
                    """, arguments: [match, limit]).map { VersionCandidate(summary: Self.summary($0), bodyText: $0["body_text"]) }
            }
        }
    }

    public func forEachLetter(_ row: (Int64, String) throws -> Void) throws {
        try guarded {
            try queue.read { db in
                let rows = try Row.fetchCursor(db, sql: "SELECT id, json FROM letters ORDER BY id")
                while let r = try rows.next() { try row(r[0], r[1]) }
            }
        }
    }

    public func stats() throws -> ArchiveStats {
        try guarded {
            try queue.read { db in
                func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
                var languages: [String: Int] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT coalesce(language, 'unknown'), count(*) FROM letters GROUP BY 1") {
                    languages[row[0]] = row[1]
                }
                let range = try Row.fetchOne(db, sql: "SELECT min(date_start), max(date_start) FROM letters")
                return ArchiveStats(
                    letters: try count("SELECT count(*) FROM letters"),
                    signatures: try count("SELECT count(*) FROM signatories"),
                    distinctSignatories: try count("SELECT count(DISTINCT name_key) FROM signatories"),
                    addressees: try count("SELECT count(*) FROM addressees"),
                    footnotes: try count("SELECT count(*) FROM footnotes"),
                    callsToAction: try count("SELECT count(*) FROM calls_to_action"),
                    earliest: range?[0], latest: range?[1], languages: languages)
            }
        }
    }

    static func summary(_ row: Row) -> LetterSummary {
        LetterSummary(id: row[0], sha256: row[1], file: row[2], date: row[3], language: row[4], subject: row[5],
                      sender: row[6], addressee: row[7], signatoryCount: row[8], review: QuerySQL.reviewCodes(row[9]))
    }

    static func arguments(_ values: [SQLValue]) -> StatementArguments {
        StatementArguments(values.map { value -> (any DatabaseValueConvertible)? in
            switch value {
            case .text(let s): return s
            case .int(let i): return i
            case .null: return nil
            }
        })
    }
}

/// Folds per-spelling counts into one entry per signer, the same way for both stores.
enum SignatoryTally {
    /// `keys`: (name key, distinct letters); `spellings`: (name key, printed name, rows).
    /// The name shown is the most used spelling (ties: the first in UTF-8 order). Ordered by
    /// letters, most first, then by key.
    static func combine(keys: [(String, Int)], spellings: [(String, String, Int)]) -> [SignatoryCount] {
        var byKey: [String: [(String, Int)]] = [:]
        for (key, name, n) in spellings { byKey[key, default: []].append((name, n)) }
        return keys.map { key, letters in
            let names = (byKey[key] ?? []).sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
            return SignatoryCount(name: names.first?.0 ?? key, nameKey: key, letters: letters,
                                  spellings: names.map(\.0).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        }
        .sorted { $0.letters != $1.letters ? $0.letters > $1.letters : $0.nameKey.utf8.lexicographicallyPrecedes($1.nameKey.utf8) }
    }
}
