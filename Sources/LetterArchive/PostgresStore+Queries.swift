import PostgresNIO

extension PostgresStore {
    public func id(sha256: String) throws -> Int64? {
        try run("SELECT id FROM letters WHERE sha256 = $1", [.text(sha256)]).first.map { try $0.makeRandomAccess()[0].decode(Int64.self) }
    }

    public func ids(sha256Prefix prefix: String) throws -> [Int64] {
        try run("SELECT id FROM letters WHERE starts_with(sha256, $1) ORDER BY id LIMIT 5",
                [.text(prefix.lowercased())]).map { try $0.makeRandomAccess()[0].decode(Int64.self) }
    }

    public func json(id: Int64) throws -> String? {
        try run("SELECT json FROM letters WHERE id = $1", [.int(id)]).first.map { try $0.makeRandomAccess()[0].decode(String.self) }
    }

    public func summary(id: Int64) throws -> LetterSummary? {
        try run("SELECT \(QuerySQL.summaryColumns) FROM letters l WHERE l.id = $1", [.int(id)]).first.map(Self.summary)
    }

    /// With a query: `search @@ to_tsquery('simple', letters_fold(…))` (GIN index) ranked by
    /// `ts_rank` over the weighted vector (subject A, calls B, body C, footnotes D), and
    /// `ts_headline` computed for the returned page only; without: the filtered letters, newest
    /// first. One page of them, and how many match in all.
    public func find(_ query: ArchiveQuery) throws -> SearchResults {
        try query.validate()
        // A query of only punctuation or emoji has no word to match: nothing matches it (it
        // is not the same as no query, which lists letters).
        if query.hasNoWords { return SearchResults(total: 0, offset: query.offset, hits: []) }
        var b = SQLBuilder(.postgres), count = SQLBuilder(.postgres)
        guard let expression = try query.expression, !expression.isEmpty else {
            try QuerySQL.listing(query, into: &b)
            try QuerySQL.listingCount(query, into: &count)
            let hits = try run(b.sql, b.values).map { SearchHit(letter: try Self.summary($0)) }
            return SearchResults(total: try total(query, hits.count, count), offset: query.offset, hits: hits)
        }
        let q = "to_tsquery('simple', letters_fold(\(b.bind(.text(expression.tsquery)))))"
        b.append("""
            WITH hits AS (
                SELECT l.id, ts_rank(l.search, \(q))::float8 AS rank
                FROM letters l WHERE l.search @@ \(q)
            """)
        try QuerySQL.filters(query, into: &b)
        b.append(" ORDER BY\(QuerySQL.reviewOrder(query)) rank DESC, l.id")
        QuerySQL.page(query, into: &b)
        b.append("""
            ) SELECT \(QuerySQL.summaryColumns), h.rank,
                ts_headline('simple', concat_ws(E'\\n', l.subject, l.body_text, l.calls_text, l.footnotes_text), \(q),
                    'StartSel=\(SnippetMarks.open), StopSel=\(SnippetMarks.close), MaxWords=20, MinWords=8, MaxFragments=1, FragmentDelimiter=" … "')
            FROM hits h JOIN letters l ON l.id = h.id ORDER BY\(QuerySQL.reviewOrder(query)) h.rank DESC, l.id
            """)
        count.append("SELECT count(*) FROM letters l WHERE l.search @@ to_tsquery('simple', letters_fold(\(count.bind(.text(expression.tsquery)))))")
        try QuerySQL.filters(query, into: &count)
        let hits = try run(b.sql, b.values).map { row in
            let r = row.makeRandomAccess()
            return SearchHit(letter: try Self.summary(row), rank: try r[10].decode(Double.self), markedSnippet: try r[11].decode(String?.self))
        }
        return SearchResults(total: try total(query, hits.count, count), offset: query.offset, hits: hits)
    }

    /// A page short of the limit says the total itself; otherwise the count is asked for.
    private func total(_ query: ArchiveQuery, _ found: Int, _ count: SQLBuilder) throws -> Int {
        if found < query.limit && (found > 0 || query.offset == 0) { return query.offset + found }
        return try run(count.sql, count.values).first.map { try $0.makeRandomAccess()[0].decode(Int.self) } ?? 0
    }

    public func facets(_ query: ArchiveQuery, signatoryLimit: Int) throws -> SearchFacets {
        try query.validate()
        let counts = try QuerySQL.facets(query, dialect: .postgres, signatoryLimit: signatoryLimit).map { b in
            try run(b.sql, b.values).map { row in
                let r = row.makeRandomAccess()
                return SearchFacets.Count(value: try r[0].decode(String.self), label: try r[1].decode(String.self), letters: try r[2].decode(Int.self))
            }
        }
        return SearchFacets(languages: counts[0], years: counts[1], signatories: counts[2])
    }

    public func letters(signedBy nameKey: String) throws -> (letters: [LetterSummary], spellings: [String]) {
        let letters = try run("""
            SELECT \(QuerySQL.summaryColumns) FROM letters l
            WHERE l.id IN (SELECT letter_id FROM signatories WHERE name_key = $1)
            ORDER BY l.date_start IS NULL, l.date_start, l.id
            """, [.text(nameKey)]).map(Self.summary)
        let spellings = try run("SELECT DISTINCT name FROM signatories WHERE name_key = $1 ORDER BY name", [.text(nameKey)])
            .map { try $0.makeRandomAccess()[0].decode(String.self) }
        return (letters, spellings)
    }

