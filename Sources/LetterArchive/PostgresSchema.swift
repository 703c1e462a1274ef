import Foundation
import LetterModel

/// The PostgreSQL schema: the same tables and columns as SQLite's (docs/archive.md), with native
/// types (`date`, `bigserial`) and a weighted `tsvector` column with a GIN index for search.
///
/// Migrations are applied in order and recorded in `schema_migrations`; a shipped migration is
/// never edited. They run under a transaction-scoped advisory lock, so several `add` processes
/// starting at once against an empty database create the schema exactly once.
enum PostgresSchema {
    static let migrations: [(name: String, statements: [String])] = [
        ("v1-letters", [
            """
            CREATE TABLE letters (
                id BIGSERIAL PRIMARY KEY,
                sha256 TEXT NOT NULL UNIQUE,
                file TEXT NOT NULL,
                format TEXT NOT NULL,
                pages INTEGER,
                language TEXT,
                date_text TEXT,
                date_iso TEXT,
                date_precision TEXT,
                date_start DATE,
                date_end DATE,
                place TEXT,
                sender TEXT,
                addressee TEXT,
                subject TEXT,
                body_text TEXT NOT NULL,
                calls_text TEXT NOT NULL,
                footnotes_text TEXT NOT NULL,
                schema_version TEXT NOT NULL,
                json TEXT NOT NULL,
                search TSVECTOR NOT NULL,
                added_at TIMESTAMPTZ NOT NULL DEFAULT now()
            )
            """,
            "CREATE INDEX letters_date_start ON letters (date_start)",
            "CREATE INDEX letters_language ON letters (language)",
            "CREATE INDEX letters_search ON letters USING GIN (search)",
            """
            CREATE TABLE signatories (
                letter_id BIGINT NOT NULL REFERENCES letters (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                name TEXT NOT NULL,
                name_key TEXT NOT NULL,
                kind TEXT NOT NULL,
                role TEXT,
                organization TEXT,
                location TEXT,
                PRIMARY KEY (letter_id, position)
            )
            """,
            "CREATE INDEX signatories_name_key ON signatories (name_key)",
            """
            CREATE TABLE addressees (
                letter_id BIGINT NOT NULL REFERENCES letters (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('to', 'cc')),
                name TEXT,
                text TEXT NOT NULL,
                text_key TEXT NOT NULL,
                PRIMARY KEY (letter_id, position)
            )
            """,
            """
            CREATE TABLE footnotes (
                letter_id BIGINT NOT NULL REFERENCES letters (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                label TEXT NOT NULL,
                text TEXT NOT NULL,
                urls TEXT NOT NULL,
                PRIMARY KEY (letter_id, position)
            )
            """,
            """
            CREATE TABLE calls_to_action (
                letter_id BIGINT NOT NULL REFERENCES letters (id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                text TEXT NOT NULL,
                target TEXT,
                body_index INTEGER NOT NULL,
                PRIMARY KEY (letter_id, position)
            )
            """,
        ]),
        ("v2-curation", [
            // The full-text vector is computed by the server from the row, so an UPDATE made by
            // hand (psql) reaches search too. Folding is a `translate` of the accented Latin
            // letters (built from Swift's own folding, see `FoldTable`) then `lower`: unaccent
            // is an extension the archive's user may not be allowed to create.
            """
            CREATE FUNCTION letters_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
            AS $$ SELECT lower(translate(coalesce(t, ''), '\(FoldTable.from)', '\(FoldTable.to)')) $$
            """,
            """
            CREATE FUNCTION letters_search_vector() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                NEW.search := setweight(to_tsvector('simple', letters_fold(NEW.subject)), 'A')
                    || setweight(to_tsvector('simple', letters_fold(NEW.calls_text)), 'B')
                    || setweight(to_tsvector('simple', letters_fold(NEW.body_text)), 'C')
                    || setweight(to_tsvector('simple', letters_fold(NEW.footnotes_text)), 'D');
                RETURN NEW;
            END $$
            """,
            """
            CREATE TRIGGER letters_search BEFORE INSERT OR UPDATE OF subject, body_text, calls_text, footnotes_text
            ON letters FOR EACH ROW EXECUTE FUNCTION letters_search_vector()
            """,
            // Recomputes every vector through the trigger, so old rows fold like new ones.
            "UPDATE letters SET subject = subject",
            "ALTER TABLE letters ADD COLUMN updated_at TIMESTAMPTZ",
            """
            CREATE TABLE letter_sources (
                letter_id BIGINT NOT NULL REFERENCES letters (id) ON DELETE CASCADE,
                path TEXT NOT NULL,
                added_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                PRIMARY KEY (letter_id, path)
            )
            """,
            "CREATE INDEX letter_sources_path ON letter_sources (path)",
            """
            CREATE TABLE letter_revisions (
                letter_id BIGINT NOT NULL REFERENCES letters (id) ON DELETE CASCADE,
                revision INTEGER NOT NULL,
                json TEXT NOT NULL,
                stored_at TIMESTAMPTZ NOT NULL,
                replaced_at TIMESTAMPTZ NOT NULL DEFAULT now(),
                PRIMARY KEY (letter_id, revision)
            )
            """,
            """
            CREATE VIEW letter_index AS
            SELECT l.id, l.date_iso AS date, extract(year FROM l.date_start)::integer AS year, l.language,
                l.subject, l.sender, l.addressee, l.file,
                (SELECT coalesce(json_agg(s.name ORDER BY s.position), '[]'::json)::text FROM signatories s WHERE s.letter_id = l.id) AS signatories
            FROM letters l
            """,
        ]),
        ("v3-review", [
            // What `search --needs-review` filters and orders by, filled in Swift (recomputeReview).
            "ALTER TABLE letters ADD COLUMN review_score INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE letters ADD COLUMN review TEXT NOT NULL DEFAULT ''",
            "CREATE INDEX letters_review_score ON letters (review_score) WHERE review_score > 0",
        ]),
    ]

