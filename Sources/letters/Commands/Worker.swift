import ArgumentParser
import Foundation
import LetterBatch
import LetterExtractor

/// The process `letters batch` starts for each job: converts the documents it is sent on
/// standard input, one JSON request per line, answering one line each. Not for direct use.
struct Worker: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Batch worker (internal): converts documents sent on standard input.",
        shouldDisplay: false
    )

    @Option(name: .customLong("memory-limit"), help: "Address-space cap in MB.")
    var memoryLimit: Int?

    @OptionGroup var ocrOptions: OCROptions

    func run() throws {
        let status = BatchWorker.serve(memoryLimitMB: memoryLimit, options: ocrOptions.extractionOptions)
        if status != 0 { throw ExitCode(status) }
    }

    /// This executable, to start workers from: `/proc/self/exe` on Linux, else argv[0] made absolute.
    static func executablePath() -> String {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        let first = CommandLine.arguments[0]
        if first.contains("/") {
            return URL(fileURLWithPath: first).standardizedFileURL.path
        }
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = (String(folder) as NSString).appendingPathComponent(first)
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return first
    }
}
