import Foundation
import LetterModel

/// One part `K` of `N` of a batch, for splitting a corpus over machines or processes.
///
/// Membership depends only on the input's relative path, through SHA-256 (not Swift's `Hasher`,
/// which is seeded per process), so every run on every machine agrees, and the `N` shards of
/// a corpus are disjoint and together cover it.
public struct Shard: Equatable, Sendable, CustomStringConvertible {
    /// 1-based: `1...count`.
    public let index: Int
    public let count: Int

    public init(index: Int, count: Int) throws(BatchError) {
        guard count >= 1, (1...count).contains(index) else {
            throw BatchError(.usage, "shard \(index)/\(count): K must be between 1 and N")
        }
        self.index = index
        self.count = count
    }

    /// Parses `K/N`, as written on the command line, or `auto`: the shard the cluster scheduler
    /// gave this process, read from `environment` (see ``init(environment:)``).
    public init(parsing text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(BatchError) {
        if text == "auto" {
            try self.init(environment: environment)
            return
        }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]) else {
            throw BatchError(.usage, "shard '\(text)': expected K/N, for example 1/4")
        }
        try self.init(index: k, count: n)
    }

    /// The shard of a task in a Slurm job array or a Kubernetes indexed Job, so that one
    /// command line serves every task of the array.
    ///
    /// - Slurm (`sbatch --array=A-B[:S]`): the task with `SLURM_ARRAY_TASK_ID` = A + (K-1)·S is
    ///   shard K of `SLURM_ARRAY_TASK_COUNT`; `SLURM_ARRAY_TASK_MIN` gives A and
    ///   `SLURM_ARRAY_TASK_STEP` S (1 when unset). An array that is not such a range
    ///   (`--array=1,4,9`) is refused rather than guessed: its indices cannot name N disjoint
    ///   shards that cover the inputs. Slurm's `%` limit on tasks running at once changes nothing.
    /// - Kubernetes (`completionMode: Indexed`): `JOB_COMPLETION_INDEX` (0-based) is shard
    ///   index + 1 of `LETTERS_SHARD_COUNT`, which the manifest sets to the Job's `completions`:
    ///   Kubernetes does not tell the pod that number.
    ///
    /// Slurm's variables win when both are set.
    public init(environment: [String: String]) throws(BatchError) {
        func number(_ name: String) throws(BatchError) -> Int? {
            guard let text = environment[name] else { return nil }
            guard let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
                throw BatchError(.usage, "shard auto: \(name)='\(text)' is not a whole number")
            }
            return value
        }
        if let id = try number("SLURM_ARRAY_TASK_ID") {
            guard let count = try number("SLURM_ARRAY_TASK_COUNT"), let first = try number("SLURM_ARRAY_TASK_MIN") else {
                throw BatchError(.usage, "shard auto: SLURM_ARRAY_TASK_ID is set but SLURM_ARRAY_TASK_COUNT or SLURM_ARRAY_TASK_MIN is not")
            }
            let step = try number("SLURM_ARRAY_TASK_STEP") ?? 1
            let last = try number("SLURM_ARRAY_TASK_MAX")
            guard step >= 1, count >= 1, (id - first) % step == 0, last.map({ $0 == first + (count - 1) * step }) ?? true else {
                throw BatchError(.usage, "shard auto: the Slurm array is not a range A-B[:S] (task \(id), \(count) tasks from \(first), step \(step)); submit it as --array=0-\(max(count, 1) - 1)")
            }
            try self.init(index: (id - first) / step + 1, count: count)
        } else if let index = try number("JOB_COMPLETION_INDEX") {
            guard let count = try number("LETTERS_SHARD_COUNT") else {
                throw BatchError(.usage, "shard auto: JOB_COMPLETION_INDEX is set but LETTERS_SHARD_COUNT is not; set it to the Job's completions")
            }
            try self.init(index: index + 1, count: count)
        } else {
            throw BatchError(.usage, "shard auto: no scheduler's shard in the environment (SLURM_ARRAY_TASK_ID, or JOB_COMPLETION_INDEX with LETTERS_SHARD_COUNT)")
        }
    }

    /// Whether the input at `relativePath` (relative to the folder given on the command line)
    /// belongs to this shard.
    public func contains(relativePath: String) -> Bool {
        let digest = SHA256.digest(Data(relativePath.utf8))
        let value = digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return Int(value % UInt64(count)) == index - 1
    }

    public var description: String { "\(index)/\(count)" }
}
