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
    let timeouts: PostgresURL.Timeouts
    let closeWatch: CloseWatch
    public let location: String
    /// Set once the connection is lost or given up on: no statement is sent on it again (not
    /// even ROLLBACK, which the server does itself when a connection ends mid-transaction).
    private var broken = false

    /// Connects to `url` (`postgres://user:password@host:port/database`, `?sslmode=require` for
    /// TLS, `?schema=NAME` to keep the archive in its own PostgreSQL schema, created if missing;
    /// `connect_timeout`, `statement_timeout`, `idle_timeout` in seconds, see ``PostgresURL``)
    /// and brings the tables up to date. `trace` receives every SQL statement sent.
    public init(url: String, trace: (@Sendable (String) -> Void)? = nil) throws {
        let parsed = try PostgresURL(url)
        location = parsed.redacted
        timeouts = parsed.timeouts
        self.trace = trace
        var logger = Logger(label: "letters.archive.postgres")
        logger.logLevel = .critical
        self.logger = logger
        var configuration = PostgresConnection.Configuration(
            host: parsed.host, port: parsed.port, username: parsed.user, password: parsed.password,
            database: parsed.database, tls: .disable)
        configuration.options.connectTimeout = .milliseconds(Int64(parsed.timeouts.connect * 1000))
        // The server ends a statement running past statement_timeout, and a session left idle
        // inside a transaction (a client gone quiet) past the idle timeout, rolling it back.
        var startup: [(String, String)] = [
            ("statement_timeout", "\(Int(parsed.timeouts.statement * 1000))"),
            ("idle_in_transaction_session_timeout", "\(Int(parsed.timeouts.idle * 1000))"),
        ]
        if let schema = parsed.schema { startup.append(("search_path", schema)) }
        configuration.options.additionalStartupParameters = startup
        if parsed.requireTLS {
            do {
                configuration.tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
            } catch {
                throw ArchiveError("\(parsed.redacted): cannot set up TLS: \(error)")
            }
        }
        let connecting = PostgresConnection.connect(
            on: MultiThreadedEventLoopGroup.singleton.any(), configuration: configuration, id: 1, logger: logger)
        do {
            // NIO's connect timeout covers the TCP connection; this also bounds the startup
            // and authentication exchange with a server that accepted but does not answer.
            connection = try Self.wait(connecting, seconds: parsed.timeouts.connect + 1) {
                connecting.whenSuccess { Self.closeSoon($0) }
            }
        } catch let timeout as WaitTimeout {
            throw ArchiveError("\(parsed.redacted): cannot connect: no answer from the server within \(timeout.seconds) s")
        } catch {
            let (text, state) = Self.describe(error)
            throw ArchiveError("\(parsed.redacted): cannot connect: \(text)", sqlState: state)
        }
        closeWatch = CloseWatch(connection)
        try PostgresSchema.migrate(self, schema: parsed.schema)
    }

    public func add(_ record: ArchiveRecord, path: String?, pause: (() -> Void)?) throws -> AddOutcome {
        let columns = ArchiveRecord.letterColumns
        func placeholder(_ i: Int) -> String { "$\(i + 1)" + (ArchiveRecord.dateColumns.contains(columns[i]) ? "::date" : "") }
        return try transaction {
            // The search vector is filled by the trigger `letters_search` (v2-curation).
            let inserted = try run("""
                INSERT INTO letters (\(columns.joined(separator: ", ")))
                VALUES (\(columns.indices.map(placeholder).joined(separator: ", ")))
                ON CONFLICT (sha256) DO NOTHING
                RETURNING id
                """, record.letterValues)
            guard let row = inserted.first else {
                // Known source bytes: FOR UPDATE makes a concurrent replacement wait for this one.
                guard let existing = try run("SELECT id, json, file FROM letters WHERE sha256 = $1 FOR UPDATE", [.text(record.sha256)]).first?
                    .makeRandomAccess() else { return .alreadyArchived(id: 0) }
                let id = try existing[0].decode(Int64.self)
                if record.isSameLetter(asStored: try existing[1].decode(String.self), file: try existing[2].decode(String.self)) {
                    if let path { try recordSource(id: id, path: path) }
                    return .alreadyArchived(id: id)
                }
                try run("""
                    INSERT INTO letter_revisions (letter_id, revision, json, stored_at)
                    SELECT id, (SELECT coalesce(max(revision), 0) + 1 FROM letter_revisions WHERE letter_id = $1),
                        json, coalesce(updated_at, added_at)
                    FROM letters WHERE id = $1
                    """, [.int(id)])
                let assignments = columns.indices.map { "\(columns[$0]) = \(placeholder($0))" }.joined(separator: ", ")
                try run("UPDATE letters SET \(assignments), updated_at = now() WHERE id = $\(columns.count + 1)", record.letterValues + [.int(id)])
                pause?()
                for table in ["signatories", "addressees", "footnotes", "calls_to_action"] {
                    try run("DELETE FROM \(table) WHERE letter_id = $1", [.int(id)])
                }
                try insertChildren(record, id: id)
                if let path { try recordSource(id: id, path: path) }
                return .updated(id: id)
            }
            let id = try row.makeRandomAccess()[0].decode(Int64.self)
            pause?()
            try insertChildren(record, id: id)
            if let path { try recordSource(id: id, path: path) }
            return .added(id: id)
        }
    }

    public func recordSource(id: Int64, path: String) throws {
        try run("INSERT INTO letter_sources (letter_id, path) VALUES ($1, $2) ON CONFLICT DO NOTHING", [.int(id), .text(path)])
    }

    public func remove(ids: [Int64]) throws -> Int {
        guard !ids.isEmpty else { return 0 }
        var b = SQLBuilder(.postgres)
        b.append("DELETE FROM letters WHERE id IN (\(ids.map { b.bind(.int($0)) }.joined(separator: ", "))) RETURNING id")
        return try run(b.sql, b.values).count
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

    public func close() {
        if broken { Self.closeSoon(connection); return }
        let closing: EventLoopFuture<Void> = connection.close()
        _ = try? Self.wait(closing, seconds: 5) {}
    }

    /// Runs `body` between BEGIN and COMMIT; ROLLBACK when it throws.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try run("BEGIN")
        do {
            let value = try body()
            try run("COMMIT")
            return value
        } catch {
            if !broken { _ = try? run("ROLLBACK") }
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
        guard !broken else { throw ArchiveError("\(location): connection lost earlier in this command") }
        let query = connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: logger)
        do {
            // The server's statement_timeout ends a slow statement; this deadline, a little
            // later, ends the wait when the server itself is gone without closing the socket.
            return try Self.wait(query, seconds: timeouts.statement + 5, closeWatch: closeWatch) { [connection] in Self.closeSoon(connection) }.rows
        } catch is ClosedWhileWaiting {
            broken = true
            throw ArchiveError("\(location): connection lost: the server closed the connection (the open transaction is rolled back; run the command again)")
        } catch let timeout as WaitTimeout {
            broken = true
            throw ArchiveError("\(location): connection lost: no answer from the server within \(timeout.seconds) s (the open transaction is rolled back by the server; run the command again)")
        } catch let error as ArchiveError {
            throw error
        } catch {
            let (text, state) = Self.describe(error)
            if Self.isConnectionLoss(error) {
                broken = true
                Self.closeSoon(connection)
                throw ArchiveError("\(location): connection lost: \(text) (the open transaction is rolled back; run the command again)", sqlState: state)
            }
            throw ArchiveError("\(location): \(text)", sqlState: state)
        }
    }

    struct WaitTimeout: Error { var seconds: Double }

    /// Starts closing the connection without waiting for it.
    static func closeSoon(_ connection: PostgresConnection) {
        let closing: EventLoopFuture<Void> = connection.close()
        closing.whenComplete { _ in }
    }

    /// The connection closed while a statement waited for its answer.
    struct ClosedWhileWaiting: Error {}

    /// Whether the connection has closed, and the semaphore of the statement waiting, if any:
    /// registered once on the connection's close future (not once per statement).
    final class CloseWatch: @unchecked Sendable {
        private let lock = NSLock()
        private var closed = false
        private var waiter: DispatchSemaphore?

        init(_ connection: PostgresConnection) {
            connection.closeFuture.whenComplete { [self] _ in
                lock.withLock { closed = true; waiter?.signal() }
            }
        }

        var isClosed: Bool { lock.withLock { closed } }
        /// Sets the semaphore to signal on close; false when already closed.
        func watch(_ semaphore: DispatchSemaphore?) -> Bool { lock.withLock { waiter = semaphore; return !closed } }
    }

    /// Waits for `future` at most `seconds`; on time-out runs `giveUp` and throws ``WaitTimeout``.
    ///
    /// With `closeWatch`, also stops waiting when the connection closes (throwing
    /// ``ClosedWhileWaiting``): when the server ends the session (`pg_ctl stop -m fast` sends
    /// 57P01, then closes the socket) while a statement is on its way, postgres-nio 1.33 closes the
    /// channel but never completes that statement's future, so waiting on the future alone hung.
    static func wait<T: Sendable>(_ future: EventLoopFuture<T>, seconds: Double, closeWatch: CloseWatch? = nil,
                                  giveUp: () -> Void) throws -> T {
        let done = DispatchSemaphore(value: 0)
        let box = ResultBox<T>()
        future.whenComplete { box.set($0); done.signal() }
        if let closeWatch, !closeWatch.watch(done) { done.signal() }
        defer { _ = closeWatch?.watch(nil) }
        if done.wait(timeout: .now() + seconds) == .timedOut {
            giveUp()
            throw WaitTimeout(seconds: seconds)
        }
        guard let result = box.result else { throw ClosedWhileWaiting() }
        return try result.get()
    }

    final class ResultBox<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: Result<T, Error>?
        func set(_ value: Result<T, Error>) { lock.withLock { stored = value } }
        var result: Result<T, Error>? { lock.withLock { stored } }
    }

    /// Whether `error` means the connection is gone (server stopped or restarted, network cut),
    /// rather than a statement the server refused.
    static func isConnectionLoss(_ error: Error) -> Bool {
        guard let error = error as? PSQLError else { return error is ChannelError || error is IOError }
        switch error.code {
        case .serverClosedConnection, .clientClosedConnection, .connectionError, .uncleanShutdown: return true
        case .server:
            // 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now, 08xxx connection exceptions.
            let state = error.serverInfo?[.sqlState] ?? ""
            return state.hasPrefix("57P") || state.hasPrefix("08")
        default: return false
        }
    }

    /// The error in the project's words, with the server's SQLSTATE (or the system's errno)
    /// kept: "terminating connection due to administrator command (SQLSTATE 57P01)",
    /// "connection refused by 127.0.0.1:5433 (errno 111)", never NIO's type dumps.
    static func describe(_ error: Error) -> (text: String, sqlState: String?) {
        guard let error = error as? PSQLError else { return (describeTransport(error), nil) }
        if let message = error.serverInfo?[.message] {
            let state = error.serverInfo?[.sqlState]
            return (message + (state.map { " (SQLSTATE \($0))" } ?? ""), state)
        }
        switch error.code {
        case .sslUnsupported:
            return ("the server does not offer TLS, which sslmode=require asks for (use sslmode=disable on a trusted network)", nil)
        case .serverClosedConnection, .uncleanShutdown:
            return ("the server closed the connection" + (error.underlying.map { " (\(describeTransport($0)))" } ?? ""), nil)
        case .clientClosedConnection:
            return ("the connection was closed", nil)
        case .connectionError:
            return (error.underlying.map(describeTransport) ?? "cannot reach the server", nil)
        case .unsupportedAuthMechanism, .authMechanismRequiresPassword, .saslError:
            return ("authentication failed (\(error.code); check the user and password)", nil)
        default:
            return ("\(error.code)" + (error.underlying.map { ": \(describeTransport($0))" } ?? ""), nil)
        }
    }

    /// A socket-level error in words: errno's text with its number, or a connect time-out.
    static func describeTransport(_ error: Error) -> String {
        if let error = error as? NIOConnectionError {
            let host = "\(error.host):\(error.port)"
            if let first = error.connectionErrors.first { return describeTransport(first.error) + " (\(host))" }
            if error.dnsAError != nil || error.dnsAAAAError != nil { return "cannot resolve \(error.host)" }
            return "cannot connect to \(host)"
        }
        if let error = error as? IOError {
            return String(cString: strerror(error.errnoCode)).lowercased() + " (errno \(error.errnoCode))"
        }
        if let error = error as? ChannelError {
            switch error {
            case .connectTimeout(let amount): return "no connection within \(amount.nanoseconds / 1_000_000_000) s"
            case .ioOnClosedChannel, .alreadyClosed, .eof: return "the connection is closed"
            default: return "connection error (\(error))"
            }
        }
        if let error = error as? NIOSSLError { return "TLS error (\(error))" }
        return "\(error)"
    }
}

