import ArgumentParser
import Foundation
import LetterArchive
import LetterBatch

/// `letters archive add`: converts documents with the batch workers and stores each letter once.
struct ArchiveAdd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add letters: PDF, text, Markdown or HTML (converted first) or letter JSON.",
        discussion: """
        Folders are walked recursively: documents are converted in worker processes as by \
        `letters batch`, and .json files are taken as letters already converted. Each letter is \
        stored in one transaction, once per source bytes (source.sha256): adding the same file again, \
        or from several processes at once, stores it once. A letter JSON for known source bytes that \
        differs from the stored one (a hand correction, a newer extractor) replaces it ("updated"); \
        the earlier record is kept (`archive show ID --revisions`). Every path a letter is added \
        from is recorded.

        Exit status: 0 when every input was added or already archived, 1 when any failed, 2 when \
        the archive could not be opened or written.
        """
    )

    @OptionGroup var location: ArchiveLocation

    @Argument(help: "Files and folders: .pdf, .txt, .md, .html, or letter .json.", completion: .file())
    var inputs: [String]

    @Option(help: "Documents converted at once; the default is the number of cores.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Seconds after which a document's worker is killed and the document failed.")
    var timeout: Double = BatchConfiguration.defaultTimeoutSeconds

    @Option(name: .customLong("memory-limit"), help: "Address-space cap per worker in MB; 0 for none.")
    var memoryLimit: Int = BatchConfiguration.defaultMemoryLimitMB

    @Flag(help: "Add the archive's tables to an SQLite file that holds other tables.")
    var force = false

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("Give at least one file or folder.") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if !(timeout > 0) { throw ValidationError("--timeout must be positive.") }
        if memoryLimit < 0 { throw ValidationError("--memory-limit must be 0 (none) or a number of MB.") }
    }

    func run() throws {
        let options = IngestOptions(
            workerCommand: [Worker.executablePath(), "worker"], jobs: jobs, timeout: .milliseconds(Int64(timeout * 1000)),
            memoryLimitMB: memoryLimit == 0 ? nil : memoryLimit, interactive: standardErrorIsTerminal() && Verbosity.level >= .normal)
        var report = IngestReport()
        try withArchive(location, access: .readWrite(force: force)) { archive in
            report = try ArchiveIngest.run(inputs, into: archive, options: options)
        }
        report.print(location)
        if !report.failures.isEmpty { throw ExitCode(1) }
    }
}

extension ArchiveLocation {
    /// The location without a password, for messages.
    var resolvedForDisplay: String {
        let text = resolved
        guard var url = URLComponents(string: text), url.password != nil else { return text }
        url.password = nil
        return url.string ?? text
    }
}

extension IngestReport {
    /// Each failure on its own line, then `letters: archive: N added, U updated, M already archived, K failed (DB)`.
    func print(_ location: ArchiveLocation, unchanged: String = "already archived") {
        for failure in failures { Diagnostics.report(file: failure.input, reason: failure.reason) }
        // The summary is a note: `-q` leaves only the failures.
        Verbosity.note("archive: \(added) added, \(updated) updated, \(alreadyArchived) \(unchanged), \(failures.count) failed (\(location.resolvedForDisplay))")
    }
}
