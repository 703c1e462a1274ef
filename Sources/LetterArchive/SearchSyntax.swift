/// A full-text query as users of search boxes type it, parsed once in Swift and written out for
/// each store (FTS5 `MATCH` for SQLite, `to_tsquery` for PostgreSQL) so both find the same letters.
///
/// The syntax (docs/archive.md, "Query syntax"):
/// - `word`: the word must occur (case and accents ignored); several words must all occur;
/// - `"two words"`: the words next to each other, in this order;
/// - `surveil*`: a word starting so (also on the last word of a phrase: `"open intern"*`);
/// - `a OR b`: either side; `OR` (in capitals) binds loosest, so `a b OR c` is `(a b) OR c`;
/// - `-word`, `-"a phrase"`: letters with it are left out (each side of an `OR` needs a word to
///   search for besides what it leaves out).
///
/// Everything else is text: punctuation inside a word splits it as the index does (`e-mail` is the
/// phrase `"e mail"`), and stray operators (`OR` at either end, a lone `-` or `*`, `AND`) are ignored,
/// so no query can be a syntax error in the store.
public struct SearchExpression: Sendable, Equatable {
    /// Words that must stand next to each other (one word is a phrase of one); `prefix`: the last
    /// word may be the start of a longer one.
    public struct Term: Sendable, Equatable {
        public var words: [String]
        public var prefix: Bool
    }
    /// Terms that must all occur, and terms none of which may.
    public struct Conjunction: Sendable, Equatable {
        public var include: [Term] = []
        public var exclude: [Term] = []
    }

    /// The alternatives (joined by `OR`); empty when the query has no word.
    public var alternatives: [Conjunction]

    /// Parses `text`; throws a usage error when a side of `OR` only excludes (`-word` alone), which
    /// full-text indexes cannot answer.
    public init(parsing text: String) throws {
        var alternatives: [Conjunction] = []
        var current = Conjunction()
        func close() {
            if !current.include.isEmpty || !current.exclude.isEmpty { alternatives.append(current) }
            current = Conjunction()
        }
        for token in Self.tokens(text) {
            switch token {
            case .or: close()
            case .term(let term, let excluded):
                if excluded { current.exclude.append(term) } else { current.include.append(term) }
            }
        }
        close()
        if alternatives.contains(where: { $0.include.isEmpty }) {
            throw ArchiveError("\(text): a query that only leaves out (-word) has nothing to search for; add a word to find",
                               isUsageError: true)
        }
        self.alternatives = alternatives
    }

    public var isEmpty: Bool { alternatives.isEmpty }

    /// Every word searched for (not those left out), for highlighting and version probes.
    public var includedWords: [String] { alternatives.flatMap { $0.include.flatMap(\.words) } }

    enum Token: Equatable { case or, term(Term, excluded: Bool) }

    /// Splits the query into phrases, words and `OR`s.
    static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var chars = Array(text)[...]
        while let first = chars.first {
            if first.isWhitespace { chars.removeFirst(); continue }
            var excluded = false
            if first == "-", chars.count > 1, chars[chars.index(after: chars.startIndex)] == "\"" {
                excluded = true
                chars.removeFirst()
            }
            if chars.first == "\"" {
                chars.removeFirst()
                let body = chars.prefix { $0 != "\"" }
                chars.removeFirst(body.count)
                if !chars.isEmpty { chars.removeFirst() } // the closing quote
                var prefix = false
                if chars.first == "*" { prefix = true; chars.removeFirst() }
                let words = ArchiveQuery.words(in: String(body))
                if !words.isEmpty { tokens.append(.term(Term(words: words, prefix: prefix), excluded: excluded)) }
                continue
            }
            let chunk = String(chars.prefix { !$0.isWhitespace && $0 != "\"" })
            chars.removeFirst(chunk.count)
            if chunk == "OR" { tokens.append(.or); continue }
            if chunk == "AND" { continue }
            let excludedWord = chunk.hasPrefix("-")
            let prefix = chunk.hasSuffix("*")
            let words = ArchiveQuery.words(in: chunk)
            if !words.isEmpty { tokens.append(.term(Term(words: words, prefix: prefix), excluded: excludedWord)) }
        }
        return tokens
    }

    /// The FTS5 query: `("a" AND "b c"*) NOT ("x") OR ("d")`. Every word is quoted, so the
    /// index's own syntax never reads anything the user typed as an operator.
    var fts5: String {
        func term(_ t: Term) -> String { "\"" + t.words.joined(separator: " ") + "\"" + (t.prefix ? "*" : "") }
        return alternatives.map { c in
            "(" + c.include.map(term).joined(separator: " AND ") + ")"
                + (c.exclude.isEmpty ? "" : " NOT (" + c.exclude.map(term).joined(separator: " OR ") + ")")
        }.joined(separator: " OR ")
    }

    /// The tsquery text: `('a' & ('b' <-> 'c':*) & !'x') | ('d')`, to be folded by
    /// `letters_fold` and read by `to_tsquery('simple', …)`.
    var tsquery: String {
        func term(_ t: Term) -> String {
            let lexemes = t.words.enumerated().map { i, w in "'\(w)'" + (t.prefix && i == t.words.count - 1 ? ":*" : "") }
            return lexemes.count == 1 ? lexemes[0] : "(" + lexemes.joined(separator: " <-> ") + ")"
        }
        return alternatives.map { c in
            "(" + (c.include.map(term) + c.exclude.map { "!" + term($0) }).joined(separator: " & ") + ")"
        }.joined(separator: " | ")
    }
}
