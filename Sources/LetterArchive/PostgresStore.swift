import Foundation
import LetterModel
import PostgresNIO

/// The archive in a PostgreSQL database, for archives shared by several machines.
///
/// Several `add` processes may ingest into one database at once: each letter is one transaction
/// whose first statement is `INSERT … ON CONFLICT (sha256) DO NOTHING`. The unique index makes a
/// second process inserting the same letter wait for the first to commit and then insert nothing,
/// so there are never duplicates and no letter is half-stored.
///
/// The interface is blocking (see ``ArchiveStore``): each call waits on postgres-nio's futures,
/// which run on NIO's own event loop threads, so callers need no async context.
public final class PostgresStore: ArchiveStore {
    let connection: PostgresConnection
    let logger: Logger
    let trace: (@Sendable (String) -> Void)?
    public let location: String

    /// Connects to `url` (`postgres://user:password@host:port/database`, `?sslmode=require` for
    /// TLS, `?schema=NAME` to keep the archive in its own PostgreSQL schema, created if missing)
    /// and brings the tables up to date. `trace` receives every SQL statement sent.
    public init(url: String, trace: (@Sendable (String) -> Void)? = nil) throws {
        let parsed = try PostgresURL(url)
        location = parsed.redacted
        self.trace = trace
        var logger = Logger(label: "letters.archive.postgres")
        logger.logLevel = .critical
        self.logger = logger
        var configuration = PostgresConnection.Configuration(
            host: parsed.host, port: parsed.port, username: parsed.user, password: parsed.password,
            database: parsed.database, tls: .disable)
        if let schema = parsed.schema { configuration.options.additionalStartupParameters = [("search_path", schema)] }
        if parsed.requireTLS {
            do {
                configuration.tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
            } catch {
                throw ArchiveError("\(parsed.redacted): cannot set up TLS: \(error)")
            }
        }
        do {
            connection = try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration, id: 1, logger: logger
            ).wait()
        } catch {
            throw ArchiveError("\(parsed.redacted): cannot connect: \(Self.message(error))")
        }
        try PostgresSchema.migrate(self, schema: parsed.schema)
    }

    public func add(_ record: ArchiveRecord, pause: (() -> Void)?) throws -> AddOutcome {
        let l = record.letter
        return try transaction {
            let inserted = try run("""
                INSERT INTO letters (sha256, file, format, pages, language, date_text, date_iso, date_precision,
                    date_start, date_end, place, sender, addressee, subject, body_text, calls_text, footnotes_text,
                    schema_version, json, search)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::date, $10::date, $11, $12, $13, $14, $15, $16, $17, $18, $19,
                    setweight(to_tsvector('simple', $20), 'A') || setweight(to_tsvector('simple', $21), 'B')
                    || setweight(to_tsvector('simple', $22), 'C') || setweight(to_tsvector('simple', $23), 'D'))
                ON CONFLICT (sha256) DO NOTHING
                RETURNING id
                """, [
                    .text(record.sha256), .text(l.source.file), .text(l.source.format.rawValue), SQLValue(l.source.pages),
                    SQLValue(l.language), SQLValue(l.date?.text), SQLValue(l.date?.iso), SQLValue(l.date?.precision.rawValue),
                    SQLValue(record.dateStart), SQLValue(record.dateEnd), SQLValue(l.place), SQLValue(record.sender),
                    SQLValue(record.addressee), SQLValue(l.subject), .text(record.bodyText), .text(record.callsText),
                    .text(record.footnotesText), .text(l.schemaVersion), .text(record.json),
                    // Folded like SQLite's `remove_diacritics 2`, so "Nucleo" finds "Núcleo" in both.
                    .text(ArchiveQuery.folded(l.subject ?? "")), .text(ArchiveQuery.folded(record.callsText)),
                    .text(ArchiveQuery.folded(record.bodyText)), .text(ArchiveQuery.folded(record.footnotesText)),
                ])
            guard let row = inserted.first else {
                let existing = try run("SELECT id FROM letters WHERE sha256 = $1", [.text(record.sha256)])
                return .alreadyArchived(id: try existing.first.map { try $0.makeRandomAccess()[0].decode(Int64.self) } ?? 0)
            }
            let id = try row.makeRandomAccess()[0].decode(Int64.self)
            pause?()
            try insertChildren(record, id: id)
            return .added(id: id)
        }
    }

    /// One multi-row INSERT per child table: a letter with 300 signatories is 4 round trips, not 300.
    private func insertChildren(_ r: ArchiveRecord, id: Int64) throws {
        func insert(_ table: String, _ columns: [String], _ rows: [[SQLValue]]) throws {
            guard !rows.isEmpty else { return }
            var b = SQLBuilder(.postgres)
            b.append("INSERT INTO \(table) (letter_id, position, \(columns.joined(separator: ", "))) VALUES ")
            for (i, values) in rows.enumerated() {
                let placeholders = ([.int(id), .int(Int64(i))] + values).map { b.bind($0) }
                b.append((i == 0 ? "" : ", ") + "(" + placeholders.joined(separator: ", ") + ")")
            }
            try run(b.sql, b.values)
        }
        try insert("signatories", ["name", "name_key", "kind", "role", "organization", "location"], r.signatories.map {
            [.text($0.name), .text($0.nameKey), .text($0.kind), SQLValue($0.role), SQLValue($0.organization), SQLValue($0.location)]
        })
        try insert("addressees", ["kind", "name", "text", "text_key"], r.addressees.map {
            [.text($0.kind), SQLValue($0.name), .text($0.text), .text($0.textKey)]
        })
        try insert("footnotes", ["label", "text", "urls"], r.footnotes.map { [.text($0.label), .text($0.text), .text(JSONText.array($0.urls))] })
        try insert("calls_to_action", ["text", "target", "body_index"], r.calls.map {
            [.text($0.text), SQLValue($0.target), .int(Int64($0.bodyIndex))]
        })
    }

    public func close() { try? connection.close().wait() }

    /// Runs `body` between BEGIN and COMMIT; ROLLBACK when it throws.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try run("BEGIN")
        do {
            let value = try body()
            try run("COMMIT")
            return value
        } catch {
            _ = try? run("ROLLBACK")
            throw error
        }
    }

    /// Runs one statement and returns all its rows, waiting for them.
    @discardableResult
    func run(_ sql: String, _ values: [SQLValue] = []) throws -> [PostgresRow] {
        trace?(sql)
        var binds = PostgresBindings(capacity: values.count)
        for value in values {
            switch value {
            case .text(let s): binds.append(s)
            case .int(let i): binds.append(i)
            case .null: binds.appendNull()
            }
        }
        do {
            return try connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger).wait().rows
        } catch let error as ArchiveError {
            throw error
        } catch {
            throw ArchiveError("\(location): \(Self.message(error))")
        }
    }

    /// The server's one-line message ("relation … does not exist") rather than the full dump.
    static func message(_ error: Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            if let underlying = error.underlying { return "\(error.code): \(underlying)" }
            return "\(error.code)"
        }
        return "\(error)"
    }
}

