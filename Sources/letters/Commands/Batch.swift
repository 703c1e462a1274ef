import ArgumentParser
import Foundation
import LetterBatch
import LetterExtractor

struct Batch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert whole folders of letters, in parallel, resumably.",
        discussion: """
        Walks the INPUTS (folders recursively: PDF, text, Markdown and HTML letters: .pdf, .txt, \
        .text, .md, .markdown, .html, .htm) and writes OUT/REL/NAME.json (.xml, .md or .txt with \
        --format) for each IN/REL/NAME.EXT, each document in a worker process that is killed when \
        it crashes, hangs past --timeout or exceeds --memory-limit; the batch goes on. A rerun \
        skips outputs made from the same source bytes by the same extractor version. Two paths to \
        one file (symbolic or hard links) are converted once and both get the output; the report \
        names the first in `same_as`. OUT/batch-report.json lists every input and its outcome.

        Exit status: 0 when every document was converted or skipped, 1 when any failed, 2 when the \
        batch could not run (missing input, unwritable OUT, no worker), 64 for a usage error.
        See docs/batch.md.
        """
    )

    @Argument(help: "Files and folders of letters.", completion: .file())
    var inputs: [String]

    @Option(name: .shortAndLong, help: "Output folder (created if missing).", completion: .directory)
    var output: String

    @Option(help: "Documents converted at once; the default is the number of cores.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Seconds after which a document's worker is killed and the document failed.")
    var timeout: Double = BatchConfiguration.defaultTimeoutSeconds

    @Option(name: .customLong("memory-limit"), help: "Address-space cap per worker in MB; 0 for none.")
    var memoryLimit: Int = BatchConfiguration.defaultMemoryLimitMB

    @Flag(help: "Convert again even when the output is up to date.")
    var force = false

    @Option(help: "Convert only part K of N (for example 2/4), split by a hash of each relative path; 'auto' takes K and N from a Slurm array or Kubernetes indexed Job (docs/cluster.md).")
    var shard: String?

    @Option(name: .customLong("max-input-mb"), help: "Largest input in MB for every format (default: text and Markdown 20, HTML 50, PDF 500); 0 for none.")
    var maxInputMB: Double?
    @OptionGroup var ocrOptions: OCROptions

    @Option(help: "Output format: json (canonical JSON), tei (TEI P5 XML, NAME.xml), md (Markdown, NAME.md) or text (plain text, NAME.txt).")
    var format: OutputFormat = .json

    @OptionGroup var verbosity: VerbosityOptions

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("Give at least one file or folder.") }
        if jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if !(timeout > 0) { throw ValidationError("--timeout must be positive.") }
        if memoryLimit < 0 { throw ValidationError("--memory-limit must be 0 (none) or a number of MB.") }
        if let shard {
            do { _ = try Shard(parsing: shard) } catch { throw ValidationError(error.message) }
        }
    }

    func run() throws {
        if let maxInputMB { InputLimitOption.apply(maxInputMB) }
        let configuration = BatchConfiguration(
            inputs: inputs, outputFolder: output, jobs: jobs, timeout: .milliseconds(Int64(timeout * 1000)),
            memoryLimitMB: memoryLimit == 0 ? nil : memoryLimit, force: force,
            shard: try shard.map { text throws(BatchError) in try Shard(parsing: text) },
            workerCommand: [Worker.executablePath(), "worker"] + ocrOptions.workerArguments, interactive: standardErrorIsTerminal() && Verbosity.level >= .normal,
            format: format, showsProgress: Verbosity.level >= .normal)
        let report: BatchReport
        do {
            report = try BatchRunner.run(configuration, settled: { document in
                Verbosity.detail("\(document.input): \(document.status.rawValue)"
                    + (document.seconds.map { String(format: " in %.3f s", $0) } ?? "")
                    + (document.pages.map { ", \($0) page\($0 == 1 ? "" : "s")" } ?? "")
                        + (document.sameAs.map { ", same file as \($0)" } ?? "")
                    + " -> \(document.output)"
                    + (document.review.flatMap { $0.isEmpty ? nil : " (check: " + $0.joined(separator: " ") + ")" } ?? ""))
            })
        } catch {
            Diagnostics.report(file: "batch", reason: error.message)
            throw ExitCode(2)
        }
        var summary = ""
        if Verbosity.level >= .normal {
            summary += "letters: batch: \(report.converted) converted, \(report.skipped) skipped, \(report.failed) failed\n"
            for document in report.documents where document.status == .failed {
                summary += "  \(document.input): \(document.error ?? "failed")\n"
            }
            if !report.needsReview.isEmpty {
                let count = report.needsReview.count
                summary += "letters: \(count) letter\(count == 1 ? "" : "s") to check, listed first to last in the report's needs_review\n"
            }
            summary += "letters: report: \((output as NSString).appendingPathComponent(BatchReport.fileName(shard: configuration.shard)))\n"
        } else {
            // Quiet: the errors only, in the usual one-line form.
            for document in report.documents where document.status == .failed {
                summary += "letters: \(document.input): \(document.error ?? "failed")\n"
            }
        }
        FileHandle.standardError.write(Data(summary.utf8))
        if report.failed > 0 { throw ExitCode(1) }
    }
}
