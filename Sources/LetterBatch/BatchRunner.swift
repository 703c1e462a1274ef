import Foundation
import LetterExtractor
import LetterModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Converts many documents into a mirrored folder of JSON, each in a worker process that can be
/// killed, so that no document can stop the batch.
///
/// A run: clean temporaries left by a killed run, walk the inputs, keep this shard, skip what is
/// up to date (``ResumeJournal``), hand the rest to `jobs` workers, and write the report.
public enum BatchRunner {
    /// Runs the batch. Documents that fail are in the report; this throws only when the batch
    /// cannot run (a missing input, an unwritable output folder, a worker that cannot start) or
    /// when `settled` throws.
    ///
    /// - Parameters:
    ///   - alreadyDone: called with each input's path before it is queued; true records it as
    ///     skipped without converting it (`archive add` skips letters already archived).
    ///   - settled: called with each document once it is converted, skipped or failed and every
    ///     document before it in input order has been, so a caller can use each result before
    ///     the whole batch is over, in an order that does not depend on which worker finished
    ///     first (`archive add` stores each letter then: a killed run keeps what it stored, and
    ///     ids follow the input order). A converted document's JSON is at `document.output`
    ///     under the output folder.
    public static func run(
        _ configuration: BatchConfiguration,
        alreadyDone: (String) -> Bool = { _ in false },
        settled: (BatchDocument) throws(BatchError) -> Void = { _ in }
    ) throws(BatchError) -> BatchReport {
        let out = configuration.outputFolder
        do {
            try FileErrorText.createFolder(out)
        } catch {
            throw BatchError(.io, "\(out): cannot create output folder: \(error)")
        }
        AtomicWrite.removeStrayTemporaries(under: out)

        let inputs = try InputWalker.walk(configuration.inputs, excluding: out, outputExtension: configuration.format.fileExtension)
        let plan = BatchPlan(inputs: inputs, shard: configuration.shard, identity: InputWalker.identity(of:))
        var journal = ResumeJournal(folder: out, shard: configuration.shard)
        var documents: [BatchDocument] = []
        var queue: [BatchInput] = []
        // Each queued document's place in the plan: `settled` hears of documents in plan order.
        var planIndex: [Int] = []
        var delivery = InOrderDelivery()

        /// Records a document, hands it on, and gives the other paths to the same file their
        /// outcome from it.
        func finish(_ document: BatchDocument, at index: Int) throws(BatchError) {
            documents.append(document)
            try delivery.settle(document, at: index, to: settled)
            for alias in plan.aliases[index] ?? [] {
                let input = plan.entries[alias].input
                let outcome = try SameFile.settle(input, like: document, folder: out, force: configuration.force, journal: &journal)
                documents.append(outcome)
                try delivery.settle(outcome, at: alias, to: settled)
            }
        }

        for (index, entry) in plan.entries.enumerated() {
            // Converted with the first path to the same file, once that one is settled.
            if entry.sameFileAs != nil { continue }
            let early: BatchDocument
            if let problem = entry.input.problem {
                early = BatchDocument(input: entry.input.path, output: entry.input.outputPath, status: .failed, error: problem)
            } else if let winner = entry.duplicateOf {
                early = BatchDocument(input: entry.input.path, output: entry.input.outputPath, status: .failed,
                                      error: "same output \(entry.input.outputPath) as \(winner)")
            } else if !configuration.force, let record = journal.upToDate(entry.input, version: LetterExtractor.version) {
                early = BatchDocument(input: entry.input.path, output: entry.input.outputPath, status: .skipped,
                                      sha256: record.sourceSHA256, pages: record.pages,
                                      review: record.review, reviewScore: record.reviewScore)
            } else if alreadyDone(entry.input.path) {
                early = BatchDocument(input: entry.input.path, output: entry.input.outputPath, status: .skipped)
            } else {
                queue.append(entry.input)
                planIndex.append(index)
                continue
            }
            try finish(early, at: index)
        }

        let progress = Progress(total: plan.entries.count, terminal: configuration.interactive) { [showsProgress = configuration.showsProgress] text in
            if showsProgress { FileHandle.standardError.write(Data(text.utf8)) }
        }
        let pool = WorkerPool(configuration: configuration)
        defer { pool.shutDown() }
        let settledBefore = documents.count
        var failed = documents.count { $0.status == .failed }
        var ocrPages = 0
        try pool.run(queue) { (job: Int, outcome: WorkerPool.Outcome) throws(BatchError) in
            let input = queue[job]
            let document: BatchDocument
            switch outcome {
            case .converted(let reply):
                ocrPages += reply.ocrPages ?? 0
                try journal.append(ResumeJournal.Record(
                    output: input.outputPath, sourceSHA256: reply.sourceSHA256 ?? "", outputSHA256: reply.outputSHA256 ?? "",
                    extractorVersion: LetterExtractor.version, pages: reply.pages,
                    review: reply.review, reviewScore: reply.reviewScore))
                document = BatchDocument(input: input.path, output: input.outputPath, status: .converted,
                                         sha256: reply.sourceSHA256, pages: reply.pages, seconds: reply.seconds,
                                         review: reply.review, reviewScore: reply.reviewScore)
            case .failed(let reason, let sha256, let seconds):
                document = BatchDocument(input: input.path, output: input.outputPath, status: .failed,
                                         sha256: sha256, seconds: seconds, error: reason)
            }
            let before = documents.count
            try finish(document, at: planIndex[job])
            failed += documents[before...].count { $0.status == .failed }
            progress.update(done: documents.count, worked: documents.count - settledBefore, failed: failed, ocrPages: ocrPages)
        } tick: {
            progress.update(done: documents.count, worked: documents.count - settledBefore, failed: failed, ocrPages: ocrPages)
        }
        progress.finish()
        try journal.compact()

        let report = BatchReport(extractorVersion: LetterExtractor.version, shard: configuration.shard?.description,
                                 documents: documents)
        let reportData: Data
        do { reportData = try CanonicalJSON.encode(report) } catch {
            throw BatchError(.io, "cannot encode the report: \(error)")
        }
        try AtomicWrite.write(reportData, to: (out as NSString).appendingPathComponent(BatchReport.fileName(shard: configuration.shard)))
        return report
    }
}

