import Foundation
import LetterArchive
import LetterBatch
import LetterExtractor
import LetterModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How `archive add` converts documents: the batch machinery's settings.
struct IngestOptions: Sendable {
    /// The worker process (`[letters, "worker"]`), as for `letters batch`.
    var workerCommand: [String]
    var jobs: Int
    var timeout: Duration
    var memoryLimitMB: Int?
    var interactive: Bool
    /// Convert documents whose bytes are already archived too (`reextract`), rather than skip them.
    var reconvert = false

    init(workerCommand: [String], jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                timeout: Duration = .seconds(BatchConfiguration.defaultTimeoutSeconds),
                memoryLimitMB: Int? = BatchConfiguration.defaultMemoryLimitMB, interactive: Bool = false) {
        self.workerCommand = workerCommand
        self.jobs = jobs
        self.timeout = timeout
        self.memoryLimitMB = memoryLimitMB
        self.interactive = interactive
    }
}

/// What `archive add` did with each input.
struct IngestReport: Sendable {
    var added = 0
    var alreadyArchived = 0
    /// Known source bytes with other JSON: the stored record replaced (and kept as a revision).
    var updated = 0
    /// (input as given, one-line reason).
    var failures: [(input: String, reason: String)] = []

    init() {}
}

/// Puts files into an archive: letter JSON as it is, documents (PDF, text, Markdown) through the
/// batch machinery first, so each is converted in an isolated worker process with a timeout and
/// a memory cap, in parallel, exactly as `letters batch` does.
///
/// This is the CLI's side of `archive add` and `archive reextract`: conversion belongs to the
/// extractor and batch layers, and the archive (`LetterArchive`) only receives letters. Each
/// letter is stored with the absolute path it came from, so the archive keeps every path.
///
/// Documents are converted into a private temporary folder (deleted afterwards; a folder left by
/// a killed run is deleted by the next run), then each JSON is stored in its own transaction.
enum ArchiveIngest {
    /// Extensions taken as letter JSON rather than as documents to convert.
    static let jsonExtensions: Set<String> = ["json"]

