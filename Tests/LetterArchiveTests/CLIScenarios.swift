import Foundation
@testable import LetterArchive
import LetterModel
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Scenarios that run the built `letters archive` binary: several processes at once, a process
/// killed mid-transaction, and the commands' output.
struct CLIScenarios {
    let backend: Backend

    /// A folder with the documents (samples and corpus) and `count` letter JSON files.
    func makeFolder(jsonCount: Int, jsonName: (Int) -> String = { "json/letter-\($0).json" }) throws -> (URL, Set<String>) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("letters-archive-in-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("json"), withIntermediateDirectories: true)
        var shas: Set<String> = []
        for n in 0..<jsonCount {
            let letter = Fixtures.synthetic(n)
            try CanonicalJSON.encode(letter).write(to: folder.appendingPathComponent(jsonName(n)))
            shas.insert(letter.source.sha256)
        }
        return (folder, shas)
    }

    /// `N added, U updated, M already archived, K failed` from the summary line.
    func counts(_ stderr: String) -> (added: Int, already: Int, failed: Int, updated: Int)? {
        guard let line = stderr.split(separator: "\n").first(where: { $0.hasPrefix("letters: archive:") && $0.contains(" added, ") })
        else { return nil }
        func number(before label: String) -> Int? {
            guard let range = line.range(of: " " + label) else { return nil }
            return Int(line[..<range.lowerBound].split(separator: " ").last ?? "")
        }
        guard let added = number(before: "added"), let already = number(before: "already archived") ?? number(before: "unchanged"),
              let failed = number(before: "failed"), let updated = number(before: "updated") else { return nil }
        return (added, already, failed, updated)
    }

    func concurrentAdd() throws {
        let (location, cleanup) = try backend.makeLocation()
        defer { cleanup() }
        let (folder, jsonShas) = try makeFolder(jsonCount: 150)
        defer { try? FileManager.default.removeItem(at: folder) }
        var shas = jsonShas
        for (i, path) in Fixtures.documentPaths.enumerated() {
            let target = folder.appendingPathComponent("docs").appendingPathComponent("\(i)-" + (path as NSString).lastPathComponent)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: path, toPath: target.path)
            shas.insert(SHA256.hex(try Data(contentsOf: target)))
        }
        let inputs = jsonShas.count + Fixtures.documentPaths.count
        // Nothing exists yet: both processes also race to create the schema. A generous time
        // limit: the corpus's scanned letter is read by OCR, which in a debug (or sanitizer)
        // build on a loaded machine can take past the default 60 s, and this test is about
        // concurrency, not time limits (BatchIsolationTests has those).
        let first = try CLI.start(["archive", "add", "--db", location, "--jobs", "1", "--timeout", "900", folder.path])
        let second = try CLI.start(["archive", "add", "--db", location, "--jobs", "1", "--timeout", "900", folder.path])
        let results = [try CLI.finish(first), try CLI.finish(second)]
        for result in results { XCTAssertEqual(result.status, 0, result.stderr) }
        let parsed = results.compactMap { counts($0.stderr) }
        XCTAssertEqual(parsed.count, 2, results.map(\.stderr).joined())
        XCTAssertEqual(parsed.map(\.added).reduce(0, +), shas.count, "each letter added by exactly one process")
        for p in parsed { XCTAssertEqual(p.added + p.already, inputs) }

