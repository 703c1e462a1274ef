import Foundation

/// What `archive search` asks for: an optional full-text query and filters, all combined with AND.
/// Both stores take the same value and return the same letters.
public struct ArchiveQuery: Sendable, Equatable {
    /// A full-text query in the syntax of ``SearchExpression`` (words, `"phrases"`, `prefix*`,
    /// `OR`, `-exclude`), searched in subject, body, calls to action and footnotes.
    public var text: String?
    /// Whole words of the signatory's name key (``NameKey``): `EFF` finds "EFF" and "The EFF",
    /// never "Djeffal".
    public var signatory: String?
    /// Whole words of the inside address or a cc entry (case, accents and punctuation ignored).
    public var addressee: String?
    /// First day allowed (`2017`, `2017-06` or `2017-06-14`); letters without a date are left out.
    public var from: String?
    /// Last day allowed, same forms; `2017` means up to 2017-12-31.
    public var to: String?
    /// One of ``languages``.
    public var language: String?
    /// Only letters with warnings, the ones to open first at the top (``ReviewPriority``'s
    /// score, highest first; within one score, the usual order).
    public var needsReview: Bool
    public var limit: Int
    /// Results skipped before the first returned (paging: `offset = page × limit`).
    public var offset: Int

    /// The languages the extractor tells apart (LetterParser's LanguageDetector); a letter's
    /// `language` is one of these or absent, so any other value could only match nothing.
    public static let languages = ["de", "en", "es", "fr", "pt"]

    public init(text: String? = nil, signatory: String? = nil, addressee: String? = nil, from: String? = nil,
                to: String? = nil, language: String? = nil, needsReview: Bool = false, limit: Int = 20, offset: Int = 0) {
        self.needsReview = needsReview
        self.text = text
        self.signatory = signatory
        self.addressee = addressee
        self.from = from
        self.to = to
        self.language = language
        self.limit = limit
        self.offset = offset
    }

    /// Refuses what can only be a mistake, as a usage error (exit status 64 in the CLI, 400 on
    /// the web): an unknown language, a date that is not `YYYY[-MM[-DD]]`, `from` after `to`,
    /// a limit below 1 or a negative offset, a query that only leaves words out.
    public func validate() throws {
        func usage(_ message: String) -> ArchiveError { ArchiveError(message, isUsageError: true) }
        if let language, !Self.languages.contains(language.lowercased()) {
            throw usage("--language \(language): not a language letters are marked with (\(Self.languages.joined(separator: ", ")))")
        }
        for (flag, value, last) in [("--from", from, false), ("--to", to, true)] {
            if let value, DateBounds.bound(value, last: last) == nil {
                throw usage("\(flag) \(value): not a date (give YYYY, YYYY-MM or YYYY-MM-DD)")
            }
        }
        if let from, let to, let start = DateBounds.bound(from, last: false), let end = DateBounds.bound(to, last: true), start > end {
            throw usage("--from \(from) is after --to \(to): no letter can match")
        }
        if limit < 1 { throw usage("--limit must be at least 1") }
        if offset < 0 { throw usage("--offset must be 0 or more") }
        _ = try expression
    }

    /// The parsed full-text query; `nil` without one.
    public var expression: SearchExpression? {
        get throws { try text.map { try SearchExpression(parsing: $0) } }
    }

    /// The words searched for, as both stores tokenize them (runs of letters and digits).
    public var words: [String] { Self.words(in: text ?? "") }

    /// A query was given but has no letters or digits ("!!!", "🙂"): nothing can match it.
    public var hasNoWords: Bool { text.map { !$0.isEmpty && ((try? SearchExpression(parsing: $0).isEmpty) ?? false) } ?? false }

    static func words(in text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// Words folded like the SQLite tokenizer does (`remove_diacritics 2`).
    static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }
}

/// A page of results and how many letters match in all.
public struct SearchResults: Codable, Sendable, Equatable {
    public var total: Int
    public var offset: Int
    public var hits: [SearchHit]
}

/// A letter in a list of results: enough to recognise it and to ask for it with `show`.
public struct LetterSummary: Codable, Sendable, Equatable {
    public var id: Int64
    public var sha256: String
    public var file: String
    public var date: String?
    public var language: String?
    public var subject: String?
    public var sender: String?
    public var addressee: String?
    public var signatoryCount: Int
    /// The letter's warning codes, heaviest first (``ReviewPriority``); empty when it has none.
    public var review: [String]

