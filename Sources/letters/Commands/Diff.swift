import ArgumentParser
import Foundation
import LetterDiff
import LetterExtractor
import LetterModel

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what changed between two versions of a letter.",
        discussion: """
        Each side is a PDF, a text, Markdown or HTML letter, a JSON file written by `letters
        extract`, or, with --db, the id (or SHA-256 prefix) of a letter in an archive.
        Reports changed metadata (date, place, addressee, subject, …), signatories
        added, removed or edited, calls to action reworded, footnotes changed or
        renumbered, body paragraphs inserted, deleted, moved or changed (also in
        kind: a paragraph that became a heading), annexes added, removed or changed,
        and links added, removed or pointing elsewhere, with word-level differences.
        Typesetting (spacing, line breaks, soft hyphens, quote and dash style) is not a change.

        Exit status, as diff(1): 0 when the letters are the same in content, 1 when they
        differ, 2 when an input cannot be read (`letters: FILE: reason` on standard error).
        With -q nothing is printed but errors: the exit status says whether they differ.
        """
    )

    @Argument(help: "The old version (PDF, .txt, .md, .html or extracted .json; - for standard input).", completion: .file())
    var old: String

    @Argument(help: "The new version (PDF, .txt, .md, .html or extracted .json; - for standard input).", completion: .file())
    var new: String

    @Option(name: .customLong("db"), help: "An archive (SQLite file or postgres:// URL) in which OLD and NEW may be letter ids.")
    var db: String?

    @Flag(help: "Print the report as JSON (sorted keys; see docs/diff.md).")
    var json = false

    @Flag(help: "Print the report as one self-contained HTML page.")
    var html = false

    @Flag(help: "No ANSI colour, even on a terminal (colour is already off when output is piped).")
    var noColor = false

    @OptionGroup var verbosity: VerbosityOptions

    func validate() throws {
        if json && html { throw ValidationError("Give at most one of --json and --html.") }
    }

    func run() throws {
        let sides = [DiffInput(old, db: db), DiffInput(new, db: db)]
        var letters: [Letter] = []
        for side in sides {
            do {
                letters.append(try side.load())
            } catch {
                Diagnostics.report(file: error.file, reason: error.reason)
                throw ExitCode(2)
            }
        }
        let report = LetterDiffer.diff(old: letters[0], new: letters[1], oldLabel: sides[0].label, newLabel: sides[1].label)
        let output: Data
        if json {
            do {
                output = try CanonicalJSON.encode(report)
            } catch {
                Diagnostics.report(file: new, reason: "cannot encode the report: \(error)")
                throw ExitCode(2)
            }
        } else if html {
            output = Data(HTMLRenderer().render(report).utf8)
        } else {
            output = Data(TextRenderer(color: useColor).render(report).utf8)
        }
        if Verbosity.level >= .normal { FileHandle.standardOutput.write(output) }
        throw ExitCode(report.identical ? 0 : 1)
    }

    /// Colour only for a person at a terminal: not when piped, asked not to, or NO_COLOR is set
    /// (https://no-color.org convention).
    private var useColor: Bool {
        !noColor && isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
    }
}