    /// Brings the database to the latest schema. One transaction: all of a migration or none.
    static func migrate(_ store: PostgresStore, schema: String?) throws {
        try store.transaction {
            // Any number that is ours; held until COMMIT, so a second process waits here.
            try store.run("SELECT pg_advisory_xact_lock(7412690531)")
            if let schema { try store.run("CREATE SCHEMA IF NOT EXISTS \(schema)") }
            try store.run("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())")
            let applied = Set(try store.run("SELECT name FROM schema_migrations").map { try $0.makeRandomAccess()[0].decode(String.self) })
            for migration in migrations where !applied.contains(migration.name) {
                for statement in migration.statements { try store.run(statement) }
                if migration.name == "v2-curation" { try recomputeKeys(store) }
                if migration.name == "v3-review" { try recomputeReview(store); try recomputeKeys(store) }
                try store.run("INSERT INTO schema_migrations (name) VALUES ($1)", [.text(migration.name)])
            }
        }
    }
}

extension PostgresSchema {
    /// `review_score` and `review` of every letter from its stored JSON.
    static func recomputeReview(_ store: PostgresStore) throws {
        for row in try store.run("SELECT id, json FROM letters") {
            let r = row.makeRandomAccess()
            let id = try r[0].decode(Int64.self), json = try r[1].decode(String.self)
            guard let letter = try? ArchiveRecord.decode(Data(json.utf8)) else { continue }
            let review = ArchiveRecord.review(letter)
            try store.run("UPDATE letters SET review_score = $1, review = $2 WHERE id = $3",
                          [.int(Int64(review.score)), .text(review.codes), .int(id)])
        }
    }

    /// Name and addressee keys under v2's rules (``NameKey``), recomputed in Swift, one statement
    /// per distinct value.
    static func recomputeKeys(_ store: PostgresStore) throws {
        for row in try store.run("SELECT DISTINCT name FROM signatories") {
            let name = try row.makeRandomAccess()[0].decode(String.self)
            try store.run("UPDATE signatories SET name_key = $1 WHERE name = $2", [.text(NameKey.normalize(name)), .text(name)])
        }
        for row in try store.run("SELECT DISTINCT text FROM addressees") {
            let text = try row.makeRandomAccess()[0].decode(String.self)
            try store.run("UPDATE addressees SET text_key = $1 WHERE text = $2", [.text(NameKey.plainWords(text).joined(separator: " ")), .text(text)])
        }
    }
}

/// The accented Latin letters `letters_fold` maps, each to what Swift's diacritic- and
/// case-insensitive folding makes of it (the folding the SQLite side and the queries use), so
/// PostgreSQL folds as the rest of the archive does. Only letters that fold to one character
/// are listed (`translate` maps one to one).
enum FoldTable {
    static let letters = "ÀÁÂÃÄÅĀĂĄàáâãäåāăąÇĆĈĊČçćĉċčĎďÈÉÊËĒĔĖĘĚèéêëēĕėęěĜĞĠĢĝğġģĤĥÌÍÎÏĨĪĬĮİìíîïĩīĭįĴĵĶķĹĻĽĺļľÑŃŅŇñńņňÒÓÔÕÖŌŎŐòóôõöōŏőŔŖŘŕŗřŚŜŞŠśŝşšȘșŢŤţťȚțÙÚÛÜŨŪŬŮŰŲùúûüũūŭůűųŴŵÝŶŸýÿŷŹŻŽźżžǍǎǏǐǑǒǓǔẞ"
    static let pairs: [(Character, Character)] = letters.compactMap { c in
        let folded = ArchiveQuery.folded(String(c))
        guard folded.count == 1, let f = folded.first, f != c else { return nil }
        return (c, f)
    }
    static let from = String(pairs.map(\.0))
    static let to = String(pairs.map(\.1))
}
