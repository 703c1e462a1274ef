import ArgumentParser
import Foundation
import LetterExtractor
import LetterArchive
import LetterTEI

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

/// `letters archive export`: every letter as JSON Lines, CSV, one CMIF file, or TEI files.
struct ArchiveExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export every letter: JSON Lines, CSV, CMIF (one file for correspSearch) or TEI (one file per letter).",
        discussion: """
        jsonl: one canonical letter per line. csv: one row per letter. cmif: one Correspondence \
        Metadata Interchange Format file with a correspDesc per letter, as correspSearch \
        harvests it: give its header with --title, --editor, --email, --publisher and --url (or \
        --config FILE, a JSON object with those keys, `source_title` and `source_url`); the \
        publication date is today's (--date to set it). A letter that names no sender, \
        addressee, place or date cannot be expressed in CMIF: it is left out and named on \
        standard error. tei: TEI P5, one file per letter, written to the folder given with \
        --output (ID-NAME.xml).
        """
    )

    enum Format: String, CaseIterable, ExpressibleByArgument { case jsonl, csv, cmif, tei }

    @OptionGroup var location: ArchiveLocation

    @Option(help: "jsonl, csv, cmif or tei.")
    var format: Format = .jsonl

    @Option(name: .shortAndLong, help: "Write to this file (a folder for tei) instead of standard output.")
    var output: String?

    @OptionGroup(title: "CMIF header (--format cmif)") var cmif: CMIFHeaderOptions

    func validate() throws {
        if format == .tei && output == nil { throw ValidationError("--format tei writes one file per letter: give --output FOLDER.") }
        if format != .cmif && cmif.isGiven { throw ValidationError("--title, --editor, --email, --publisher, --url, --date and --config are for --format cmif.") }
    }

    func run() throws {
        switch format {
        case .jsonl, .csv:
            var data = Data()
            let kind = ArchiveExport.Format(rawValue: format.rawValue)!
            try withArchive(location) { archive in
                try ArchiveExport.run(archive, format: kind) { line in
                    if output == nil { writeOut(line) } else { data.append(contentsOf: line.utf8) }
                }
            }
            if let output { try write(data, to: output) }
        case .cmif:
            let header = try cmif.header()
            if !header.placeholders.isEmpty {
                Verbosity.note("archive: the CMIF header has stand-ins for \(header.placeholders.joined(separator: ", ")); correspSearch needs the real ones")
            }
            var document: CMIFDocument?
            try withArchive(location) { archive in
                let letters = try ArchiveExport.letters(archive)
                let written = CMIFWriter.write(letters: letters.map(\.letter), header: header)
                for omission in written.omitted {
                    let (id, letter) = letters[omission.index]
                    Verbosity.note("archive: letter \(id) (\(letter.source.file)) left out of the CMIF file: it \(omission.reason)")
                }
                Verbosity.detail("archive: CMIF file with \(letters.count - written.omitted.count) of \(letters.count) letters")
                document = written
            }
            guard let data = document?.xml else { return }
            if let output { try write(data, to: output) } else { FileHandle.standardOutput.write(data) }
        case .tei:
            let folder = output!
            do {
                try FileErrorText.createFolder(folder)
            } catch {
                Diagnostics.report(file: folder, reason: "cannot create folder: \(error)")
                throw ExitCode(1)
            }
            try withArchive(location) { archive in
                for (id, letter) in try ArchiveExport.letters(archive) {
                    let name = "\(id)-" + ((letter.source.file as NSString).deletingPathExtension) + ".xml"
                    try write(TEIWriter.write(letter), to: (folder as NSString).appendingPathComponent(name))
                }
            }
        }
    }

    private func write(_ data: Data, to path: String) throws {
        do { try AtomicFile.write(data, to: path) } catch {
            Diagnostics.report(file: path, reason: error.reason)
            throw ExitCode(1)
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
