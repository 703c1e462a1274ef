import Foundation
@testable import LetterArchive
import LetterModel
import TestSupport
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// PostgreSQL going away under `archive add`: a private server (scripts/postgres-test-server.sh)
/// is stopped mid-ingest, fast and immediate, then started again. The command must end within
/// seconds with one `letters:` line and exit status 2, and a rerun must complete the ingest
/// exactly. Skipped, saying so, where PostgreSQL is not installed.
final class PostgresFaultTests: XCTestCase {
    static let script = Fixtures.packageRoot.appendingPathComponent("scripts/postgres-test-server.sh").path

    /// A private server in a fresh folder; its URL.
    func startServer(_ folder: String) throws -> String {
        guard (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql"))?.isEmpty == false else {
            throw XCTSkip("PostgreSQL fault tests skipped: PostgreSQL is not installed (apt-get install -y postgresql)")
        }
        let started = try runProgram(URL(fileURLWithPath: "/bin/bash"), [Self.script, "start", folder])
        XCTAssertEqual(started.status, 0, started.err)
        return started.out.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func server(_ command: String, _ folder: String, _ extra: [String] = []) throws {
        let result = try runProgram(URL(fileURLWithPath: "/bin/bash"), [Self.script, command, folder] + extra)
        XCTAssertEqual(result.status, 0, "\(command): \(result.err)")
    }

    func testServerStoppedFastMidIngestThenRerun() throws { try stopMidIngestThenRerun(mode: "fast") }
    func testServerStoppedImmediateMidIngestThenRerun() throws { try stopMidIngestThenRerun(mode: "immediate") }

    func stopMidIngestThenRerun(mode: String) throws {
        let folder = "/tmp/letters-pg-fault-\(UUID().uuidString.prefix(8))"
        let url = try startServer(folder)
        defer { _ = try? runProgram(URL(fileURLWithPath: "/bin/bash"), [Self.script, "stop", folder]) }
        let cli = CLIScenarios(backend: .sqlite)
        let total = 40
        let (input, shas) = try cli.makeFolder(jsonCount: total) { String(format: "json/letter-%02d-slow-hook.json", $0) }
        defer { try? FileManager.default.removeItem(at: input) }

        // Each letter waits 0.2 s inside its transaction, so the stop lands mid-transaction.
        let started = try CLI.start(["archive", "add", "--db", url, input.path], hooks: true)
        var stored = 0
        let deadline = Date().addingTimeInterval(60)
        while stored < 3, Date() < deadline {
            usleep(50_000)
            stored = (try? countLetters(url)) ?? 0
        }
        XCTAssertGreaterThanOrEqual(stored, 3, "the ingest started")
        let stopAt = Date()
        try server("halt", folder, [mode])
        // pg_ctl waits for the server to be down; the command must follow within seconds.
        while started.process.isRunning, Date().timeIntervalSince(stopAt) < 30 { usleep(50_000) }
        let seconds = Date().timeIntervalSince(stopAt)
        if started.process.isRunning { kill(started.process.processIdentifier, SIGKILL) }
        let failed = try CLI.finish(started)
        print("PostgresFaultTests: server stopped -m \(mode) with \(stored)+ letters stored; `archive add` ended \(String(format: "%.2f", seconds)) s later, status \(failed.status)")
        XCTAssertLessThan(seconds, 15, "the command ended \(seconds) s after the server stopped")
        XCTAssertEqual(failed.status, 2, failed.stderr)
        let lines = failed.stderr.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 1, failed.stderr)
        XCTAssertTrue(lines.first?.hasPrefix("letters: archive: postgres://letters_test@127.0.0.1:") == true, failed.stderr)
        XCTAssertTrue(failed.stderr.contains("connection lost") || failed.stderr.contains("cannot connect"), failed.stderr)
        XCTAssertFalse(failed.stderr.contains("PSQLError") || failed.stderr.contains("SingleConnectionFailure"), failed.stderr)
        XCTAssertFalse(failed.stderr.contains("letters_test:letters_test"), "no password in messages")

        try server("resume", folder)
        let partial = try countLetters(url)
        XCTAssertLessThan(partial, total, "the stop came before the end")
        let archive = try Archive(location: url)
        defer { archive.close() }
        try CLIScenarios(backend: .sqlite).assertConsistent(archive)

        let rerun = try CLI.run(["archive", "add", "--db", url, input.path])
        XCTAssertEqual(rerun.status, 0, rerun.stderr)
        XCTAssertEqual(cli.counts(rerun.stderr)?.added, total - partial, rerun.stderr)
        XCTAssertEqual(cli.counts(rerun.stderr)?.already, partial, rerun.stderr)
        XCTAssertEqual(try archive.store.stats().letters, total, "nothing twice, nothing missing")
        for sha in shas { XCTAssertNotNil(try archive.store.id(sha256: sha)) }
        try CLIScenarios(backend: .sqlite).assertConsistent(archive)
    }

