import Foundation
import GRDB
import LetterModel

/// The SQLite schema, as GRDB migrations. A shipped migration is never edited: a change to the
/// schema is a new migration appended here (GRDB's Migrations guide), so every archive file on
/// disk can be brought forward. docs/archive.md describes each table.
enum SQLiteSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-letters") { db in
            try db.execute(sql: """
                CREATE TABLE letters (
                    id INTEGER PRIMARY KEY,
                    sha256 TEXT NOT NULL UNIQUE,
                    file TEXT NOT NULL,
                    format TEXT NOT NULL,
                    pages INTEGER,
                    language TEXT,
                    date_text TEXT,
                    date_iso TEXT,
                    date_precision TEXT,
                    date_start TEXT,
                    date_end TEXT,
                    place TEXT,
                    sender TEXT,
                    addressee TEXT,
                    subject TEXT,
                    body_text TEXT NOT NULL,
                    calls_text TEXT NOT NULL,
                    footnotes_text TEXT NOT NULL,
                    schema_version TEXT NOT NULL,
                    json TEXT NOT NULL,
                    added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
                );
                CREATE INDEX letters_date_start ON letters(date_start);
                CREATE INDEX letters_language ON letters(language);

                CREATE TABLE signatories (
                    letter_id INTEGER NOT NULL REFERENCES letters(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    name_key TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    role TEXT,
                    organization TEXT,
                    location TEXT,
                    PRIMARY KEY (letter_id, position)
                );
                CREATE INDEX signatories_name_key ON signatories(name_key);

                CREATE TABLE addressees (
                    letter_id INTEGER NOT NULL REFERENCES letters(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('to', 'cc')),
                    name TEXT,
                    text TEXT NOT NULL,
                    text_key TEXT NOT NULL,
                    PRIMARY KEY (letter_id, position)
                );

                CREATE TABLE footnotes (
                    letter_id INTEGER NOT NULL REFERENCES letters(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    label TEXT NOT NULL,
                    text TEXT NOT NULL,
                    urls TEXT NOT NULL,
                    PRIMARY KEY (letter_id, position)
                );

                CREATE TABLE calls_to_action (
                    letter_id INTEGER NOT NULL REFERENCES letters(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    target TEXT,
                    body_index INTEGER NOT NULL,
                    PRIMARY KEY (letter_id, position)
                );

                CREATE VIRTUAL TABLE letters_fts USING fts5(
                    subject, body_text, calls_text, footnotes_text,
                    content = 'letters', content_rowid = 'id',
                    tokenize = 'unicode61 remove_diacritics 2'
                );
                -- The index follows the table, also for rows inserted or deleted by hand (sqlite3, Datasette).
                CREATE TRIGGER letters_fts_insert AFTER INSERT ON letters BEGIN
                    INSERT INTO letters_fts (rowid, subject, body_text, calls_text, footnotes_text)
                    VALUES (new.id, new.subject, new.body_text, new.calls_text, new.footnotes_text);
                END;
                CREATE TRIGGER letters_fts_delete AFTER DELETE ON letters BEGIN
                    INSERT INTO letters_fts (letters_fts, rowid, subject, body_text, calls_text, footnotes_text)
                    VALUES ('delete', old.id, old.subject, old.body_text, old.calls_text, old.footnotes_text);
                END;
                """)
        }
        migrator.registerMigration("v2-curation") { db in
            try db.execute(sql: """
                -- Datasette and sqlite-utils find a table's full-text index by the text
                -- content="letters" (double quotes, no spaces) in its declaration; v1 wrote
                -- content = 'letters', which they do not see. FTS5 has no ALTER, so the index is
                -- declared again and rebuilt from the table.
                DROP TRIGGER letters_fts_insert;
                DROP TRIGGER letters_fts_delete;
                DROP TABLE letters_fts;
                CREATE VIRTUAL TABLE letters_fts USING fts5(subject, body_text, calls_text, footnotes_text, content="letters", content_rowid="id", tokenize="unicode61 remove_diacritics 2");
                -- The index follows the table on insert, update and delete, also for rows changed by
                -- hand (sqlite3, Datasette's write plugins, sqlite-utils).
                CREATE TRIGGER letters_fts_insert AFTER INSERT ON letters BEGIN
                    INSERT INTO letters_fts (rowid, subject, body_text, calls_text, footnotes_text)
                    VALUES (new.id, new.subject, new.body_text, new.calls_text, new.footnotes_text);
                END;
                CREATE TRIGGER letters_fts_delete AFTER DELETE ON letters BEGIN
                    INSERT INTO letters_fts (letters_fts, rowid, subject, body_text, calls_text, footnotes_text)
                    VALUES ('delete', old.id, old.subject, old.body_text, old.calls_text, old.footnotes_text);
                END;
                CREATE TRIGGER letters_fts_update AFTER UPDATE ON letters BEGIN
                    INSERT INTO letters_fts (letters_fts, rowid, subject, body_text, calls_text, footnotes_text)
                    VALUES ('delete', old.id, old.subject, old.body_text, old.calls_text, old.footnotes_text);
                    INSERT INTO letters_fts (rowid, subject, body_text, calls_text, footnotes_text)
                    VALUES (new.id, new.subject, new.body_text, new.calls_text, new.footnotes_text);
                END;
                INSERT INTO letters_fts (letters_fts) VALUES ('rebuild');

                ALTER TABLE letters ADD COLUMN updated_at TEXT;

                -- Every path a letter was added from (absolute), so reextract can find its source.
                CREATE TABLE letter_sources (
                    letter_id INTEGER NOT NULL REFERENCES letters(id) ON DELETE CASCADE,
                    path TEXT NOT NULL,
                    added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
                    PRIMARY KEY (letter_id, path)
                );
                CREATE INDEX letter_sources_path ON letter_sources(path);

                -- A letter's earlier records, replaced by a later add of the same source bytes.
                CREATE TABLE letter_revisions (
                    letter_id INTEGER NOT NULL REFERENCES letters(id) ON DELETE CASCADE,
                    revision INTEGER NOT NULL,
                    json TEXT NOT NULL,
                    stored_at TEXT NOT NULL,
                    replaced_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
                    PRIMARY KEY (letter_id, revision)
                );

                -- One row per letter with its year and its signatories as a JSON array: what
                -- Datasette facets on (datasette/metadata.json).
                CREATE VIEW letter_index AS
                SELECT l.id, l.date_iso AS date, CAST(substr(l.date_start, 1, 4) AS INTEGER) AS year, l.language,
                    l.subject, l.sender, l.addressee, l.file,
                    (SELECT json_group_array(name) FROM (SELECT s.name FROM signatories s WHERE s.letter_id = l.id ORDER BY s.position)) AS signatories
                FROM letters l;
                """)
            try SchemaKeys.recompute(db)
        }
        migrator.registerMigration("v3-review") { db in
            // What `search --needs-review` filters and orders by: the letter's warnings as
            // ReviewPriority scores them, computed in Swift from the stored JSON.
            try db.execute(sql: """
                ALTER TABLE letters ADD COLUMN review_score INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE letters ADD COLUMN review TEXT NOT NULL DEFAULT '';
                CREATE INDEX letters_review_score ON letters(review_score) WHERE review_score > 0;
                """)
            try SchemaKeys.recomputeReview(db)
            // The archive's name key became the one LetterModel key ("Don" and "Dona" are no
            // longer dropped as honorifics): keys written under v2's rules are recomputed.
            try SchemaKeys.recompute(db)
        }
        return migrator
    }
}