/// `postgres://user:password@host:port/database?sslmode=require`, taken apart and checked: a
/// malformed URL is refused here (a usage error), never repaired (URLComponents alone turned
/// port 99999 into 34463).
public struct PostgresURL {
    var host: String, port: Int, user: String, password: String?, database: String?, requireTLS: Bool
    /// A PostgreSQL schema (namespace) for the tables: lower-case letters, digits and `_` only.
    var schema: String?
    /// The URL without its password, for messages.
    var redacted: String
    var timeouts: Timeouts

    /// Seconds: connecting (TCP, TLS and authentication), one statement, and a session idle
    /// inside a transaction before the server ends it.
    struct Timeouts: Equatable {
        var connect: Double = 10
        var statement: Double = 120
        var idle: Double = 60
    }

    public static func isPostgres(_ location: String) -> Bool {
        location.hasPrefix("postgres://") || location.hasPrefix("postgresql://")
    }

    public init(_ text: String) throws {
        func usage(_ why: String) -> ArchiveError {
            ArchiveError("\(Self.redact(text)): \(why) (expected postgres://user:password@host:port/database)", isUsageError: true)
        }
        guard Self.isPostgres(text), let url = URLComponents(string: text) else { throw usage("not a valid URL") }
        guard let host = url.host, !host.isEmpty else { throw usage("no host") }
        self.host = host
        // The port as written: URLComponents keeps only its low 16 bits.
        let afterScheme = text[text.range(of: "://")!.upperBound...]
        let authority = afterScheme.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostPort = authority.split(separator: "@", omittingEmptySubsequences: false).last ?? ""
        let portText: Substring? = hostPort.hasPrefix("[")
            ? hostPort.range(of: "]:").map { hostPort[$0.upperBound...] }
            : hostPort.firstIndex(of: ":").map { hostPort[hostPort.index(after: $0)...] }
        if let portText {
            guard !portText.isEmpty, portText.allSatisfy(\.isASCII), portText.allSatisfy(\.isNumber),
                  let number = Int(portText), (1...65535).contains(number) else {
                throw usage("port \(portText.isEmpty ? "(empty)" : String(portText)) is not a number from 1 to 65535")
            }
            port = number
        } else {
            port = 5432
        }
        user = url.user?.removingPercentEncoding ?? ProcessInfo.processInfo.environment["USER"] ?? "postgres"
        password = url.password?.removingPercentEncoding
        let path = url.path.hasPrefix("/") ? String(url.path.dropFirst()) : url.path
        database = path.isEmpty ? nil : path.removingPercentEncoding
        if let database, database.contains("/") { throw usage("database name \(database) contains /") }
        let query = url.queryItems ?? []
        func value(_ name: String) -> String? { query.first { $0.name == name }?.value }
        let known: Set<String> = ["sslmode", "schema", "connect_timeout", "statement_timeout", "idle_timeout"]
        if let unknown = query.first(where: { !known.contains($0.name) }) {
            throw usage("unknown parameter \(unknown.name) (known: \(known.sorted().joined(separator: ", ")))")
        }
        let sslmode = value("sslmode") ?? "disable"
        guard ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"].contains(sslmode) else {
            throw usage("sslmode=\(sslmode) is not one of disable, prefer, require, verify-ca, verify-full")
        }
        requireTLS = ["require", "verify-ca", "verify-full"].contains(sslmode)
        schema = value("schema")
        if let schema, schema.isEmpty || !schema.allSatisfy({ ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "_" }) {
            throw ArchiveError("schema=\(schema): use lower-case letters, digits and _ only", isUsageError: true)
        }
        var timeouts = Timeouts()
        for (name, keyPath) in [("connect_timeout", \Timeouts.connect), ("statement_timeout", \Timeouts.statement), ("idle_timeout", \Timeouts.idle)] {
            guard let text = value(name) else { continue }
            guard let seconds = Double(text), seconds > 0, seconds <= 86_400 else {
                throw usage("\(name)=\(text) is not a number of seconds from 0 to 86400")
            }
            timeouts[keyPath: keyPath] = seconds
        }
        self.timeouts = timeouts
        redacted = "postgres://\(user)@\(host):\(port)/\(database ?? "")" + (schema.map { "?schema=\($0)" } ?? "")
    }

    /// The URL as given, without its password, for messages about a URL that did not parse.
    static func redact(_ text: String) -> String {
        guard let at = text.lastIndex(of: "@"), let scheme = text.range(of: "://"), scheme.upperBound < at else { return text }
        let credentials = text[scheme.upperBound..<at]
        guard let colon = credentials.firstIndex(of: ":") else { return text }
        return String(text[..<colon]) + String(text[at...])
    }
}
