import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The parent's handle on one worker process: its pid, the three pipes and the job it runs.
///
/// Pipes are close-on-exec in the parent, so a worker never holds another worker's pipe ends.
/// Standard output and error are read without blocking, from the parent's `poll(2)` loop.
final class WorkerProcess {
    let pid: pid_t
    private var input: Int32
    let output: Int32
    let errors: Int32
    private var outputBuffer: [UInt8] = []
    /// The last few KiB of standard error since the current job started: explains a crash.
    private(set) var errorTail: [UInt8] = []
    private var reaped = false

    /// The job in progress: its index in the plan, when it started and when it times out.
    var job: Int?
    var started = ContinuousClock.now
    var deadline = ContinuousClock.now

    private static let errorTailLimit = 4096

    /// Starts `command` (`[executable, arguments…]`) with `environment`.
    init(command: [String], environment: [String: String]) throws(BatchError) {
        var stdinPipe: [Int32] = [-1, -1], stdoutPipe: [Int32] = [-1, -1], stderrPipe: [Int32] = [-1, -1]
        guard Self.makePipe(&stdinPipe), Self.makePipe(&stdoutPipe), Self.makePipe(&stderrPipe) else {
            throw BatchError(.io, "cannot create pipes for a worker: \(String(cString: strerror(errno)))")
        }
        #if os(Linux)
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #else
        var actions: posix_spawn_file_actions_t? = nil
        var attributes: posix_spawnattr_t? = nil
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdinPipe[0], STDIN_FILENO)
        posix_spawn_file_actions_adddup2(&actions, stdoutPipe[1], STDOUT_FILENO)
        posix_spawn_file_actions_adddup2(&actions, stderrPipe[1], STDERR_FILENO)

        // The parent ignores SIGPIPE (a dead worker's pipe must not kill it); the worker should not.
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))

        let argv = command.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, command[0], &actions, &attributes, argv, envp)
        for fd in [stdinPipe[0], stdoutPipe[1], stderrPipe[1]] { closeDescriptor(fd) }
        guard status == 0 else {
            for fd in [stdinPipe[1], stdoutPipe[0], stderrPipe[0]] { closeDescriptor(fd) }
            throw BatchError(.io, "cannot start worker \(command[0]): \(String(cString: strerror(status)))")
        }
        self.pid = pid
        self.input = stdinPipe[1]
        self.output = stdoutPipe[0]
        self.errors = stderrPipe[0]
        _ = fcntl(output, F_SETFL, fcntl(output, F_GETFL) | O_NONBLOCK)
        _ = fcntl(errors, F_SETFL, fcntl(errors, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        if !reaped { terminate() }
        for fd in [input, output, errors] where fd >= 0 { closeDescriptor(fd) }
    }

    /// Hands the worker its next document. False when the worker is gone.
    func send(_ request: WorkerRequest, job: Int, timeout: Duration) -> Bool {
        self.job = job
        started = .now
        deadline = started + timeout
        errorTail.removeAll(keepingCapacity: true)
        return writeAll(input, LineCodec.encode(request))
    }

    /// Reads what the worker has answered so far; `ended` at end of file (the worker is gone).
    func readReplies() -> (replies: [WorkerReply], ended: Bool) {
        var chunk = [UInt8](repeating: 0, count: 16384)
        var ended = false
        while true {
            let n = read(output, &chunk, chunk.count)
            if n > 0 { outputBuffer.append(contentsOf: chunk[0..<n]); continue }
            if n == 0 { ended = true }
            if n < 0 && errno == EINTR { continue }
            break  // End of file, or EAGAIN: nothing more for now.
        }
        var replies: [WorkerReply] = []
        while let newline = outputBuffer.firstIndex(of: 0x0A) {
            if let reply = LineCodec.decode(WorkerReply.self, from: outputBuffer[..<newline]) { replies.append(reply) }
            outputBuffer.removeSubrange(...newline)
        }
        return (replies, ended)
    }

    /// Keeps the tail of the worker's standard error. Returns false at end of file.
    @discardableResult
    func readErrors() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(errors, &chunk, chunk.count)
            if n > 0 {
                errorTail.append(contentsOf: chunk[0..<n])
                if errorTail.count > Self.errorTailLimit { errorTail.removeFirst(errorTail.count - Self.errorTailLimit) }
                continue
            }
            if n == 0 { return false }
            if errno == EINTR { continue }
            return true
        }
    }

    /// Asks an idle worker to finish (end of its standard input) and waits for it.
    func finish() {
        closeDescriptor(input)
        input = -1
        _ = reap()
    }

    /// Kills the worker (`SIGKILL`) and waits for it.
    func terminate() {
        kill(pid, SIGKILL)
        _ = reap()
    }

    /// How the worker ended.
    enum Termination: Equatable { case exited(Int32), signaled(Int32) }

    /// Waits for the worker to end; then drains what it left on standard error.
    func reap() -> Termination {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        reaped = true
        _ = fcntl(errors, F_SETFL, fcntl(errors, F_GETFL) & ~O_NONBLOCK)
        while readErrors() {}
        // WIFSIGNALED / WTERMSIG / WEXITSTATUS are macros that Swift does not import.
        let signal = status & 0x7F
        return signal == 0 ? .exited((status >> 8) & 0xFF) : .signaled(signal)
    }

    private static func makePipe(_ fds: inout [Int32]) -> Bool {
        guard pipe(&fds) == 0 else { return false }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        return true
    }
}
