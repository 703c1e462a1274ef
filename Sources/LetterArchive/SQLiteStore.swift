import Foundation
import GRDB
import LetterModel

/// The archive in one SQLite file (the default, `letters.sqlite`), through GRDB.
///
/// WAL journal, so readers never wait for a writer and several `add` processes can share the
/// file (writers take turns; `busyMode` makes each wait up to a minute rather than fail). Every
/// letter is written in one IMMEDIATE transaction, so a killed process leaves whole letters only.
/// Foreign keys are on (GRDB's default), so a child row cannot outlive its letter.
public final class SQLiteStore: ArchiveStore {
    let queue: DatabaseQueue
    public let location: String
    /// Opened for a command that only reads: ``add(_:pause:)`` refuses.
    let readOnly: Bool
    /// Whether the file has the `v3-review` columns: always once migrated; an archive written by
    /// an older `letters` and opened read-only may not (reads never migrate).
    let hasReview: Bool
    /// ``QuerySQL/summaryColumns``, or its form without review codes for a file without them.
    var summaryColumns: String { hasReview ? QuerySQL.summaryColumns : QuerySQL.summaryColumnsBeforeReview }

    /// Opens (creating if needed) the archive at `path` and brings its schema up to date.
    /// `trace` receives every SQL statement run, with its arguments expanded (for tests).
    public convenience init(path: String, trace: (@Sendable (String) -> Void)? = nil) throws {
        try self.init(path: path, access: .readWrite(force: false), trace: trace)
    }

