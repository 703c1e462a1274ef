import ArgumentParser
import LetterExtractor

@main
struct Letters: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letters",
        abstract: "Turn letters (open letters, joint statements, correspondence) into normalized JSON.",
        discussion: """
        Reads PDF, plain-text, Markdown and HTML letters and writes one canonical JSON record per
        letter: sender, date, addressee, subject, body, calls to action, footnotes, signatories;
        or TEI, Markdown or plain text with --format. Every command takes -q (errors only) and
        -v (each file's time and notes). Errors are one line each on standard error,
        `letters: FILE: reason`.
        """,
        version: LetterExtractor.version,
        subcommands: [Extract.self, Schema.self, Inspect.self, Batch.self, Worker.self, Diff.self, ArchiveCommand.self]
    )
}
