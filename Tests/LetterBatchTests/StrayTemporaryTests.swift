import Foundation
@testable import LetterBatch
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// A rerun deletes the half-written files of processes that are gone, zombies included, and
/// keeps those of processes that still run.
final class StrayTemporaryTests: XCTestCase {
    /// Starts `/bin/sh -c script` without waiting for it; the caller reaps it.
    private func spawn(_ script: String) throws -> pid_t {
        var pid: pid_t = 0
        let args = ["/bin/sh", "-c", script]
        var argv: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        let status = posix_spawn(&pid, "/bin/sh", nil, nil, &argv, environ)
        guard status == 0 else { throw XCTSkip("posix_spawn failed: \(status)") }
        return pid
    }

    func testAZombiesFileIsRemovedAndALiveProcessesFileKept() throws {
        #if os(Linux)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stray-\(getpid())-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }

        let exited = try spawn("exit 0")
        let running = try spawn("sleep 30")
        defer { kill(running, SIGKILL); var s: Int32 = 0; waitpid(running, &s, 0) }
        // Not reaped yet: a zombie, which kill(pid, 0) still finds.
        var state = ""
        for _ in 0..<200 {
            if let stat = try? String(contentsOfFile: "/proc/\(exited)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") {
                state = String(stat[stat.index(after: close)...].split(separator: " ").first ?? "")
                if state == "Z" { break }
            }
            usleep(10_000)
        }
        XCTAssertEqual(state, "Z", "the child is a zombie until reaped")
        XCTAssertEqual(kill(exited, 0), 0)

        let zombieFile = folder + "/.a.json.\(exited).letters-tmp"
        let liveFile = folder + "/.b.json.\(running).letters-tmp"
        FileManager.default.createFile(atPath: zombieFile, contents: Data("{\"partial".utf8))
        FileManager.default.createFile(atPath: liveFile, contents: Data("{\"partial".utf8))
        XCTAssertEqual(AtomicWrite.removeStrayTemporaries(under: folder), 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: zombieFile), "a zombie runs no more")
        XCTAssertTrue(FileManager.default.fileExists(atPath: liveFile), "a running process may still rename its file")
        var status: Int32 = 0
        waitpid(exited, &status, 0)
        #else
        throw XCTSkip("zombie states are read from /proc")
        #endif
    }
}
