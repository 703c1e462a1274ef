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
                try store.run("INSERT INTO schema_migrations (name) VALUES ($1)", [.text(migration.name)])
            }
        }
    }
}