    public init(id: Int64, sha256: String, file: String, date: String?, language: String?, subject: String?,
                sender: String?, addressee: String?, signatoryCount: Int, review: [String] = []) {
        self.id = id
        self.sha256 = sha256
        self.file = file
        self.date = date
        self.language = language
        self.subject = subject
        self.sender = sender
        self.addressee = addressee
        self.signatoryCount = signatoryCount
        self.review = review
    }

    enum CodingKeys: String, CodingKey {
        case id, sha256, file, date, language, subject, sender, addressee, signatoryCount = "signatory_count", review
    }
}

/// One search result: the letter, its rank (higher is better, comparable within one search
/// only) and a snippet with the matched words between `**`.
public struct SearchHit: Codable, Sendable, Equatable {
    public var letter: LetterSummary
    public var rank: Double?
    public var snippet: String?
    /// The snippet cut into plain and matched pieces, for a page that marks them up itself
    /// (the text may hold `**` of its own).
    public var snippetParts: [(text: String, matched: Bool)] { SnippetMarks.parts(marked ?? "") }
    private var marked: String?

    enum CodingKeys: String, CodingKey { case letter, rank, snippet }

    public init(letter: LetterSummary, rank: Double? = nil, markedSnippet: String? = nil) {
        self.letter = letter
        self.rank = rank
        self.marked = markedSnippet
        self.snippet = markedSnippet.map(SnippetMarks.asterisks)
    }
}

/// The stores mark matched words with two control characters no letter text holds; the CLI shows
/// them as `**`, the web view as `<mark>`.
enum SnippetMarks {
    static let open = "\u{2}", close = "\u{3}"

    static func asterisks(_ marked: String) -> String {
        marked.replacingOccurrences(of: open, with: "**").replacingOccurrences(of: close, with: "**")
    }

    static func parts(_ marked: String) -> [(text: String, matched: Bool)] {
        var parts: [(String, Bool)] = []
        var rest = Substring(marked)
        while let start = rest.range(of: open) {
            if start.lowerBound > rest.startIndex { parts.append((String(rest[..<start.lowerBound]), false)) }
            rest = rest[start.upperBound...]
            let end = rest.range(of: close)
            parts.append((String(rest[..<(end?.lowerBound ?? rest.endIndex)]), true))
            rest = end.map { rest[$0.upperBound...] } ?? ""
        }
        if !rest.isEmpty { parts.append((String(rest), false)) }
        return parts
    }
}

/// One signer and the number of letters signed, under the most frequent spelling.
public struct SignatoryCount: Codable, Sendable, Equatable {
    public var name: String
    public var nameKey: String
    public var letters: Int
    /// Distinct printed spellings seen for this key.
    public var spellings: [String]

    enum CodingKeys: String, CodingKey { case name, nameKey = "name_key", letters, spellings }
}

/// Counts over the whole archive.
public struct ArchiveStats: Codable, Sendable, Equatable {
    public var letters: Int
    public var signatures: Int
    public var distinctSignatories: Int
    public var addressees: Int
    public var footnotes: Int
    public var callsToAction: Int
    public var earliest: String?
    public var latest: String?
    public var languages: [String: Int]

    enum CodingKeys: String, CodingKey {
        case letters, signatures, distinctSignatories = "distinct_signatories", addressees, footnotes
        case callsToAction = "calls_to_action", earliest, latest, languages
    }
}

/// What adding one letter did.
public enum AddOutcome: Sendable, Equatable {
    case added(id: Int64)
    /// A letter with the same `source.sha256` and the same JSON was already stored (by this or
    /// another process).
    case alreadyArchived(id: Int64)
    /// A letter with the same `source.sha256` but other JSON (a hand correction, a newer
    /// extractor) replaced the stored one, which is kept as a revision.
    case updated(id: Int64)

    public var id: Int64 {
        switch self { case .added(let id), .alreadyArchived(let id), .updated(let id): return id }
    }
}

/// A stored letter's earlier record, replaced by a later add of the same source bytes.
public struct LetterRevision: Codable, Sendable, Equatable {
    /// 1 for the first record stored, counting up; the current record is `revisions.count + 1`.
    public var revision: Int
    /// When this record was stored, and when a later one replaced it (ISO 8601, UTC).
    public var storedAt: String
    public var replacedAt: String
    /// The canonical JSON of this record.
    public var json: String

    enum CodingKeys: String, CodingKey { case revision, storedAt = "stored_at", replacedAt = "replaced_at", json }
}

/// The text a version comparison needs about one letter.
public struct VersionCandidate: Sendable {
    public var summary: LetterSummary
    public var bodyText: String
}
