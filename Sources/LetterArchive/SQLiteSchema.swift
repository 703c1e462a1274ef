import GRDB

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
        return migrator
    }
}
