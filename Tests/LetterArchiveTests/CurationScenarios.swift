import Foundation
import GRDB
@testable import LetterArchive
import LetterModel
import XCTest

/// Curation and search-syntax scenarios, run against each backend like ``Scenarios``.
struct CurationScenarios {
    let backend: Backend

    func withArchive(_ body: (Archive) throws -> Void) throws {
        try Scenarios(backend: backend).withArchive { archive, _ in try body(archive) }
    }

    /// Runs SQL typed by hand, as a user would in sqlite3 or psql (no parameters).
    func execute(_ archive: Archive, _ sql: String) throws {
        if let sqlite = archive.store as? SQLiteStore {
            try sqlite.queue.write { try $0.execute(sql: sql) }
        } else if let postgres = archive.store as? PostgresStore {
            try postgres.run(sql)
        }
    }

    func files(_ results: SearchResults) -> Set<String> { Set(results.hits.map(\.letter.file)) }
    func files(_ archive: Archive, _ query: ArchiveQuery) throws -> Set<String> { files(try archive.store.find(query)) }

    // MARK: - Curation

    func replacingKeepsRevisionAndPaths() throws {
        try withArchive { archive in
            let original = Fixtures.synthetic(1)
            var corrected = original
            corrected.subject = "Corrected wombat subject"
            corrected.signatories = [Signatory(name: "Ada Lovelace", kind: .person)]
            let first = try archive.add(original, path: "/in/one.json")
            guard case .added(let id) = first else { return XCTFail("\(first)") }
            XCTAssertEqual(try archive.add(corrected, path: "/in/two.json"), .updated(id: id))
            XCTAssertEqual(try archive.letter(id: id), corrected)
            XCTAssertEqual(try archive.store.stats().letters, 1)
            XCTAssertEqual(try archive.store.stats().signatures, 1, "child rows replaced, not added to")
            let revisions = try archive.store.revisions(id: id)
            XCTAssertEqual(revisions.map(\.revision), [1])
            XCTAssertEqual(revisions.first?.json, String(decoding: try CanonicalJSON.encode(original), as: UTF8.self))
            XCTAssertEqual(revisions.first?.storedAt.count, 20, revisions.first?.storedAt ?? "")
            // The index follows: the new subject is found, the old one is not.
            XCTAssertEqual(try archive.store.find(ArchiveQuery(text: "wombat")).hits.map(\.letter.id), [id])
            XCTAssertEqual(try archive.store.find(ArchiveQuery(text: "\"synthetic letter number 1\"")).total, 0)
            XCTAssertEqual(try archive.store.find(ArchiveQuery(signatory: "Lovelace")).total, 1)
            XCTAssertEqual(try archive.store.find(ArchiveQuery(signatory: "Jane Smith")).total, 0)
            // The same JSON again: nothing changes, but a new path is recorded.
            XCTAssertEqual(try archive.add(corrected, path: "/in/three.json"), .alreadyArchived(id: id))
            XCTAssertEqual(try archive.store.revisions(id: id).count, 1)
            XCTAssertEqual(Set(try archive.store.sourcePaths(id: id)), ["/in/one.json", "/in/three.json", "/in/two.json"])
            // The same bytes under another file name are the same letter, not a correction.
            var renamed = corrected
            renamed.source.file = "renamed-copy.json"
            XCTAssertEqual(try archive.add(renamed, path: "/in/renamed-copy.json"), .alreadyArchived(id: id))
            XCTAssertEqual(try archive.letter(id: id), corrected)
            // Back to the original: a second revision.
            XCTAssertEqual(try archive.add(original), .updated(id: id))
            XCTAssertEqual(try archive.store.revisions(id: id).map(\.revision), [1, 2])
            XCTAssertEqual(try archive.letter(id: id), original)
        }
    }

