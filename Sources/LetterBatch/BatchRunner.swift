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

        let plan = BatchPlan(inputs: try InputWalker.walk(configuration.inputs, excluding: out), shard: configuration.shard)
        var journal = ResumeJournal(folder: out, shard: configuration.shard)
        var documents: [BatchDocument] = []
        var queue: [BatchInput] = []
        // Each queued document's place in the plan: `settled` hears of documents in plan order.
        var planIndex: [Int] = []
        var delivery = InOrderDelivery()
        for (index, entry) in plan.entries.enumerated() {
            let early: BatchDocument
            if let problem = entry.input.problem {
                early = BatchDocument(input: entry.input.path, output: entry.input.outputPath, status: .failed, error: problem)
            } else if let winner = entry.duplicateOf {
                early = BatchDocument(input: entry.input.path, output: entry.input.outputPath, status: .failed,
                                      error: "same output \(entry.input.outputPath) as \(winner)")
            } else if !configuration.force, let record = journal.upToDate(entry.input, version: LetterExtractor.version) {
                early = BatchDocument(input: entry.input.path, output: entry.input.outputPath, status: .skipped,
                                      sha256: record.sourceSHA256, pages: record.pages)
            } else if alreadyDone(entry.input.path) {
                early = BatchDocument(input: entry.input.path, output: entry.input.outputPath, status: .skipped)
            } else {
                queue.append(entry.input)
                planIndex.append(index)
                continue
            }
            documents.append(early)
            try delivery.settle(early, at: index, to: settled)
        }

        let progress = Progress(total: plan.entries.count, terminal: configuration.interactive) { text in
            FileHandle.standardError.write(Data(text.utf8))
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
                    extractorVersion: LetterExtractor.version, pages: reply.pages))
                document = BatchDocument(input: input.path, output: input.outputPath, status: .converted,
                                         sha256: reply.sourceSHA256, pages: reply.pages, seconds: reply.seconds)
            case .failed(let reason, let sha256, let seconds):
                document = BatchDocument(input: input.path, output: input.outputPath, status: .failed,
                                         sha256: sha256, seconds: seconds, error: reason)
            }
            documents.append(document)
            if document.status == .failed { failed += 1 }
            progress.update(done: documents.count, worked: documents.count - settledBefore, failed: failed, ocrPages: ocrPages)
            try delivery.settle(document, at: planIndex[job], to: settled)
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

/// The inputs of this run in order, with outputs claimed twice marked.
struct BatchPlan {
    struct Entry {
        var input: BatchInput
        /// Set when an earlier input (in path order) already writes this output.
        var duplicateOf: String?
    }

    var entries: [Entry] = []

    /// Duplicates are found over all inputs before sharding, so every shard agrees which one wins.
    init(inputs: [BatchInput], shard: Shard?) {
        var claimed: [String: String] = [:]
        for input in inputs {
            let winner = claimed[input.outputPath]
            if winner == nil { claimed[input.outputPath] = input.path }
            if let shard, !shard.contains(relativePath: input.relativePath) { continue }
            entries.append(Entry(input: input, duplicateOf: winner))
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
