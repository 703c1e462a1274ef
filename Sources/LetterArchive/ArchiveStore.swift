import Foundation
import LetterModel

/// A place letters are stored and queried: SQLite for one machine, PostgreSQL for many.
///
/// The protocol is synchronous: the CLI runs one command at a time, and a blocking interface lets
/// the PostgreSQL store keep its event loop out of every caller. Both stores take the same
/// ``ArchiveRecord`` and ``ArchiveQuery`` and return the same result types, so the scenario tests
/// run unchanged against each.
public protocol ArchiveStore: AnyObject {
    /// Where the archive is, for messages (`letters.sqlite`, `postgres://host/db`, no password).
    var location: String { get }

    /// Stores a letter and its rows in one transaction. A letter whose `source.sha256` is already
    /// stored with the same JSON is left as it is; with other JSON it replaces the stored record
    /// (kept as a revision). `path`, the file the letter was added from, is recorded either way.
    /// `pause` runs inside the transaction, after the letter row and before its child rows (tests
    /// use it to kill a process mid-transaction).
    func add(_ record: ArchiveRecord, path: String?, pause: (() -> Void)?) throws -> AddOutcome
    /// Records that letter `id` was (also) added from `path`.
    func recordSource(id: Int64, path: String) throws
    /// Deletes these letters with all their rows (revisions and paths too); returns how many were there.
    func remove(ids: [Int64]) throws -> Int
    /// Every path the letter was added from, first recorded first.
    func sourcePaths(id: Int64) throws -> [String]
    /// Letters added from `path`, or from a file under the folder `path`.
    func ids(sourcePath path: String) throws -> [Int64]
    /// The letter's earlier records, oldest first.
    func revisions(id: Int64) throws -> [LetterRevision]

    /// The id of the letter with these source bytes, if stored.
    func id(sha256: String) throws -> Int64?
    /// The ids of stored letters whose sha256 starts with `prefix` (at most a few).
    func ids(sha256Prefix prefix: String) throws -> [Int64]
    /// The canonical JSON as stored.
    func json(id: Int64) throws -> String?
    func summary(id: Int64) throws -> LetterSummary?

    /// One page of the letters `query` matches, and how many match in all. Throws a usage error
    /// for a query ``ArchiveQuery/validate()`` refuses.
    func find(_ query: ArchiveQuery) throws -> SearchResults
    func signatories(minLetters: Int) throws -> [SignatoryCount]
    /// Languages, years and the most frequent signers among the letters `query` matches (its
    /// limit and offset ignored).
    func facets(_ query: ArchiveQuery, signatoryLimit: Int) throws -> SearchFacets
    /// The letters signed by someone whose name key is exactly `nameKey`, by date (undated last),
    /// with the spellings used.
    func letters(signedBy nameKey: String) throws -> (letters: [LetterSummary], spellings: [String])
    /// Letters sharing any of `words` (best first, at most `limit`), with their body text.
    func candidates(sharing words: [String], limit: Int) throws -> [VersionCandidate]
    /// Calls `row` with every stored letter's id and JSON, in id order, without loading all at once.
    func forEachLetter(_ row: (Int64, String) throws -> Void) throws
    func stats() throws -> ArchiveStats
    func close()
}

extension ArchiveStore {
    public func add(_ record: ArchiveRecord) throws -> AddOutcome { try add(record, path: nil, pause: nil) }
    public func add(_ record: ArchiveRecord, pause: (() -> Void)?) throws -> AddOutcome { try add(record, path: nil, pause: pause) }
    /// The hits of ``find(_:)``'s page.
    public func search(_ query: ArchiveQuery) throws -> [SearchHit] { try find(query).hits }
}

/// Why the archive could not do what was asked: one line for the user, with the store's own
/// message (SQLite's or PostgreSQL's) kept.
public struct ArchiveError: Error, CustomStringConvertible, Sendable {
    public var message: String
    /// The underlying code: SQLite's extended result code, or PostgreSQL's SQLSTATE (as text
    /// in ``sqlState``), when the store gave one.
    public var code: Int?
    public var sqlState: String?
    /// The archive's location or arguments were wrong (exit status 64), not the archive.
    public var isUsageError: Bool

    public init(_ message: String, code: Int? = nil, sqlState: String? = nil, isUsageError: Bool = false) {
        self.message = message
        self.code = code
        self.sqlState = sqlState
        self.isUsageError = isUsageError
    }

    public var description: String { message }
}

/// What a command needs of the archive.
public enum ArchiveAccess: Sendable, Equatable {
    /// Only reads (`search`, `show`, `stats`, …): nothing is created, migrated or written, and no
    /// `-wal`/`-shm` file is left beside an SQLite archive.
    case readOnly
    /// Writes (`add`): creates and migrates the archive. `force` lets an SQLite file that holds
    /// other tables (not an archive) receive the archive's tables.
    case readWrite(force: Bool)
}
