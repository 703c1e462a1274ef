import Foundation

/// What `archive search` asks for: an optional full-text query and filters, all combined with AND.
/// Both stores take the same value and return the same letters.
public struct ArchiveQuery: Sendable, Equatable {
    /// Words searched in subject, body, calls to action and footnotes; all must occur.
    public var text: String?
    /// Matched against normalized signatory names (``NameKey``), as a substring.
    public var signatory: String?
    /// Matched case-insensitively as a substring of the addressee's lines and the cc entries.
    public var addressee: String?
    /// First day allowed (`2017`, `2017-06` or `2017-06-14`); letters without a date are left out.
    public var from: String?
    /// Last day allowed, same forms; `2017` means up to 2017-12-31.
    public var to: String?
    public var language: String?
    public var limit: Int

    public init(text: String? = nil, signatory: String? = nil, addressee: String? = nil, from: String? = nil,
                to: String? = nil, language: String? = nil, limit: Int = 20) {
        self.text = text
        self.signatory = signatory
        self.addressee = addressee
        self.from = from
        self.to = to
        self.language = language
        self.limit = limit
    }

    /// The words of ``text`` as both stores tokenize them: runs of letters and digits.
    ///
    /// Users type plain words, not FTS5 or tsquery syntax; quoting each word ourselves means a
    /// stray `"`, `-` or `:` can neither break the query nor change its meaning.
    public var words: [String] { Self.words(in: text ?? "") }

    /// A query was given but has no letters or digits ("!!!", "🙂"): nothing can match it.
    public var hasNoWords: Bool { text.map { !$0.isEmpty && words.isEmpty } ?? false }

    static func words(in text: String) -> [String] {
        text.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// Words folded like the SQLite tokenizer does (`remove_diacritics 2`), for PostgreSQL.
    static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }
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

    enum CodingKeys: String, CodingKey {
        case id, sha256, file, date, language, subject, sender, addressee, signatoryCount = "signatory_count"
    }
}

/// One search result: the letter, its rank (higher is better, comparable within one search
/// only) and a snippet with the matched words between `**`.
public struct SearchHit: Codable, Sendable, Equatable {
    public var letter: LetterSummary
    public var rank: Double?
    public var snippet: String?
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
    /// A letter with the same `source.sha256` was already stored (by this or another process).
    case alreadyArchived(id: Int64)

    public var id: Int64 {
        switch self { case .added(let id), .alreadyArchived(let id): return id }
    }
}

/// The text a version comparison needs about one letter.
public struct VersionCandidate: Sendable {
    public var summary: LetterSummary
    public var bodyText: String
}
