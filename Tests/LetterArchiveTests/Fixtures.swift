import Foundation
import LetterExtractor
@testable import LetterArchive
import LetterModel
import TestSupport
import XCTest

/// The package's sample letters (and ../shared/corpus when present), extracted once per test run.
enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let samples = packageRoot.appendingPathComponent("samples")
    static let corpus = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    /// samples/*.pdf and *.txt, then the corpus PDFs.
    static let documentPaths: [String] = {
        func files(_ folder: URL, _ extensions: Set<String>) -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
                .filter { extensions.contains(($0 as NSString).pathExtension) }.sorted()
                .map { folder.appendingPathComponent($0).path }
        }
        return files(samples, ["pdf", "txt"]) + files(corpus, ["pdf"])
    }()

    /// The seed statement in its four versions: three PDFs and the text.
    static let seedFiles: Set<String> = ["seed-letterhead.pdf", "seed-memo.pdf", "seed-word.pdf", "open-letter-ogp-solidarity-2017.txt"]

    nonisolated(unsafe) static var cache: [Letter]?
    /// Every document extracted, in path order; a file in both samples/ and the corpus twice.
    static func allLetters() throws -> [Letter] {
        if let cache { return cache }
        let letters = try documentPaths.map { try LetterExtractor.extract(path: $0) }
        cache = letters
        return letters
    }

    /// The letters as the archive keeps them: the first of each source sha256.
    static func letters() throws -> [Letter] {
        var seen: Set<String> = []
        return try allLetters().filter { seen.insert($0.source.sha256).inserted }
    }

    /// Letters built in code: the same template with numbered text, signers and dates, each with
    /// its own sha256, so tests can make as many distinct letters as they need.
    static func synthetic(_ n: Int, signer: String = "Jane Smith", subject: String? = nil) -> Letter {
        let sha = SHA256.hex(Data("synthetic-\(n)-\(signer)".utf8))
        return Letter(
            source: Source(file: "synthetic-\(n).json", sha256: sha, format: .text),
            language: "en",
            date: LetterDate(text: "1 March 2020", iso: String(format: "2020-03-%02d", 1 + n % 28), precision: .day),
            addressee: Party(lines: ["Ministry of Synthetic Affairs"], name: "Ministry of Synthetic Affairs"),
            subject: subject ?? "Synthetic letter number \(n)",
            body: [BodyBlock(kind: .paragraph, text: "Paragraph \(n): we write about zebrafish\(n) and the quokka habitat.")],
            callsToAction: [CallToAction(text: "We urge the ministry to protect quokka\(n).", target: "the ministry", bodyIndex: 0)],
            footnotes: [Footnote(label: "1", text: "Note \(n) https://example.org/\(n)", urls: ["https://example.org/\(n)"])],
            signatories: [Signatory(name: signer, kind: .person), Signatory(name: "Coalition \(n % 7)", kind: .organization)])
    }
}

/// Records the SQL a store runs (GRDB's trace for SQLite, our own for PostgreSQL).
final class StatementLog: @unchecked Sendable {
    private let lock = NSLock()
    private var statements: [String] = []

    var trace: @Sendable (String) -> Void { { [self] sql in lock.withLock { statements.append(sql) } } }
    var all: [String] { lock.withLock { statements } }
    func reset() { lock.withLock { statements.removeAll() } }
}

/// Where a test's archive lives: a fresh SQLite file, or a fresh schema in the test PostgreSQL.
struct Backend: Sendable {
    var name: String
    /// A new, empty archive location and a way to delete it.
    var makeLocation: @Sendable () throws -> (location: String, cleanup: () -> Void)

    static let sqlite = Backend(name: "sqlite") {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("letters-archive-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return (folder.appendingPathComponent("test.sqlite").path, { try? FileManager.default.removeItem(at: folder) })
    }

    static let postgresURL = ProcessInfo.processInfo.environment["LETTERS_TEST_POSTGRES_URL"]

    /// `nil` when LETTERS_TEST_POSTGRES_URL is unset (the tests then skip, saying so).
    static let postgres: Backend? = postgresURL.map { base in
        Backend(name: "postgres") {
            let schema = "test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(12)
            let location = base + (base.contains("?") ? "&" : "?") + "schema=\(schema)"
            return (location, {
                if let store = try? PostgresStore(url: base) {
                    _ = try? store.run("DROP SCHEMA IF EXISTS \(schema) CASCADE")
                    store.close()
                }
            })
        }
    }

    static func requirePostgres() throws -> Backend {
        guard let postgres else {
            throw XCTSkip("PostgreSQL tests skipped: set LETTERS_TEST_POSTGRES_URL=postgres://user:password@host:port/db (.ci/run starts a server and sets it)")
        }
        return postgres
    }
}

/// Runs the built `letters` binary (next to the test bundle).
enum CLI {
    struct Result { var status: Int32; var stdout: String; var stderr: String }

    /// The built binary (from TestSupport: one way of finding it for every suite).
    static var binary: URL { builtLettersBinary() ?? URL(fileURLWithPath: "letters") }

    /// Starts `letters ARGUMENTS` (the test hooks on when asked); ``finish(_:)`` waits for it.
    static func start(_ arguments: [String], hooks: Bool = false) throws -> StartedProgram {
        try StartedProgram(binary, arguments, environment: ["LETTERS_TEST_HOOKS": hooks ? "1" : nil, "LETTERS_DB": nil])
    }

    static func finish(_ started: StartedProgram) throws -> Result {
        let run = try started.finish()
        return Result(status: run.status, stdout: run.out, stderr: run.err)
    }

    static func run(_ arguments: [String], hooks: Bool = false) throws -> Result { try finish(start(arguments, hooks: hooks)) }
}
