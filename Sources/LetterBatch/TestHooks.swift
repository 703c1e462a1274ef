import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Misbehaviours on demand, so tests can check that the batch survives them.
///
/// Active only when the worker's environment has `LETTERS_TEST_HOOKS=1`; otherwise the file
/// names below are ordinary names. With the variable set, a document whose file name contains
/// - `crash-hook` makes the worker raise `SIGSEGV`, as a Poppler crash would;
/// - `hang-hook` makes it sleep forever (until `--timeout` kills it);
/// - `memory-hook` makes it reserve address space 64 MiB at a time, up to 16 GiB, through the
///   Swift allocator, which traps with "Could not allocate memory" once `--memory-limit` is hit;
///   without a limit it gives up and converts the document normally;
/// - `slow-hook` adds 0.2 s before converting normally (to catch a batch mid-run).
enum TestHooks {
    static let enabled = ProcessInfo.processInfo.environment["LETTERS_TEST_HOOKS"] == "1"

    static func apply(toInput path: String) {
        guard enabled else { return }
        let name = (path as NSString).lastPathComponent
        if name.contains("crash-hook") {
            raise(SIGSEGV)
        }
        if name.contains("hang-hook") {
            while true { sleep(3600) }
        }
        if name.contains("memory-hook") {
            var reserved: [UnsafeMutableRawPointer] = []
            for _ in 0..<256 {
                reserved.append(UnsafeMutableRawPointer.allocate(byteCount: 64 << 20, alignment: 16))
            }
            for block in reserved { block.deallocate() }
        }
        if name.contains("slow-hook") {
            usleep(200_000)
        }
    }
}
