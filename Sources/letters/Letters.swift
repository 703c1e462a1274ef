import ArgumentParser
import LetterExtractor

@main
struct Letters: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letters",
        abstract: "Turn letters (open letters, joint statements, correspondence) into normalized JSON.",
        discussion: """
        Reads PDF, plain-text and Markdown letters and writes one canonical JSON record per letter:
        sender, date, addressee, subject, body, calls to action, footnotes, signatories.
        """,
        version: LetterExtractor.version,
        subcommands: [Extract.self, Schema.self, Inspect.self, Batch.self, Worker.self, Diff.self, ArchiveCommand.self]
    )
}
