import ArgumentParser
import Foundation
import LetterArchive
import LetterBatch
import LetterModel

/// `letters archive remove`: deletes letters, by id or by the path they were added from.
struct ArchiveRemove: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove letters (by id or SHA-256 prefix, or every letter added from a path).",
        discussion: """
        A removed letter goes with all its rows: signatories, addressees, footnotes, calls, its \
        revisions, the paths it was added from, its full-text entry. --source PATH removes the \
        letters added from that file, or from any file under that folder; when no such path was \
        recorded and PATH is a document, the letter of its bytes.

        Exit status: 0 when every letter named was removed, 1 when some were not in the archive.
        """
    )

    @OptionGroup var location: ArchiveLocation

    @Argument(help: "Letter ids or SHA-256 prefixes.")
    var ids: [String] = []

    @Option(name: .customLong("source"), help: "Remove the letters added from this file or folder.", completion: .file())
    var sources: [String] = []

    func validate() throws {
        if ids.isEmpty && sources.isEmpty { throw ValidationError("Give letter ids, or --source PATH.") }
    }

    func run() throws {
        var missing: [String] = []
        var removed = 0
        try withArchive(location, access: .readWrite(force: false)) { archive in
            var numbers: [Int64] = []
            for id in ids {
                do { numbers.append(try archive.resolve(id)) } catch let error as ArchiveError {
                    Diagnostics.report(file: id, reason: error.message)
                    missing.append(id)
                }
            }
            for path in sources {
                let found = try archive.ids(source: path)
                if found.isEmpty {
                    Diagnostics.report(file: path, reason: "no letter in the archive was added from it")
                    missing.append(path)
                }
                numbers += found
            }
            removed = try archive.store.remove(ids: Array(Set(numbers)).sorted())
        }
        FileHandle.standardError.write(Data("letters: archive: \(removed) removed (\(location.resolvedForDisplay))\n".utf8))
        if !missing.isEmpty { throw ExitCode(1) }
    }
}

/// `letters archive reextract`: converts stored letters' sources again, after an upgrade.
struct ArchiveReextract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reextract",
        abstract: "Convert the stored letters' source documents again (after upgrading letters).",
        discussion: """
        For each letter, the first recorded path that still holds a document with the letter's \
        bytes (same SHA-256) is converted again, in worker processes as by `archive add`. A letter \
        whose new JSON differs is updated (the earlier record kept as a revision); one whose JSON is \
        the same is left as it is. Letters added from JSON only, or whose source is gone or changed, \
        are listed as without a source on disk.

        Exit status: 0 when every letter with a source was converted, 1 when a conversion failed.
        """
    )

    @OptionGroup var location: ArchiveLocation

    @Argument(help: "Letter ids or SHA-256 prefixes.")
    var ids: [String] = []

    @Flag(help: "Every letter in the archive.")
    var all = false

    @Option(help: "Documents converted at once; the default is the number of cores.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Seconds after which a document's worker is killed and the document failed.")
    var timeout: Double = BatchConfiguration.defaultTimeoutSeconds

    @Option(name: .customLong("memory-limit"), help: "Address-space cap per worker in MB; 0 for none.")
    var memoryLimit: Int = BatchConfiguration.defaultMemoryLimitMB

    func validate() throws {
        if ids.isEmpty == !all { throw ValidationError("Give letter ids, or --all (not both).") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if !(timeout > 0) { throw ValidationError("--timeout must be positive.") }
    }

    func run() throws {
        var options = IngestOptions(
            workerCommand: [Worker.executablePath(), "worker"], jobs: jobs, timeout: .milliseconds(Int64(timeout * 1000)),
            memoryLimitMB: memoryLimit == 0 ? nil : memoryLimit, interactive: standardErrorIsTerminal())
        options.reconvert = true
        var report = IngestReport()
        var withoutSource: [Int64] = []
        try withArchive(location, access: .readWrite(force: false)) { archive in
            var letters: [Int64] = []
            if all {
                try archive.store.forEachLetter { id, _ in letters.append(id) }
            } else {
                for id in ids { letters.append(try archive.resolve(id)) }
            }
            var documents: [String] = []
            for id in letters {
                if let path = try archive.sourceDocument(id: id) { documents.append(path) } else { withoutSource.append(id) }
            }
            if !documents.isEmpty { report = try ArchiveIngest.run(documents, into: archive, options: options) }
        }
        if !withoutSource.isEmpty {
            FileHandle.standardError.write(Data("letters: archive: no source document on disk for \(withoutSource.count) letter\(withoutSource.count == 1 ? "" : "s"): \(withoutSource.map(String.init).joined(separator: " "))\n".utf8))
        }
        report.print(location, unchanged: "unchanged")
        if !report.failures.isEmpty { throw ExitCode(1) }
    }
}

