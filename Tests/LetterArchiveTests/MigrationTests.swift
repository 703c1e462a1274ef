import Foundation
import GRDB
@testable import LetterArchive
import LetterModel
import XCTest

/// An archive made before v2-curation is brought forward by the next write: the index declared as
/// Datasette expects and rebuilt (old letters still found), keys recomputed, new tables there.
final class MigrationTests: XCTestCase {
    func testV1ArchiveIsMigrated() throws {
        let (path, cleanup) = try Backend.sqlite.makeLocation()
        defer { cleanup() }
        do {
            // A v1 archive with one letter, written as v1 wrote it (old key rules: "Seán O'Brien, PhD" → "sean o brien phd").
            let queue = try DatabaseQueue(path: path)
            try SQLiteSchema.migrator.migrate(queue, upTo: "v1-letters")
            let record = try ArchiveRecord(flagged(Fixtures.synthetic(5, signer: "Seán O'Brien, PhD")))
            try queue.write { db in
                try insertBeforeReview(record, db)
                try db.execute(sql: "INSERT INTO signatories (letter_id, position, name, name_key, kind) VALUES (1, 0, ?, 'sean o brien phd', 'person')",
                               arguments: ["Seán O'Brien, PhD"])
                try db.execute(sql: "INSERT INTO addressees (letter_id, position, kind, name, text, text_key) VALUES (1, 0, 'to', NULL, 'Ministry of Synthetic Affairs', 'ministry of synthetic affairs')")
                XCTAssertTrue(try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'letters_fts'")?.contains("content = 'letters'") == true)
            }
            try queue.close()
        }
        let archive = try Archive(location: path)
        defer { archive.close() }
        let store = try XCTUnwrap(archive.store as? SQLiteStore)
        try store.queue.read { db in
            let declaration = try String.fetchOne(db, sql: "SELECT sql FROM sqlite_master WHERE name = 'letters_fts'") ?? ""
            XCTAssertTrue(declaration.contains("content=\"letters\""), declaration)
            XCTAssertEqual(try String.fetchOne(db, sql: "SELECT name_key FROM signatories"), "sean obrien")
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT count(*) FROM letter_index WHERE year = 2020 AND signatories = '[\"Seán O''Brien, PhD\"]'"), 1)
            // v3-review filled the review columns from the stored JSON.
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT review_score FROM letters WHERE id = 1"), 3)
            XCTAssertEqual(try String.fetchOne(db, sql: "SELECT review FROM letters WHERE id = 1"), "no_date closing_by_position")
        }
        XCTAssertEqual(try archive.store.find(ArchiveQuery(needsReview: true)).hits.map(\.letter.review), [["no_date", "closing_by_position"]])
        XCTAssertEqual(try archive.store.find(ArchiveQuery(text: "zebrafish5")).total, 1, "the rebuilt index holds the old letter")
        XCTAssertEqual(try archive.store.find(ArchiveQuery(signatory: "Sean OBrien")).total, 1)
        XCTAssertEqual(try archive.store.revisions(id: 1), [])
        XCTAssertEqual(try archive.add(flagged(Fixtures.synthetic(5, signer: "Seán O'Brien, PhD")), path: "/x/5.json"), .alreadyArchived(id: 1))
        XCTAssertEqual(try archive.store.sourcePaths(id: 1), ["/x/5.json"])
    }

    /// A v2 archive opened read-only (reads never migrate): letters list without review codes,
    /// and --needs-review says what to do instead of failing on a missing column.
    func testV2ArchiveReadOnlyHasNoReviewCodes() throws {
        let (path, cleanup) = try Backend.sqlite.makeLocation()
        defer { cleanup() }
        do {
            let queue = try DatabaseQueue(path: path)
            try SQLiteSchema.migrator.migrate(queue, upTo: "v2-curation")
            let record = try ArchiveRecord(flagged(Fixtures.synthetic(6)))
            try queue.write { db in
                try insertBeforeReview(record, db)
            }
            try queue.close()
        }
        let store = try SQLiteStore(path: path, access: .readOnly)
        XCTAssertEqual(try store.find(ArchiveQuery()).hits.map(\.letter.review), [[]])
        XCTAssertThrowsError(try store.find(ArchiveQuery(needsReview: true))) { error in
            XCTAssertTrue((error as? ArchiveError)?.isUsageError == true, "\(error)")
            XCTAssertTrue("\(error)".contains("letters archive add"), "\(error)")
        }
        try store.queue.read { db in XCTAssertFalse(try db.columns(in: "letters").contains { $0.name == "review" }, "not migrated by a read") }
    }
}

/// The `letters` columns before v3-review added `review_score` and `review` (the last two).
let v1Columns = Array(ArchiveRecord.letterColumns.dropLast(2))

/// The record's `letters` row as an archive before v3-review stored it.
func insertBeforeReview(_ record: ArchiveRecord, _ db: Database) throws {
    try db.execute(sql: "INSERT INTO letters (\(v1Columns.joined(separator: ", "))) VALUES (\(v1Columns.map { _ in "?" }.joined(separator: ", ")))",
                   arguments: SQLiteStore.arguments(Array(record.letterValues.prefix(v1Columns.count))))
}

/// The letter with two warnings: no date (2) and a closing found by position (1).
func flagged(_ letter: Letter) -> Letter {
    var letter = letter
    letter.warnings = [LetterWarning(.closingByPosition, field: "closing", "closing placed by position"),
                       LetterWarning(.noDate, field: "date", "no dateline")]
    return letter
}

/// The same on PostgreSQL: a v1 schema with a letter whose vector v1's client computed; the next
/// connection adds the trigger and recomputes every vector and key.
final class PostgresMigrationTests: XCTestCase {
    func testV1SchemaIsMigrated() throws {
        let backend = try Backend.requirePostgres()
        let (location, cleanup) = try backend.makeLocation()
        defer { cleanup() }
        let schema = String(location[location.range(of: "schema=")!.upperBound...])
        let base = try XCTUnwrap(Backend.postgresURL)
        do {
            let admin = try PostgresStore(url: base)
            defer { admin.close() }
            try admin.run("CREATE SCHEMA \(schema)")
            try admin.run("SET search_path TO \(schema)")
            try admin.run("CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")
            for statement in PostgresSchema.migrations[0].statements { try admin.run(statement) }
            try admin.run("INSERT INTO schema_migrations (name) VALUES ('v1-letters')")
            let record = try ArchiveRecord(flagged(Fixtures.synthetic(9, signer: "Seán O'Brien, PhD")))
            let columns = v1Columns
            try admin.run("""
                INSERT INTO letters (\(columns.joined(separator: ", ")), search)
                VALUES (\(columns.indices.map { "$\($0 + 1)" + (ArchiveRecord.dateColumns.contains(columns[$0]) ? "::date" : "") }.joined(separator: ", ")),
                    to_tsvector('simple', 'v1 vector only'))
                """, Array(record.letterValues.prefix(columns.count)))
            try admin.run("INSERT INTO signatories (letter_id, position, name, name_key, kind) VALUES (1, 0, 'Seán O''Brien, PhD', 'sean o brien phd', 'person')")
            try admin.run("SET search_path TO public")
        }
        let archive = try Archive(location: location)
        defer { archive.close() }
        XCTAssertEqual(try archive.store.find(ArchiveQuery(text: "zebrafish9")).total, 1, "the vector was recomputed from the row")
        XCTAssertEqual(try archive.store.find(ArchiveQuery(text: "v1 vector")).total, 0)
        XCTAssertEqual(try archive.store.find(ArchiveQuery(signatory: "Sean OBrien")).total, 1, "keys recomputed")
        XCTAssertEqual(try archive.store.find(ArchiveQuery(needsReview: true)).hits.map(\.letter.review), [["no_date", "closing_by_position"]],
                       "review columns filled by v3-review")
        XCTAssertEqual(try archive.add(flagged(Fixtures.synthetic(9, signer: "Seán O'Brien, PhD")), path: "/x/9.json"), .alreadyArchived(id: 1))
        XCTAssertEqual(try archive.store.sourcePaths(id: 1), ["/x/9.json"])
    }
}
