import ArgumentParser
import Foundation
import LetterArchive

/// `letters archive signatories`: who signed how many letters.
struct ArchiveSignatories: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "signatories",
        abstract: "List signatories with the number of letters each signed, most first.",
        discussion: "Spellings that differ only in case, spacing, punctuation, honorifics or a leading \"The\" count as one signer."
    )

    @OptionGroup var location: ArchiveLocation

    @Option(name: .customLong("min-letters"), help: "Only signatories of at least this many letters.")
    var minLetters = 1

    @Flag(help: "Print the list as JSON.")
    var json = false

    func run() throws {
        try withArchive(location) { archive in
            let list = try archive.store.signatories(minLetters: minLetters)
            if json { try printJSON(list); return }
            for entry in list {
                let others = entry.spellings.count > 1 ? "  (also: " + entry.spellings.filter { $0 != entry.name }.joined(separator: "; ") + ")" : ""
                writeOut(String(entry.letters).padding(toLength: 6, withPad: " ", startingAt: 0) + entry.name + others + "\n")
            }
        }
    }
}

/// `letters archive export`: every letter as JSON Lines or CSV.
struct ArchiveExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export every letter: JSON Lines (one canonical letter per line) or CSV (one row per letter)."
    )

    @OptionGroup var location: ArchiveLocation

    @Option(help: "jsonl or csv.")
    var format: String = "jsonl"

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func validate() throws {
        if ArchiveExport.Format(rawValue: format) == nil { throw ValidationError("--format must be jsonl or csv.") }
    }

    func run() throws {
        var data = Data()
        try withArchive(location) { archive in
            if output == nil {
                try ArchiveExport.run(archive, format: ArchiveExport.Format(rawValue: format)!) { writeOut($0) }
            } else {
                try ArchiveExport.run(archive, format: ArchiveExport.Format(rawValue: format)!) { data.append(contentsOf: $0.utf8) }
            }
        }
        if let output {
            do { try AtomicFile.write(data, to: output) } catch {
                Diagnostics.report(file: output, reason: error.reason)
                throw ExitCode(1)
            }
        }
    }
}

/// `letters archive stats`: counts over the archive.
struct ArchiveStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Count letters, signatures, footnotes, calls; dates and languages.")

    @OptionGroup var location: ArchiveLocation

    @Flag(help: "Print the counts as JSON.")
    var json = false

    func run() throws {
        try withArchive(location) { archive in
            let s = try archive.store.stats()
            if json { try printJSON(s); return }
            let languages = s.languages.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
                .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            writeOut("""
                archive:              \(location.resolvedForDisplay)
                letters:              \(s.letters)
                signatures:           \(s.signatures) (\(s.distinctSignatories) distinct signatories)
                addressees and cc:    \(s.addressees)
                footnotes:            \(s.footnotes)
                calls to action:      \(s.callsToAction)
                dates:                \(s.earliest ?? "–") … \(s.latest ?? "–")
                languages:            \(languages.isEmpty ? "–" : languages)

                """)
        }
    }
}