/// `postgres://user:password@host:port/database?sslmode=require`, taken apart.
struct PostgresURL {
    var host: String, port: Int, user: String, password: String?, database: String?, requireTLS: Bool
    /// A PostgreSQL schema (namespace) for the tables: lower-case letters, digits and `_` only.
    var schema: String?
    /// The URL without its password, for messages.
    var redacted: String

    static func isPostgres(_ location: String) -> Bool {
        location.hasPrefix("postgres://") || location.hasPrefix("postgresql://")
    }

    init(_ text: String) throws {
        guard Self.isPostgres(text), let url = URLComponents(string: text), let host = url.host, !host.isEmpty else {
            throw ArchiveError("\(text): not a postgres://user:password@host:port/database URL")
        }
        self.host = host
        port = url.port ?? 5432
        user = url.user?.removingPercentEncoding ?? ProcessInfo.processInfo.environment["USER"] ?? "postgres"
        password = url.password?.removingPercentEncoding
        let path = url.path.hasPrefix("/") ? String(url.path.dropFirst()) : url.path
        database = path.isEmpty ? nil : path.removingPercentEncoding
        let sslmode = url.queryItems?.first { $0.name == "sslmode" }?.value ?? "disable"
        requireTLS = ["require", "verify-ca", "verify-full"].contains(sslmode)
        schema = url.queryItems?.first { $0.name == "schema" }?.value
        if let schema, schema.isEmpty || !schema.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "_" }) {
            throw ArchiveError("schema=\(schema): use lower-case letters, digits and _ only")
        }
        redacted = "postgres://\(user)@\(host):\(port)/\(database ?? "")" + (schema.map { "?schema=\($0)" } ?? "")
    }
}