    func removeDeletesEveryRow() throws {
        try withArchive { archive in
            let ids = try (0..<3).map { try archive.add(Fixtures.synthetic($0), path: "/letters/batch-\($0 % 2)/\($0).json").id }
            var changed = Fixtures.synthetic(1)
            changed.subject = "Changed"
            try archive.add(changed)
            XCTAssertEqual(Set(try archive.ids(source: "/letters/batch-1")), [ids[1]])
            XCTAssertEqual(Set(try archive.ids(source: "/letters/batch-1/")), [ids[1]])
            XCTAssertEqual(Set(try archive.ids(source: "/letters")), Set(ids))
            XCTAssertEqual(try archive.ids(source: "/letters/batch"), [], "a folder is matched whole, not as a prefix")
            XCTAssertEqual(try archive.store.remove(ids: [ids[1], 424242]), 1)
            let stats = try archive.store.stats()
            XCTAssertEqual(stats.letters, 2)
            XCTAssertEqual(stats.signatures, 4)
            XCTAssertEqual(stats.footnotes, 2)
            XCTAssertEqual(try archive.store.find(ArchiveQuery(text: "zebrafish1")).total, 0)
            XCTAssertEqual(try archive.store.find(ArchiveQuery(text: "zebrafish2")).total, 1)
            XCTAssertEqual(try archive.store.revisions(id: ids[1]), [])
            XCTAssertEqual(try archive.store.sourcePaths(id: ids[1]), [])
            XCTAssertEqual(try archive.ids(source: "/letters/batch-1"), [])
            XCTAssertNil(try archive.letter(id: ids[1]))
        }
    }

    /// Edits made with plain SQL (sqlite3, psql, Datasette) reach search: insert, update, delete.
    func indexFollowsPlainSQL() throws {
        try withArchive { archive in
            let id = try archive.add(Fixtures.synthetic(7)).id
            try execute(archive, "UPDATE letters SET subject = 'Platypus conservation', body_text = 'Nothing about fish' WHERE id = \(id)")
            XCTAssertEqual(try archive.store.find(ArchiveQuery(text: "platypus")).hits.map(\.letter.id), [id])
            XCTAssertEqual(try archive.store.find(ArchiveQuery(text: "zebrafish7")).total, 0, "the old body left the index")
            XCTAssertEqual(try archive.store.find(ArchiveQuery(text: "quokka7")).total, 1, "calls_text was not changed")
            try execute(archive, "UPDATE letters SET subject = 'Échidna conservation' WHERE id = \(id)")
            XCTAssertEqual(try archive.store.find(ArchiveQuery(text: "ECHIDNA")).total, 1, "folded the same way")
            XCTAssertEqual(try archive.store.find(ArchiveQuery(text: "platypus")).total, 0)
            try execute(archive, "DELETE FROM letters WHERE id = \(id)")
            XCTAssertEqual(try archive.store.find(ArchiveQuery(text: "echidna")).total, 0)
            XCTAssertEqual(try archive.store.find(ArchiveQuery(text: "quokka7")).total, 0)
            if let sqlite = archive.store as? SQLiteStore {
                try sqlite.queue.write { try $0.execute(sql: "INSERT INTO letters_fts (letters_fts) VALUES ('integrity-check')") }
                let declaration = try sqlite.queue.read { try String.fetchOne($0, sql: "SELECT sql FROM sqlite_master WHERE name = 'letters_fts'") }
                XCTAssertTrue(declaration?.contains("content=\"letters\"") == true, declaration ?? "")
            }
        }
    }

    // MARK: - Search syntax