/// Name keys and addressee keys are computed in Swift (``NameKey``), so a change of their rules
/// is a migration that recomputes them row by row.
enum SchemaKeys {
    /// `review_score` and `review` of every letter from its stored JSON.
    static func recomputeReview(_ db: Database) throws {
        let update = try db.makeStatement(sql: "UPDATE letters SET review_score = ?, review = ? WHERE id = ?")
        let rows = try Row.fetchAll(db, sql: "SELECT id, json FROM letters")
        for row in rows {
            let json: String = row[1]
            guard let letter = try? ArchiveRecord.decode(Data(json.utf8)) else { continue }
            let review = ArchiveRecord.review(letter)
            try update.execute(arguments: [review.score, review.codes, row[0] as Int64])
        }
    }

    static func recompute(_ db: Database) throws {
        let update = try db.makeStatement(sql: "UPDATE signatories SET name_key = ? WHERE letter_id = ? AND position = ?")
        let signatories = try Row.fetchCursor(db, sql: "SELECT letter_id, position, name FROM signatories")
        var pending: [(String, Int64, Int)] = []
        while let row = try signatories.next() { pending.append((NameKey.normalize(row[2]), row[0], row[1])) }
        for (key, id, position) in pending { try update.execute(arguments: [key, id, position]) }
        let updateAddressee = try db.makeStatement(sql: "UPDATE addressees SET text_key = ? WHERE letter_id = ? AND position = ?")
        let addressees = try Row.fetchAll(db, sql: "SELECT letter_id, position, text FROM addressees")
        for row in addressees {
            let text: String = row[2]
            try updateAddressee.execute(arguments: [NameKey.plainWords(text).joined(separator: " "), row[0] as Int64, row[1] as Int])
        }
    }
}
