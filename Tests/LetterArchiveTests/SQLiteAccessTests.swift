import Foundation
import GRDB
@testable import LetterArchive
import LetterModel
import XCTest

/// What a command needs of an SQLite archive: read commands open it read-only (nothing created,
/// migrated or left behind), `add` refuses a file that is not an archive and one that is damaged.
///
/// The tests run as root, whom file permissions do not stop: a read-only file or folder is made
/// by removing every write bit, which the archive takes as "cannot be written" (as `access(2)`
/// does for other users and on read-only mounts) and opens with `immutable=1`. A real read-only
/// mount is not tested here (it needs mount privileges the test machine may not give).
final class SQLiteAccessTests: XCTestCase {
    var folder: URL!
    var archivePath: String { folder.appendingPathComponent("letters.sqlite").path }

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("letters-access-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        chmod(folder.path, 0o755)
        try? FileManager.default.removeItem(at: folder)
    }

    func makeArchive(letters: Int = 3) throws {
        let archive = try Archive(location: archivePath)
        for n in 0..<letters { try archive.add(Fixtures.synthetic(n)) }
        archive.close()
    }

    func leftovers() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0 != "letters.sqlite" }.sorted()
    }

    func testReadCommandsLeaveNothingBehind() throws {
        try makeArchive()
        XCTAssertEqual(leftovers(), [])
        for arguments in [["search", "quokka"], ["stats"], ["show", "1"], ["signatories"], ["export"], ["versions", "1"]] {
            let result = try CLI.run(["archive"] + arguments + ["--db", archivePath])
            XCTAssertEqual(result.status, 0, "\(arguments): \(result.stderr)")
            XCTAssertEqual(leftovers(), [], "\(arguments) left files behind")
        }
    }

    /// A folder without write permission: the read commands work through `immutable=1` and
    /// create no `-wal` or `-shm` there.
    func testReadOnlyFolderIsReadImmutably() throws {
        try makeArchive()
        XCTAssertEqual(chmod(archivePath, 0o444), 0)
        XCTAssertEqual(chmod(folder.path, 0o555), 0)
        let search = try CLI.run(["archive", "search", "quokka", "--db", archivePath, "--json"])
        XCTAssertEqual(search.status, 0, search.stderr)
        XCTAssertEqual(try JSONDecoder().decode(SearchResults.self, from: Data(search.stdout.utf8)).hits.count, 3)
        let stats = try CLI.run(["archive", "stats", "--db", archivePath])
        XCTAssertEqual(stats.status, 0, stats.stderr)
        XCTAssertEqual(leftovers(), [])
        XCTAssertFalse(SQLiteFileCheck.isWritable(folder.path))
        // The library opens it the same way, and refuses writes.
        let archive = try Archive(location: archivePath, access: .readOnly)
        defer { archive.close() }
        XCTAssertEqual(try archive.store.stats().letters, 3)
        XCTAssertThrowsError(try archive.add(Fixtures.synthetic(99)))
    }

    /// A writable archive opened for reading refuses writes too.
    func testReadOnlyAccessWritesNothing() throws {
        try makeArchive()
        let archive = try Archive(location: archivePath, access: .readOnly)
        XCTAssertThrowsError(try archive.add(Fixtures.synthetic(99))) { error in
            XCTAssertEqual("\(error)", "\(self.archivePath): opened read-only; nothing is written")
        }
        archive.close()
        XCTAssertEqual(leftovers(), [])
    }

    func testReadingAMissingArchiveCreatesNothing() throws {
        let result = try CLI.run(["archive", "stats", "--db", archivePath])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "letters: archive: \(archivePath): no archive there (`letters archive add` creates one)\n")
        XCTAssertFalse(FileManager.default.fileExists(atPath: archivePath))
    }

    /// An SQLite file of another application is not given the archive's tables unless --force.
    func testUnrelatedSQLiteFileIsRefusedWithoutForce() throws {
        let other = try DatabaseQueue(path: archivePath)
        try other.write { try $0.execute(sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('mine')") }
        try other.close()
        let (input, _) = try CLIScenarios(backend: .sqlite).makeFolder(jsonCount: 2)
        defer { try? FileManager.default.removeItem(at: input) }

        let refused = try CLI.run(["archive", "add", "--db", archivePath, input.path])
        XCTAssertEqual(refused.status, 64, refused.stderr)
        XCTAssertEqual(refused.stderr, "letters: archive: \(archivePath): not a letters archive (it holds other tables: notes); give --force to add the archive's tables to it\n")
        XCTAssertEqual(try tables(), ["notes"], "nothing added")

        let forced = try CLI.run(["archive", "add", "--db", archivePath, "--force", input.path])
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertTrue(try tables().contains("letters"))
        XCTAssertTrue(try tables().contains("notes"))
        // Once it holds an archive, --force is no longer needed.
        XCTAssertEqual(try CLI.run(["archive", "add", "--db", archivePath, input.path]).status, 0)
    }

    func tables() throws -> [String] {
        let queue = try DatabaseQueue(path: archivePath)
        defer { try? queue.close() }
        return try queue.read { try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name") }
    }

    /// A damaged archive is found by `PRAGMA quick_check` when opened for writing, and said.
    func testDamagedArchiveIsReported() throws {
        try makeArchive(letters: 40)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: archivePath))
        XCTAssertGreaterThan(bytes.count, 8 * 4096)
        // Garbage over pages 3 to 6 (b-tree pages of the tables); the header page stays intact.
        bytes.replaceSubrange((2 * 4096)..<(6 * 4096), with: Data(repeating: 0xA5, count: 4 * 4096))
        try bytes.write(to: URL(fileURLWithPath: archivePath))
        let (input, _) = try CLIScenarios(backend: .sqlite).makeFolder(jsonCount: 1)
        defer { try? FileManager.default.removeItem(at: input) }

        let result = try CLI.run(["archive", "add", "--db", archivePath, input.path])
        XCTAssertEqual(result.status, 2, result.stderr)
        XCTAssertTrue(result.stderr.hasPrefix("letters: archive: \(archivePath): archive damaged"), result.stderr)
        XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, result.stderr)
    }

    /// A query of only punctuation or emoji matches nothing: the store returns no letters, and
    /// the command says it is not a query.
    func testQueryWithoutWordsMatchesNothing() throws {
        try makeArchive()
        let archive = try Archive(location: archivePath, access: .readOnly)
        defer { archive.close() }
        XCTAssertEqual(try archive.store.search(ArchiveQuery(text: "!!! ...")).count, 0)
        XCTAssertEqual(try archive.store.search(ArchiveQuery(text: "🙂")).count, 0)
        XCTAssertEqual(try archive.store.search(ArchiveQuery()).count, 3, "no query still lists letters")
        let result = try CLI.run(["archive", "search", "🙂", "--db", archivePath])
        XCTAssertEqual(result.status, 64, result.stderr)
        XCTAssertTrue(result.stderr.contains("has no letters or digits to search for"), result.stderr)
        XCTAssertEqual(result.stdout, "")
    }
}