    /// Five letters whose words are chosen for the syntax: phrases, prefixes, OR, exclusion,
    /// and signers whose names contain "eff" inside a word.
    func withSyntaxLetters(_ body: (Archive) throws -> Void) throws {
        try withArchive { archive in
            let texts: [(String, String, String)] = [
                ("a", "The open internet needs protection from mass surveillance.", "EFF"),
                ("b", "Surveillance of journalists must end.", "Christian Djeffal"),
                ("c", "Please contact the ministry about internet access, which is open to all.", "Steffen Müller"),
                ("d", "Surveilled communities speak out.", "The EFF"),
                ("e", "Nothing related here at all.", "Dr. Ana Pérez"),
            ]
            for (i, (name, body, signer)) in texts.enumerated() {
                try archive.add(Letter(
                    source: Source(file: "\(name).txt", sha256: SHA256.hex(Data("syntax-\(name)".utf8)), format: .text),
                    language: i == 4 ? "es" : "en",
                    date: LetterDate(text: "", iso: "2020-0\(i + 1)-10", precision: .day),
                    addressee: Party(lines: [i == 0 ? "Ministry of Digital Affairs" : "Ministry of Culture"]),
                    subject: "Letter \(name)",
                    body: [BodyBlock(kind: .paragraph, text: body)],
                    signatories: [Signatory(name: signer, kind: .organization)]))
            }
            try body(archive)
        }
    }

    func searchSyntax() throws {
        try withSyntaxLetters { archive in
            func find(_ text: String) throws -> Set<String> { try files(archive, ArchiveQuery(text: text, limit: 100)) }
            XCTAssertEqual(try find("surveillance"), ["a.txt", "b.txt"])
            XCTAssertEqual(try find("surveil*"), ["a.txt", "b.txt", "d.txt"])
            XCTAssertEqual(try find("\"open internet\""), ["a.txt"], "c has both words, apart")
            XCTAssertEqual(try find("open internet"), ["a.txt", "c.txt"])
            XCTAssertEqual(try find("\"open internet\" OR contact"), ["a.txt", "c.txt"])
            XCTAssertEqual(try find("journalists OR nothing"), ["b.txt", "e.txt"])
            XCTAssertEqual(try find("internet -surveillance"), ["c.txt"])
            XCTAssertEqual(try find("internet -\"mass surveillance\""), ["c.txt"])
            XCTAssertEqual(try find("surveil* -journalists -communities"), ["a.txt"])
            XCTAssertEqual(try find("\"open inter\"*"), ["a.txt"], "prefix on a phrase's last word")
            XCTAssertEqual(try find("OR surveillance OR"), ["a.txt", "b.txt"], "stray operators are ignored")
            XCTAssertThrowsError(try archive.store.find(ArchiveQuery(text: "-surveillance"))) {
                XCTAssertTrue(($0 as? ArchiveError)?.isUsageError == true, "\($0)")
            }
            XCTAssertThrowsError(try archive.store.find(ArchiveQuery(text: "internet OR -surveillance")))

            // Snippets mark what matched, prefixes included.
            for hit in try archive.store.find(ArchiveQuery(text: "surveil*")).hits {
                XCTAssertTrue(hit.snippet?.lowercased().contains("**surveil") == true, hit.snippet ?? "no snippet")
                XCTAssertTrue(hit.snippetParts.contains { $0.matched && $0.text.lowercased().hasPrefix("surveil") })
            }
        }
    }

    func totalsAndPages() throws {
        try withSyntaxLetters { archive in
            let first = try archive.store.find(ArchiveQuery(text: "surveil*", limit: 2))
            XCTAssertEqual(first.total, 3)
            XCTAssertEqual(first.hits.count, 2)
            let second = try archive.store.find(ArchiveQuery(text: "surveil*", limit: 2, offset: 2))
            XCTAssertEqual(second.total, 3)
            XCTAssertEqual(second.hits.count, 1)
            XCTAssertEqual(files(first).union(files(second)), ["a.txt", "b.txt", "d.txt"])
            let beyond = try archive.store.find(ArchiveQuery(text: "surveil*", limit: 2, offset: 10))
            XCTAssertEqual(beyond.total, 3)
            XCTAssertEqual(beyond.hits, [])
            var listed: [String] = []
            for offset in stride(from: 0, to: 6, by: 2) {
                let page = try archive.store.find(ArchiveQuery(limit: 2, offset: offset))
                XCTAssertEqual(page.total, 5)
                listed += page.hits.compactMap(\.letter.date)
            }
            XCTAssertEqual(listed, ["2020-05-10", "2020-04-10", "2020-03-10", "2020-02-10", "2020-01-10"], "newest first, pages in order")
        }
    }