    public func sourcePaths(id: Int64) throws -> [String] {
        try run("SELECT path FROM letter_sources WHERE letter_id = $1 ORDER BY added_at, path", [.int(id)])
            .map { try $0.makeRandomAccess()[0].decode(String.self) }
    }

    public func ids(sourcePath path: String) throws -> [Int64] {
        let folder = path.hasSuffix("/") ? path : path + "/"
        return try run("SELECT DISTINCT letter_id FROM letter_sources WHERE path = $1 OR starts_with(path, $2) ORDER BY letter_id",
                       [.text(path), .text(folder)]).map { try $0.makeRandomAccess()[0].decode(Int64.self) }
    }

    public func revisions(id: Int64) throws -> [LetterRevision] {
        try run("""
            SELECT revision, to_char(stored_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
                to_char(replaced_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), json
            FROM letter_revisions WHERE letter_id = $1 ORDER BY revision
            """, [.int(id)]).map { row in
                let r = row.makeRandomAccess()
                return LetterRevision(revision: try r[0].decode(Int.self), storedAt: try r[1].decode(String.self),
                                      replacedAt: try r[2].decode(String.self), json: try r[3].decode(String.self))
            }
    }

    public func signatories(minLetters: Int) throws -> [SignatoryCount] {
        let keys = try run("""
            SELECT name_key, count(DISTINCT letter_id) FROM signatories
            GROUP BY name_key HAVING count(DISTINCT letter_id) >= $1
            """, [.int(Int64(minLetters))]).map { row in
                let r = row.makeRandomAccess()
                return (try r[0].decode(String.self), try r[1].decode(Int.self))
            }
        let spellings = try run("""
            SELECT s.name_key, s.name, count(*) FROM signatories s
            WHERE s.name_key IN (SELECT name_key FROM signatories GROUP BY name_key HAVING count(DISTINCT letter_id) >= $1)
            GROUP BY s.name_key, s.name
            """, [.int(Int64(minLetters))]).map { row in
                let r = row.makeRandomAccess()
                return (try r[0].decode(String.self), try r[1].decode(String.self), try r[2].decode(Int.self))
            }
        return SignatoryTally.combine(keys: keys, spellings: spellings)
    }

    public func candidates(sharing words: [String], limit: Int) throws -> [VersionCandidate] {
        let folded = words.map { ArchiveQuery.words(in: $0).map { "'\($0)'" }.joined(separator: " <-> ") }.filter { !$0.isEmpty }
        guard !folded.isEmpty else { return [] }
        return try run("""
            SELECT \(QuerySQL.summaryColumns), l.body_text FROM letters l, to_tsquery('simple', letters_fold($1)) q
            WHERE l.search @@ q ORDER BY ts_rank(l.search, q) DESC, l.id LIMIT $2
            """, [.text(folded.joined(separator: " | ")), .int(Int64(limit))]).map { row in
                VersionCandidate(summary: try Self.summary(row), bodyText: try row.makeRandomAccess()[10].decode(String.self))
            }
    }

    /// Pages through the table by id, 500 letters at a time, so memory stays flat on big archives.
    public func forEachLetter(_ row: (Int64, String) throws -> Void) throws {
        var after: Int64 = 0
        while true {
            let page = try run("SELECT id, json FROM letters WHERE id > $1 ORDER BY id LIMIT 500", [.int(after)])
            for r in page {
                let cells = r.makeRandomAccess()
                after = try cells[0].decode(Int64.self)
                try row(after, try cells[1].decode(String.self))
            }
            if page.count < 500 { return }
        }
    }

    public func stats() throws -> ArchiveStats {
        func count(_ sql: String) throws -> Int {
            try run(sql).first.map { try $0.makeRandomAccess()[0].decode(Int.self) } ?? 0
        }
        var languages: [String: Int] = [:]
        for row in try run("SELECT coalesce(language, 'unknown'), count(*) FROM letters GROUP BY 1") {
            let r = row.makeRandomAccess()
            languages[try r[0].decode(String.self)] = try r[1].decode(Int.self)
        }
        let range = try run("SELECT to_char(min(date_start), 'YYYY-MM-DD'), to_char(max(date_start), 'YYYY-MM-DD') FROM letters")
            .first?.makeRandomAccess()
        return ArchiveStats(
            letters: try count("SELECT count(*) FROM letters"),
            signatures: try count("SELECT count(*) FROM signatories"),
            distinctSignatories: try count("SELECT count(DISTINCT name_key) FROM signatories"),
            addressees: try count("SELECT count(*) FROM addressees"),
            footnotes: try count("SELECT count(*) FROM footnotes"),
            callsToAction: try count("SELECT count(*) FROM calls_to_action"),
            earliest: try range?[0].decode(String?.self), latest: try range?[1].decode(String?.self), languages: languages)
    }

    static func summary(_ row: PostgresRow) throws -> LetterSummary {
        let r = row.makeRandomAccess()
        return LetterSummary(
            id: try r[0].decode(Int64.self), sha256: try r[1].decode(String.self), file: try r[2].decode(String.self),
            date: try r[3].decode(String?.self), language: try r[4].decode(String?.self), subject: try r[5].decode(String?.self),
            sender: try r[6].decode(String?.self), addressee: try r[7].decode(String?.self), signatoryCount: try r[8].decode(Int.self),
            review: QuerySQL.reviewCodes(try r[9].decode(String?.self)))
    }
}