        let archive = try Archive(location: location)
        defer { archive.close() }
        let stats = try archive.store.stats()
        XCTAssertEqual(stats.letters, shas.count, "no duplicates, no lost letters")
        for sha in shas { XCTAssertNotNil(try archive.store.id(sha256: sha), sha) }
        XCTAssertEqual(stats.footnotes, try storedLetters(archive).reduce(0) { $0 + $1.footnotes.count })
    }

    func killDuringAddThenRerun() throws {
        let (location, cleanup) = try backend.makeLocation()
        defer { cleanup() }
        let total = 40
        let (folder, shas) = try makeFolder(jsonCount: total) { String(format: "json/letter-%02d-slow-hook.json", $0) }
        defer { try? FileManager.default.removeItem(at: folder) }
        let archive = try Archive(location: location)
        defer { archive.close() }

        // Each letter waits 0.2 s inside its transaction, so the kill lands mid-transaction.
        let started = try CLI.start(["archive", "add", "--db", location, folder.path], hooks: true)
        let deadline = Date().addingTimeInterval(60)
        while try archive.store.stats().letters < 3, Date() < deadline { usleep(20_000) }
        usleep(100_000)
        kill(started.process.processIdentifier, SIGKILL)
        let killed = try CLI.finish(started)
        XCTAssertEqual(killed.status, SIGKILL, "killed by the signal")

        let partial = try archive.store.stats()
        XCTAssertGreaterThanOrEqual(partial.letters, 3)
        XCTAssertLessThan(partial.letters, total, "the kill came before the end")
        try assertConsistent(archive)

        let rerun = try CLI.run(["archive", "add", "--db", location, folder.path])
        XCTAssertEqual(rerun.status, 0, rerun.stderr)
        XCTAssertEqual(counts(rerun.stderr)?.added, total - partial.letters)
        XCTAssertEqual(try archive.store.stats().letters, total)
        for sha in shas { XCTAssertNotNil(try archive.store.id(sha256: sha)) }
        try assertConsistent(archive)
    }

    /// Documents are stored as their workers convert them, not after the whole batch: with the
    /// last document hanging, the others are already archived and survive a `kill -9`. A rerun
    /// recognises archived sources by their bytes and does not convert them again (a renamed
    /// copy whose conversion would crash its worker is reported as already archived).
    func documentsStoredAsConvertedThenSkipped() throws {
        let (location, cleanup) = try backend.makeLocation()
        defer { cleanup() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("letters-archive-docs-\(UUID().uuidString)")
        let again = folder.appendingPathComponent("again")
        let first = folder.appendingPathComponent("first")
        try FileManager.default.createDirectory(at: again, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: first, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let seed = try String(contentsOf: Fixtures.samples.appendingPathComponent("open-letter-ogp-solidarity-2017.txt"), encoding: .utf8)
        for n in 1...3 {
            try (seed + "\nCopy \(n)\n").write(to: first.appendingPathComponent("letter-\(n).txt"), atomically: true, encoding: .utf8)
        }
        try (seed + "\nLast\n").write(to: first.appendingPathComponent("zz-hang-hook.txt"), atomically: true, encoding: .utf8)
        let archive = try Archive(location: location)
        defer { archive.close() }

        let started = try CLI.start(["archive", "add", "--db", location, "--jobs", "1", "--timeout", "600", first.path], hooks: true)
        let deadline = Date().addingTimeInterval(120)
        while try archive.store.stats().letters < 3, Date() < deadline { usleep(50_000) }
        XCTAssertEqual(try archive.store.stats().letters, 3, "stored while the last document still converts")
        kill(started.process.processIdentifier, SIGKILL)
        XCTAssertEqual(try CLI.finish(started).status, SIGKILL)
        XCTAssertEqual(try archive.store.stats().letters, 3)
        XCTAssertEqual(try storedLetters(archive).map(\.source.file).sorted(), ["letter-1.txt", "letter-2.txt", "letter-3.txt"])

        try FileManager.default.copyItem(at: first.appendingPathComponent("letter-2.txt"),
                                         to: again.appendingPathComponent("letter-2-crash-hook.txt"))
        let rerun = try CLI.run(["archive", "add", "--db", location, again.path], hooks: true)
        XCTAssertEqual(rerun.status, 0, rerun.stderr)
        XCTAssertEqual(counts(rerun.stderr)?.added, 0)
        XCTAssertEqual(counts(rerun.stderr)?.already, 1)
        XCTAssertEqual(counts(rerun.stderr)?.failed, 0, "converted (and crashed) instead of skipped: \(rerun.stderr)")
    }

    /// Every stored letter has exactly its rows: no letter without its children, no orphan rows.
    func assertConsistent(_ archive: Archive, file: StaticString = #filePath, line: UInt = #line) throws {
        let letters = try storedLetters(archive)
        let stats = try archive.store.stats()
        XCTAssertEqual(stats.letters, letters.count, file: file, line: line)
        XCTAssertEqual(stats.signatures, letters.reduce(0) { $0 + $1.signatories.count }, file: file, line: line)
        XCTAssertEqual(stats.footnotes, letters.reduce(0) { $0 + $1.footnotes.count }, file: file, line: line)
        XCTAssertEqual(stats.callsToAction, letters.reduce(0) { $0 + $1.callsToAction.count }, file: file, line: line)
        XCTAssertEqual(stats.addressees, letters.reduce(0) { $0 + ($1.addressee == nil ? 0 : 1) + $1.cc.count }, file: file, line: line)
        if let sqlite = archive.store as? SQLiteStore {
            try sqlite.queue.write { db in
                XCTAssertEqual(try String.fetchOne(db, sql: "PRAGMA integrity_check"), "ok", file: file, line: line)
                XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM pragma_foreign_key_check"), 0, file: file, line: line)
                // Throws when the full-text index and the letters table disagree.
                try db.execute(sql: "INSERT INTO letters_fts (letters_fts) VALUES ('integrity-check')")
            }
        }
        XCTAssertEqual(try archive.store.search(ArchiveQuery(text: "quokka", limit: 1000)).count, letters.count, file: file, line: line)
    }

    func storedLetters(_ archive: Archive) throws -> [Letter] {
        var letters: [Letter] = []
        try archive.store.forEachLetter { _, json in letters.append(try ArchiveRecord.decode(Data(json.utf8))) }
        return letters
    }

    func commandLine() throws {
        let (location, cleanup) = try backend.makeLocation()
        defer { cleanup() }
        let samples = Fixtures.samples.path
        let add = try CLI.run(["archive", "add", "--db", location, samples, "/nonexistent/letter.pdf"])
        XCTAssertEqual(add.status, 1, add.stderr)
        XCTAssertTrue(add.stderr.contains("letters: /nonexistent/letter.pdf: no such file"), add.stderr)
        XCTAssertEqual(counts(add.stderr)?.added, 4, add.stderr)
        let again = try CLI.run(["archive", "add", "--db", location, samples])
        XCTAssertEqual(again.status, 0)
        XCTAssertEqual(counts(again.stderr)?.already, 4, again.stderr)

        let search = try CLI.run(["archive", "search", "--db", location, "solidarity", "--json"])
        XCTAssertEqual(search.status, 0, search.stderr)
        let results = try JSONDecoder().decode(SearchResults.self, from: Data(search.stdout.utf8))
        XCTAssertEqual(results.total, results.hits.count)
        let hits = results.hits
        XCTAssertEqual(Set(hits.map(\.letter.file)), Fixtures.seedFiles)
        let text = try CLI.run(["archive", "search", "--db", location, "--signatory", "black sash", "--from", "2017", "--limit", "2"])
        XCTAssertEqual(text.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }.count, 2, text.stdout)

        let id = String(hits[0].letter.id)
        let shown = try CLI.run(["archive", "show", "--db", location, id, "--json"])
        let archive = try Archive(location: location)
        defer { archive.close() }
        XCTAssertEqual(shown.stdout, try archive.store.json(id: hits[0].letter.id))
        XCTAssertTrue(try CLI.run(["archive", "show", "--db", location, String(hits[0].letter.sha256.prefix(10))]).stdout.contains("Subject:"))
        XCTAssertEqual(try CLI.run(["archive", "show", "--db", location, "424242"]).status, 2)

        let versions = try CLI.run(["archive", "versions", "--db", location, id])
        XCTAssertEqual(versions.stdout.split(separator: "\n").count, 4, versions.stdout)
        XCTAssertTrue(try CLI.run(["archive", "signatories", "--db", location, "--min-letters", "4"]).stdout.contains("Black Sash"))
        let csv = try CLI.run(["archive", "export", "--db", location, "--format", "csv"])
        XCTAssertTrue(csv.stdout.hasPrefix("id,sha256,file,"), csv.stdout)
        let jsonl = try CLI.run(["archive", "export", "--db", location])
        XCTAssertEqual(jsonl.stdout.split(separator: "\n").count, 4)
        let stats = try JSONDecoder().decode(ArchiveStats.self, from: Data(try CLI.run(["archive", "stats", "--db", location, "--json"]).stdout.utf8))
        XCTAssertEqual(stats.letters, 4)
    }
}