    func filtersMatchWholeWords() throws {
        try withSyntaxLetters { archive in
            func signed(_ name: String) throws -> Set<String> { try files(archive, ArchiveQuery(signatory: name, limit: 100)) }
            XCTAssertEqual(try signed("EFF"), ["a.txt", "d.txt"], "not Djeffal, not Steffen")
            XCTAssertEqual(try signed("the eff"), ["a.txt", "d.txt"])
            XCTAssertEqual(try signed("djeffal"), ["b.txt"])
            XCTAssertEqual(try signed("MULLER"), ["c.txt"])
            XCTAssertEqual(try signed("steffen müller"), ["c.txt"])
            XCTAssertEqual(try signed("müller steffen"), [], "words in their order")
            XCTAssertEqual(try signed("Ana Perez"), ["e.txt"])
            XCTAssertEqual(try signed("Pér"), [], "part of a word is no match")
            XCTAssertEqual(try files(archive, ArchiveQuery(addressee: "digital", limit: 100)), ["a.txt"])
            XCTAssertEqual(try files(archive, ArchiveQuery(addressee: "ministry of", limit: 100)).count, 5)
            XCTAssertEqual(try files(archive, ArchiveQuery(addressee: "digi", limit: 100)), [])
            XCTAssertEqual(try files(archive, ArchiveQuery(text: "surveil*", signatory: "eff", limit: 100)), ["a.txt", "d.txt"])

            for bad in [ArchiveQuery(language: "xx"), ArchiveQuery(from: "2021", to: "2020"), ArchiveQuery(from: "2020-13"),
                        ArchiveQuery(to: "yesterday"), ArchiveQuery(limit: 0), ArchiveQuery(offset: -1)] {
                XCTAssertThrowsError(try archive.store.find(bad), "\(bad)") {
                    XCTAssertTrue(($0 as? ArchiveError)?.isUsageError == true, "\($0)")
                }
            }
            XCTAssertEqual(try files(archive, ArchiveQuery(language: "ES", limit: 100)), ["e.txt"])
            XCTAssertEqual(try files(archive, ArchiveQuery(from: "2020-02", to: "2020-02", limit: 100)), ["b.txt"])
        }
    }
}

final class SQLiteCurationTests: XCTestCase {
    let scenarios = CurationScenarios(backend: .sqlite)

    func testReplacingKeepsRevisionAndPaths() throws { try scenarios.replacingKeepsRevisionAndPaths() }
    func testRemoveDeletesEveryRow() throws { try scenarios.removeDeletesEveryRow() }
    func testIndexFollowsPlainSQL() throws { try scenarios.indexFollowsPlainSQL() }
    func testSearchSyntax() throws { try scenarios.searchSyntax() }
    func testTotalsAndPages() throws { try scenarios.totalsAndPages() }
    func testFiltersMatchWholeWords() throws { try scenarios.filtersMatchWholeWords() }
    func testCurationCommandLine() throws { try CurationCLI(backend: .sqlite).commandLine() }
}

final class PostgresCurationTests: XCTestCase {
    func scenarios() throws -> CurationScenarios { CurationScenarios(backend: try Backend.requirePostgres()) }

    func testReplacingKeepsRevisionAndPaths() throws { try scenarios().replacingKeepsRevisionAndPaths() }
    func testRemoveDeletesEveryRow() throws { try scenarios().removeDeletesEveryRow() }
    func testIndexFollowsPlainSQL() throws { try scenarios().indexFollowsPlainSQL() }
    func testSearchSyntax() throws { try scenarios().searchSyntax() }
    func testTotalsAndPages() throws { try scenarios().totalsAndPages() }
    func testFiltersMatchWholeWords() throws { try scenarios().filtersMatchWholeWords() }
    func testCurationCommandLine() throws { try CurationCLI(backend: try Backend.requirePostgres()).commandLine() }
}