/// The inputs of this run in order, with outputs claimed twice and paths to one file marked.
struct BatchPlan {
    struct Entry {
        var input: BatchInput
        /// Set when an earlier input (in path order) already writes this output.
        var duplicateOf: String?
        /// Set when an earlier input of this run (in path order) is the same file reached by
        /// another path (a symbolic or hard link): converted once, its output copied here.
        var sameFileAs: String?
    }

    var entries: [Entry] = []
    /// Plan index of a converted file → plan indices of the other paths to it.
    var aliases: [Int: [Int]] = [:]

    /// Duplicates are found over all inputs before sharding, so every shard agrees which one wins;
    /// paths to one file only within this shard (another shard's copy is converted there).
    init(inputs: [BatchInput], shard: Shard?, identity: (String) -> FileIdentity? = { _ in nil }) {
        var claimed: [String: String] = [:]
        var firstOfFile: [FileIdentity: Int] = [:]
        for input in inputs {
            let winner = claimed[input.outputPath]
            if winner == nil { claimed[input.outputPath] = input.path }
            if let shard, !shard.contains(relativePath: input.relativePath) { continue }
            var entry = Entry(input: input, duplicateOf: winner)
            if winner == nil, input.problem == nil, let id = identity(input.path) {
                if let first = firstOfFile[id] {
                    entry.sameFileAs = entries[first].input.path
                    aliases[first, default: []].append(entries.count)
                } else {
                    firstOfFile[id] = entries.count
                }
            }
            entries.append(entry)
        }
    }
}

/// Hands documents on in plan order although workers finish in any order: a document waits
/// until every one before it has been handed on, so a slow document holds back those after it
/// (they are in the output folder and the report all the same).
struct InOrderDelivery {
    private var waiting: [Int: BatchDocument] = [:]
    private var next = 0

    mutating func settle(_ document: BatchDocument, at index: Int, to deliver: (BatchDocument) throws(BatchError) -> Void) throws(BatchError) {
        waiting[index] = document
        while let ready = waiting.removeValue(forKey: next) {
            next += 1
            try deliver(ready)
        }
    }
}