    static func run(_ paths: [String], into archive: Archive, options: IngestOptions,
                           stored: (String, AddOutcome) -> Void = { _, _ in }) throws -> IngestReport {
        var report = IngestReport()
        var jsonFiles: [String] = []
        var documents: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                let (shown, reason) = FileNames.missing(path)
                report.failures.append((shown, reason))
                continue
            }
            if isFolder.boolValue {
                jsonFiles += letterJSON(under: path)
                documents.append(path)
            } else if jsonExtensions.contains((path as NSString).pathExtension.lowercased()) {
                jsonFiles.append(path)
            } else {
                documents.append(path)
            }
        }
        for path in jsonFiles {
            do {
                let letter = try ArchiveRecord.decode(try Data(contentsOf: URL(fileURLWithPath: path)))
                try store(letter, input: path, archive: archive, report: &report, stored: stored)
            } catch let error as ArchiveError {
                throw error
            } catch {
                report.failures.append((path, "not a letter JSON (\(CanonicalJSON.explain(error)))"))
            }
        }
        if !documents.isEmpty { try convertAndStore(documents, archive: archive, options: options, report: &report, stored: stored) }
        return report
    }

    /// Converts the documents not yet archived and stores each letter as soon as its worker
    /// has converted it: a run killed halfway keeps what it stored, and the next run skips those
    /// sources (by their SHA-256) without converting them again.
    private static func convertAndStore(_ documents: [String], archive: Archive, options: IngestOptions,
                                        report: inout IngestReport, stored: (String, AddOutcome) -> Void) throws {
        removeAbandonedFolders()
        let folder = (NSTemporaryDirectory() as NSString)
            .appendingPathComponent("\(folderPrefix)\(getpid()).\(UInt32.random(in: 0...UInt32.max))")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let configuration = BatchConfiguration(
            inputs: documents, outputFolder: folder, jobs: options.jobs, timeout: options.timeout,
            memoryLimitMB: options.memoryLimitMB, workerCommand: options.workerCommand, interactive: options.interactive)
        var storeFailure: ArchiveError?
        // The batch hands documents on in its walk order; failures are listed by input path, as
        // the batch report lists them.
        var progress = IngestReport()
        defer {
            report.added += progress.added
            report.alreadyArchived += progress.alreadyArchived
            report.updated += progress.updated
            report.failures += progress.failures.sorted { $0.input.utf8.lexicographicallyPrecedes($1.input.utf8) }
        }
        var archivedIDs: [String: Int64] = [:]
        do throws(BatchError) {
            _ = try BatchRunner.run(configuration, alreadyDone: { path in
                guard !options.reconvert,
                      let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe),
                      let id = try? archive.store.id(sha256: SHA256.hex(data)) else { return false }
                archivedIDs[path] = id
                return true
            }, settled: { (document: BatchDocument) throws(BatchError) in
                switch document.status {
                case .failed:
                    progress.failures.append((document.input, document.error ?? "failed"))
                case .skipped:
                    progress.alreadyArchived += 1
                    if let id = archivedIDs[document.input] {
                        // Known bytes under another path: the path is recorded all the same.
                        do { try archive.store.recordSource(id: id, path: Archive.absolute(document.input)) } catch let error as ArchiveError {
                            storeFailure = error
                            throw BatchError(.io, error.message)
                        } catch {}
                        stored(document.input, .alreadyArchived(id: id))
                    }
                case .converted:
                    let output = (folder as NSString).appendingPathComponent(document.output)
                    do {
                        let letter = try ArchiveRecord.decode(try Data(contentsOf: URL(fileURLWithPath: output)))
                        try store(letter, input: document.input, archive: archive, report: &progress, stored: stored)
                    } catch let error as ArchiveError {
                        storeFailure = error
                        throw BatchError(.io, error.message)
                    } catch {
                        progress.failures.append((document.input, "converted JSON unreadable: \(CanonicalJSON.explain(error))"))
                    }
                }
            })
        } catch {
            throw storeFailure ?? ArchiveError(error.message)
        }
    }

    private static func store(_ letter: Letter, input: String, archive: Archive, report: inout IngestReport,
                              stored: (String, AddOutcome) -> Void) throws {
        let outcome = try archive.add(letter, path: Archive.absolute(input), pause: TestPause.forInput(input))
        switch outcome {
        case .added: report.added += 1
        case .alreadyArchived: report.alreadyArchived += 1
        case .updated: report.updated += 1
        }
        stored(input, outcome)
    }

    /// `.json` files under `folder`, recursively, in path order; hidden entries and batch reports skipped.
    static func letterJSON(under folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") { walker.skipDescendants(); continue }
            if jsonExtensions.contains((name as NSString).pathExtension.lowercased()), !name.hasPrefix("batch-report") {
                found.append((folder as NSString).appendingPathComponent(relative))
            }
        }
        return found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    static let folderPrefix = "letters-archive-add."

    /// Deletes conversion folders of `add` runs whose process is gone (killed before cleaning up).
    static func removeAbandonedFolders() {
        let temp = NSTemporaryDirectory()
        for name in (try? FileManager.default.contentsOfDirectory(atPath: temp)) ?? [] where name.hasPrefix(folderPrefix) {
            let pid = name.dropFirst(folderPrefix.count).split(separator: ".").first.flatMap { Int32($0) }
            if let pid, kill(pid, 0) != 0, errno == ESRCH {
                try? FileManager.default.removeItem(atPath: (temp as NSString).appendingPathComponent(name))
            }
        }
    }
}

/// For tests only: with `LETTERS_TEST_HOOKS=1`, a letter whose input name contains `slow-hook`
/// waits 0.2 s inside its transaction (after the letter row, before its other rows), so a test
/// can kill `add` in the middle of a transaction. The same variable drives the batch's hooks.
enum TestPause {
    static func forInput(_ input: String) -> (() -> Void)? {
        guard ProcessInfo.processInfo.environment["LETTERS_TEST_HOOKS"] == "1",
              (input as NSString).lastPathComponent.contains("slow-hook") else { return nil }
        return { usleep(200_000) }
    }
}
