import Foundation
import LetterExtractor
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that anyone looking, including a rerun after `kill -9`, sees either no file,
/// the previous file or the complete new one.
///
/// The bytes go to `.NAME.PID.letters-tmp` in the same folder, which is then renamed over
/// `NAME` (`rename(2)` is atomic within a file system). Temporary names never end in `.json`;
/// ``removeStrayTemporaries(under:)`` deletes those whose process is gone. There is no `fsync`:
/// the guarantee covers killed processes, not power loss.
enum AtomicWrite {
    static let temporarySuffix = ".letters-tmp"

    static func write(_ data: Data, to path: String) throws(BatchError) {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (folder as NSString).appendingPathComponent(".\(name).\(getpid())\(temporarySuffix)")
        do {
            try data.write(to: URL(fileURLWithPath: temporary))
        } catch {
            unlink(temporary)
            throw BatchError(.io, "cannot write \(temporary): \(FileErrorText.describe(error))")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw BatchError(.io, "cannot rename \(temporary) to \(name): \(reason)")
        }
    }

    /// Deletes temporary files under `root` left by processes that no longer run (a killed
    /// batch); those of live processes, such as another shard writing to the same folder, stay.
    /// Returns how many were removed.
    @discardableResult
    static func removeStrayTemporaries(under root: String) -> Int {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return 0 }
        var removed = 0
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            guard name.hasPrefix("."), name.hasSuffix(temporarySuffix) else { continue }
            let stem = name.dropLast(temporarySuffix.count)
            if let dot = stem.lastIndex(of: "."), let pid = pid_t(stem[stem.index(after: dot)...]),
               pid != getpid(), processRuns(pid) {
                continue
            }
            if unlink((root as NSString).appendingPathComponent(relative)) == 0 { removed += 1 }
        }
        return removed
    }

    /// Whether process `pid` still runs. A zombie does not: a worker killed with its batch
    /// stays one until something reaps it (a container's first process may never do so), and
    /// its half-written file must not outlive it for that.
    static func processRuns(_ pid: pid_t) -> Bool {
        guard kill(pid, 0) == 0 || errno == EPERM else { return false }
        #if os(Linux)
        if let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
           let close = stat.lastIndex(of: ")"),
           stat[stat.index(after: close)...].split(separator: " ").first == "Z" {
            return false
        }
        #endif
        return true
    }
}
