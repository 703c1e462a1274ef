import Foundation
import LetterExtractor

/// Everything a batch run needs; the command line fills it in.
public struct BatchConfiguration: Sendable {
    /// Files and folders to convert.
    public var inputs: [String]
    /// Folder that mirrors the inputs' layout, one JSON per letter.
    public var outputFolder: String
    /// Worker processes run at once.
    public var jobs: Int
    /// A document still running after this long is killed and recorded as failed.
    public var timeout: Duration
    /// Address-space cap of each worker in MiB (`RLIMIT_AS`); `nil` for none.
    public var memoryLimitMB: Int?
    /// Convert again even when the output is up to date.
    public var force: Bool
    /// Convert only this part of the inputs.
    public var shard: Shard?
    /// The worker process: executable path, then arguments (for example `[letters, "worker"]`).
    public var workerCommand: [String]
    /// Draw live progress in place (standard error is a terminal).
    public var interactive: Bool
    /// What each output is: canonical JSON (the default; `archive add` reads it), TEI,
    /// Markdown or text, written as `NAME.json`, `.xml`, `.md` or `.txt`.
    public var format: OutputFormat
    /// Progress on standard error (a redrawn line on a terminal, a line every 30 s elsewhere);
    /// off for `-q`.
    public var showsProgress: Bool

    /// 2 GiB: far above what a letter needs (an idle worker reserves about 0.2 GiB of address
    /// space, converting a letter adds some tens of MiB), low enough that a runaway document cannot take
    /// a machine down with it when several workers run.
    public static let defaultMemoryLimitMB = 2048
    public static let defaultTimeoutSeconds = 60.0

    public init(
        inputs: [String], outputFolder: String, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        timeout: Duration = .seconds(defaultTimeoutSeconds), memoryLimitMB: Int? = defaultMemoryLimitMB,
        force: Bool = false, shard: Shard? = nil, workerCommand: [String], interactive: Bool = false,
        format: OutputFormat = .json, showsProgress: Bool = true
    ) {
        self.format = format
        self.showsProgress = showsProgress
        self.inputs = inputs
        self.outputFolder = outputFolder
        self.jobs = jobs
        self.timeout = timeout
        self.memoryLimitMB = memoryLimitMB
        self.force = force
        self.shard = shard
        self.workerCommand = workerCommand
        self.interactive = interactive
    }
}
