import ArgumentParser
import Foundation
import LetterArchive

/// `letters archive`: a searchable store of letters, SQLite by default, PostgreSQL with a URL.
struct ArchiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Store letters in a searchable archive (SQLite file or PostgreSQL).",
        discussion: """
        Every subcommand takes --db PATH|URL: a path is an SQLite file (default ./letters.sqlite, or \
        $LETTERS_DB when set), a postgres://user:password@host:port/database URL a PostgreSQL database. \
        See docs/archive.md.
        """,
        subcommands: [ArchiveAdd.self, ArchiveRemove.self, ArchiveReextract.self, ArchiveSearch.self, ArchiveShow.self,
                      ArchiveVersions.self, ArchiveSignatories.self, ArchiveExportCommand.self, ArchiveStatsCommand.self,
                      ArchiveServe.self]
    )
}

/// The `--db` option every archive subcommand shares.
struct ArchiveLocation: ParsableArguments {
    @Option(name: .customLong("db"), help: "SQLite file or postgres:// URL (default: $LETTERS_DB, else ./letters.sqlite).")
    var db: String?

    /// `-q`/`-v` ride with `--db`, the one option group every archive subcommand has.
    @OptionGroup var verbosity: VerbosityOptions

    var resolved: String { db ?? ProcessInfo.processInfo.environment["LETTERS_DB"] ?? Archive.defaultLocation }

    /// A malformed postgres:// URL (port out of range, no host, unknown sslmode) is a usage error.
    func validate() throws {
        if PostgresURL.isPostgres(resolved) {
            do { _ = try PostgresURL(resolved) } catch let error as ArchiveError { throw ValidationError(error.message) }
        }
    }

    /// Opens the archive for `access` (read commands open read-only: nothing created, migrated
    /// or left behind); a failure is one line on standard error and exit status 2 (64 for a
    /// usage error such as an unrelated SQLite file without --force).
    func open(_ access: ArchiveAccess) throws -> Archive {
        do { return try Archive(location: resolved, access: access) } catch {
            Diagnostics.report(file: "archive", reason: "\(error)")
            throw ExitCode((error as? ArchiveError)?.isUsageError == true ? 64 : 2)
        }
    }
}

/// Runs `body` on the open archive, closing it afterwards; archive errors become one line on
/// standard error and exit status 2 (1 is kept for "some inputs failed").
func withArchive(_ location: ArchiveLocation, access: ArchiveAccess = .readOnly, _ body: (Archive) throws -> Void) throws {
    let archive = try location.open(access)
    defer { archive.close() }
    do { try body(archive) } catch let error as ArchiveError {
        Diagnostics.report(file: "archive", reason: error.message)
        throw ExitCode(error.isUsageError ? 64 : 2)
    }
}

/// JSON for `--json` outputs: sorted keys, two-space indent, `/` unescaped, a trailing newline.
func printJSON<T: Encodable>(_ value: T) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    FileHandle.standardOutput.write(try encoder.encode(value) + Data("\n".utf8))
}

func writeOut(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}