    /// Opens the archive at `path` for `access` (see ``ArchiveAccess``).
    public init(path: String, access: ArchiveAccess, trace: (@Sendable (String) -> Void)? = nil) throws {
        location = path
        readOnly = access == .readOnly
        switch access {
        case .readOnly:
            queue = try Self.openForReading(path: path, trace: trace)
            hasReview = (try? queue.read { db in try db.columns(in: "letters").contains { $0.name == "review_score" } }) ?? false
        case .readWrite(let force):
            var config = Configuration()
            config.journalMode = .wal
            config.busyMode = .timeout(60)
            config.label = "letters-archive"
            config.prepareDatabase { db in
                if let trace { db.trace(options: .statement) { trace($0.expandedDescription) } }
                // NORMAL is durable in WAL mode except for the last transactions at a power cut;
                // the archive can always be re-ingested, and FULL halves ingest speed.
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
            do {
                try SQLiteFileCheck.checkBeforeWriting(path: path, force: force)
                queue = try Self.openAndMigrate(path: path, configuration: config)
                hasReview = true
            } catch let error as ArchiveError {
                throw error
            } catch {
                throw ArchiveError("\(path): \(Self.message(error))", code: (error as? DatabaseError).map { Int($0.extendedResultCode.rawValue) })
            }
        }
    }

    /// Opens the file and brings its schema up to date, retrying for a few seconds when another
    /// process is doing the same to a new file at the same moment.
    ///
    /// Two races are retried: switching a new file to WAL can fail with "database is locked"
    /// without waiting for the busy timeout, and GRDB reads which migrations are applied before
    /// taking the write lock, so the second process fails on "table already exists" once the
    /// first has committed `v1`. Opening again (now in WAL, with `v1` recorded) succeeds.
    private static func openAndMigrate(path: String, configuration: Configuration) throws -> DatabaseQueue {
        var attempt = 0
        while true {
            do {
                let queue = try DatabaseQueue(path: path, configuration: configuration)
                try SQLiteSchema.migrator.migrate(queue)
                return queue
            } catch let error as DatabaseError
                where [.SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_ERROR].contains(error.resultCode) && attempt < 30 {
                attempt += 1
                usleep(100_000)
            }
        }
    }

    public func add(_ record: ArchiveRecord, path: String?, pause: (() -> Void)?) throws -> AddOutcome {
        try writable()
        return try guarded {
            var outcome = AddOutcome.alreadyArchived(id: 0)
            try queue.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    if let row = try Row.fetchOne(db, sql: "SELECT id, json, file FROM letters WHERE sha256 = ?", arguments: [record.sha256]) {
                        let id: Int64 = row[0]
                        if record.isSameLetter(asStored: row[1], file: row[2]) {
                            outcome = .alreadyArchived(id: id)
                            guard let path else { return .rollback }
                            try Self.recordSource(id: id, path: path, db)
                            return .commit
                        }
                        // Same source bytes, other JSON: the stored record becomes a revision and
                        // this one replaces it, child rows and index entry included.
                        try db.execute(sql: """
                            INSERT INTO letter_revisions (letter_id, revision, json, stored_at)
                            SELECT id, (SELECT coalesce(max(revision), 0) + 1 FROM letter_revisions WHERE letter_id = ?),
                                json, coalesce(updated_at, added_at)
                            FROM letters WHERE id = ?
                            """, arguments: [id, id])
                        let assignments = ArchiveRecord.letterColumns.map { "\($0) = ?" }.joined(separator: ", ")
                        try db.execute(sql: "UPDATE letters SET \(assignments), updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now') WHERE id = ?",
                                       arguments: Self.arguments(record.letterValues + [.int(id)]))
                        pause?()
                        for table in ["signatories", "addressees", "footnotes", "calls_to_action"] {
                            try db.execute(sql: "DELETE FROM \(table) WHERE letter_id = ?", arguments: [id])
                        }
                        try Self.insertChildren(record, id: id, db)
                        if let path { try Self.recordSource(id: id, path: path, db) }
                        outcome = .updated(id: id)
                        return .commit
                    }
                    let id = try Self.insertLetter(record, db)
                    pause?()
                    try Self.insertChildren(record, id: id, db)
                    if let path { try Self.recordSource(id: id, path: path, db) }
                    outcome = .added(id: id)
                    return .commit
                }
            }
            return outcome
        }
    }

    func writable() throws {
        if readOnly { throw ArchiveError("\(location): opened read-only; nothing is written") }
    }

    private static func recordSource(id: Int64, path: String, _ db: Database) throws {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO letter_sources (letter_id, path) VALUES (?, ?)").execute(arguments: [id, path])
    }

    public func recordSource(id: Int64, path: String) throws {
        try writable()
        try guarded { try queue.write { try Self.recordSource(id: id, path: path, $0) } }
    }

    public func remove(ids: [Int64]) throws -> Int {
        try writable()
        guard !ids.isEmpty else { return 0 }
        return try guarded {
            try queue.write { db in
                let placeholders = ids.map { _ in "?" }.joined(separator: ", ")
                try db.execute(sql: "DELETE FROM letters WHERE id IN (\(placeholders))", arguments: StatementArguments(ids))
                return db.changesCount
            }
        }
    }

    private static func insertLetter(_ r: ArchiveRecord, _ db: Database) throws -> Int64 {
        let placeholders = ArchiveRecord.letterColumns.map { _ in "?" }.joined(separator: ", ")
        try db.cachedStatement(sql: "INSERT INTO letters (\(ArchiveRecord.letterColumns.joined(separator: ", "))) VALUES (\(placeholders))")
            .execute(arguments: arguments(r.letterValues))
        return db.lastInsertedRowID
    }

    private static func insertChildren(_ r: ArchiveRecord, id: Int64, _ db: Database) throws {
        let signatory = try db.cachedStatement(sql: """
            INSERT INTO signatories (letter_id, position, name, name_key, kind, role, organization, location)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (i, s) in r.signatories.enumerated() {
            try signatory.execute(arguments: [id, i, s.name, s.nameKey, s.kind, s.role, s.organization, s.location])
        }
        let addressee = try db.cachedStatement(sql: """
            INSERT INTO addressees (letter_id, position, kind, name, text, text_key) VALUES (?, ?, ?, ?, ?, ?)
            """)
        for (i, a) in r.addressees.enumerated() {
            try addressee.execute(arguments: [id, i, a.kind, a.name, a.text, a.textKey])
        }
        let footnote = try db.cachedStatement(sql: "INSERT INTO footnotes (letter_id, position, label, text, urls) VALUES (?, ?, ?, ?, ?)")
        for (i, f) in r.footnotes.enumerated() {
            try footnote.execute(arguments: [id, i, f.label, f.text, JSONText.array(f.urls)])
        }
        let call = try db.cachedStatement(sql: "INSERT INTO calls_to_action (letter_id, position, text, target, body_index) VALUES (?, ?, ?, ?, ?)")
        for (i, c) in r.calls.enumerated() {
            try call.execute(arguments: [id, i, c.text, c.target, c.bodyIndex])
        }
    }

    public func id(sha256: String) throws -> Int64? {
        try guarded { try queue.read { try Int64.fetchOne($0, sql: "SELECT id FROM letters WHERE sha256 = ?", arguments: [sha256]) } }
    }

    public func ids(sha256Prefix prefix: String) throws -> [Int64] {
        try guarded {
            try queue.read {
                try Int64.fetchAll($0, sql: "SELECT id FROM letters WHERE substr(sha256, 1, ?) = ? ORDER BY id LIMIT 5",
                                   arguments: [prefix.count, prefix.lowercased()])
            }
        }
    }

    public func json(id: Int64) throws -> String? {
        try guarded { try queue.read { try String.fetchOne($0, sql: "SELECT json FROM letters WHERE id = ?", arguments: [id]) } }
    }

    public func close() { try? queue.close() }

    func guarded<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as ArchiveError { throw error } catch {
            throw ArchiveError("\(location): \(Self.message(error))", code: (error as? DatabaseError).map { Int($0.extendedResultCode.rawValue) })
        }
    }

    /// SQLite's own message ("database is locked") rather than GRDB's full dump with the SQL.
    static func message(_ error: Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return "\(error)"
    }
}

/// Small JSON values written into text columns (a footnote's URLs), in a form sqlite3 and
/// PostgreSQL's `::jsonb` both read.
enum JSONText {
    static func array(_ strings: [String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return (try? encoder.encode(strings)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }
}