    func countLetters(_ url: String) throws -> Int {
        let store = try PostgresStore(url: url + "?connect_timeout=2")
        defer { store.close() }
        return try store.stats().letters
    }

    /// A closed port: one line in words, the errno kept, exit status 2, within the connect timeout.
    func testRefusedConnectionIsOneLineInOurWords() throws {
        let port = try freePort()
        let started = Date()
        let result = try CLI.run(["archive", "stats", "--db", "postgres://someone:secret@127.0.0.1:\(port)/db"])
        XCTAssertLessThan(Date().timeIntervalSince(started), 15)
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertEqual(result.stderr, "letters: archive: postgres://someone@127.0.0.1:\(port)/db: cannot connect: connection refused (errno 111) (127.0.0.1:\(port))\n")
    }

    /// sslmode=require against a server without TLS (the test server has none): said in words,
    /// not postgres-nio's `sslUnsupported`.
    func testTLSRequiredOfAServerWithoutIt() throws {
        guard let base = Backend.postgresURL else {
            throw XCTSkip("PostgreSQL tests skipped: set LETTERS_TEST_POSTGRES_URL (.ci/run starts a server and sets it)")
        }
        let result = try CLI.run(["archive", "stats", "--db", base + (base.contains("?") ? "&" : "?") + "sslmode=require"])
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertTrue(result.stderr.hasSuffix(": cannot connect: the server does not offer TLS, which sslmode=require asks for (use sslmode=disable on a trusted network)\n"), result.stderr)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
        XCTAssertFalse(result.stderr.contains("sslUnsupported"), result.stderr)
    }

    /// A port out of range, a bad sslmode or timeout: usage errors (64) naming the fault, not a
    /// silently different port.
    func testMalformedURLsAreUsageErrors() throws {
        for (url, expected) in [
            ("postgres://u:pw@127.0.0.1:99999/db", "port 99999 is not a number from 1 to 65535"),
            ("postgres://u@127.0.0.1:0/db", "port 0 is not a number from 1 to 65535"),
            ("postgres://u@127.0.0.1:54x/db", "not a valid URL"),
            ("postgres://u@127.0.0.1:5432/db?sslmode=sometimes", "sslmode=sometimes is not one of"),
            ("postgres://u@127.0.0.1:5432/db?connect_timeout=-1", "connect_timeout=-1 is not a number of seconds"),
            ("postgres://u@127.0.0.1:5432/db?sslmod=require", "unknown parameter sslmod"),
            ("postgres:///db", "no host"),
        ] {
            XCTAssertThrowsError(try PostgresURL(url), url) { error in
                XCTAssertTrue((error as? ArchiveError)?.isUsageError == true, url)
                XCTAssertTrue("\(error)".contains(expected), "\(url): \(error)")
                XCTAssertFalse("\(error)".contains(":pw@"), "no password in messages")
            }
        }
        XCTAssertEqual(try PostgresURL("postgres://u@[::1]:6543/db").port, 6543)
        XCTAssertEqual(try PostgresURL("postgres://u@h/db").port, 5432)
        XCTAssertEqual(try PostgresURL("postgres://u@h/db?statement_timeout=3").timeouts.statement, 3)

        let result = try CLI.run(["archive", "stats", "--db", "postgres://u:pw@127.0.0.1:99999/db"])
        XCTAssertEqual(result.status, 64, result.stderr)
        XCTAssertTrue(result.stderr.contains("port 99999 is not a number from 1 to 65535"), result.stderr)
    }

    func freePort() throws -> Int {
        let result = try runProgram(URL(fileURLWithPath: "/usr/bin/python3"),
                                    ["-c", "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"])
        return Int(result.out.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 1
    }
}
