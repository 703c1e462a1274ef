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

    /// Stores a letter and its rows in one transaction; a letter whose `source.sha256` is already
    /// stored is left as it is. `pause` runs inside the transaction, after the letter row and
    /// before its child rows (tests use it to kill a process mid-transaction).
    func add(_ record: ArchiveRecord, pause: (() -> Void)?) throws -> AddOutcome

    /// The id of the letter with these source bytes, if stored.
    func id(sha256: String) throws -> Int64?
    /// The ids of stored letters whose sha256 starts with `prefix` (at most a few).
    func ids(sha256Prefix prefix: String) throws -> [Int64]
    /// The canonical JSON as stored.
    func json(id: Int64) throws -> String?
    func summary(id: Int64) throws -> LetterSummary?

    func search(_ query: ArchiveQuery) throws -> [SearchHit]
    func signatories(minLetters: Int) throws -> [SignatoryCount]
    /// Letters sharing any of `words` (best first, at most `limit`), with their body text.
    func candidates(sharing words: [String], limit: Int) throws -> [VersionCandidate]
    /// Calls `row` with every stored letter's id and JSON, in id order, without loading all at once.
    func forEachLetter(_ row: (Int64, String) throws -> Void) throws
    func stats() throws -> ArchiveStats
    func close()
}

extension ArchiveStore {
    public func add(_ record: ArchiveRecord) throws -> AddOutcome { try add(record, pause: nil) }
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
