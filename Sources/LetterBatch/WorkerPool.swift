import Foundation
import LetterExtractor
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps up to `jobs` workers busy with a queue of documents, from one thread with `poll(2)`.
///
/// A worker that dies (a crash, the memory cap) fails its document with the reason and is
/// replaced when the next document needs it; one that runs past the timeout is killed. Workers
/// persist across documents, so starting a process is paid once per worker, not per document.
final class WorkerPool {
    enum Outcome {
        case converted(WorkerReply)
        case failed(reason: String, sha256: String?, seconds: Double)
    }

    private let configuration: BatchConfiguration
    private let command: [String]
    private let environment: [String: String]
    private var workers: [WorkerProcess?] = []

    init(configuration: BatchConfiguration) {
        self.configuration = configuration
        var command = configuration.workerCommand
        if let limit = configuration.memoryLimitMB { command += ["--memory-limit", String(limit)] }
        self.command = command
        var environment = ProcessInfo.processInfo.environment
        // Swift's crash backtracer can take seconds; a crash is reported from the exit signal.
        if environment["SWIFT_BACKTRACE"] == nil { environment["SWIFT_BACKTRACE"] = "enable=no" }
        // Tesseract's OpenMP reads this at process start: one thread per worker, as --jobs plans.
        if environment["OMP_THREAD_LIMIT"] == nil { environment["OMP_THREAD_LIMIT"] = "1" }
        self.environment = environment
        signal(SIGPIPE, SIG_IGN)
    }

    /// Converts `queue`, calling `settle` once per document (by its index in `queue`) as it
    /// ends, and `tick` whenever the loop wakes (at least five times a second) so progress can
    /// be drawn.
    func run(
        _ queue: [BatchInput],
        settle: (Int, Outcome) throws(BatchError) -> Void,
        tick: () -> Void
    ) throws(BatchError) {
        let slots = max(1, min(configuration.jobs, queue.count))
        workers = Array(repeating: nil, count: slots)
        var next = 0
        func handOut() throws(BatchError) {
            for slot in workers.indices where next < queue.count && workers[slot]?.job == nil {
                let job = next
                next += 1
                if let failure = try start(slot: slot, input: queue[job], job: job) { try settle(job, failure) }
            }
        }
        while true {
            try handOut()
            let busy = workers.indices.filter { workers[$0]?.job != nil }
            if busy.isEmpty {
                if next >= queue.count { break }
                continue
            }
            let ended = wait(busy: busy, queue: queue)
            // A worker that just answered gets its next document before the parent's
            // bookkeeping (journal, progress), so it never waits for it.
            try handOut()
            for (job, outcome) in ended { try settle(job, outcome) }
            tick()
        }
    }

    /// Ends idle workers by closing their input and kills busy ones.
    func shutDown() {
        for case let worker? in workers {
            if worker.job == nil { worker.finish() } else { worker.terminate() }
        }
        workers = []
    }

    /// Hands `input` to the worker in `slot`, starting one if needed. A worker found dead on
    /// hand-over is replaced once; returns a failure if the new one refuses too.
    private func start(slot: Int, input: BatchInput, job: Int) throws(BatchError) -> Outcome? {
        let folder = ((configuration.outputFolder as NSString).appendingPathComponent(input.outputPath) as NSString)
            .deletingLastPathComponent
        do {
            try FileErrorText.createFolder(folder)
        } catch {
            return .failed(reason: "cannot create \(folder): \(error)", sha256: nil, seconds: 0)
        }
        let request = WorkerRequest(input: input.path,
                                    output: (configuration.outputFolder as NSString).appendingPathComponent(input.outputPath),
                                    format: configuration.format == .json ? nil : configuration.format)
        for _ in 0..<2 {
            let worker: WorkerProcess
            if let running = workers[slot] {
                worker = running
            } else {
                worker = try WorkerProcess(command: command, environment: environment)
                workers[slot] = worker
            }
            if worker.send(request, job: job, timeout: configuration.timeout) { return nil }
            worker.job = nil
            _ = worker.reap()
            workers[slot] = nil
        }
        return .failed(reason: "a new worker stopped before taking the document", sha256: nil, seconds: 0)
    }

    /// Waits for replies, deaths and timeouts among the busy workers; returns the documents
    /// that ended, by queue index, in the order they ended.
    private func wait(busy: [Int], queue: [BatchInput]) -> [(Int, Outcome)] {
        var ended: [(Int, Outcome)] = []
        var fds: [pollfd] = []
        for slot in busy {
            fds.append(pollfd(fd: workers[slot]!.output, events: Int16(POLLIN), revents: 0))
            fds.append(pollfd(fd: workers[slot]!.errors, events: Int16(POLLIN), revents: 0))
        }
        let nearest = busy.map { workers[$0]!.deadline }.min()!
        let untilDeadline = Int(((nearest - .now).seconds * 1000).rounded(.up))
        _ = poll(&fds, nfds_t(fds.count), Int32(max(0, min(untilDeadline, 200))))

        for (i, slot) in busy.enumerated() {
            guard let worker = workers[slot], let job = worker.job else { continue }
            if fds[2 * i + 1].revents != 0 { worker.readErrors() }
            guard fds[2 * i].revents != 0 else { continue }
            let (replies, closed) = worker.readReplies()
            if let reply = replies.first {
                worker.job = nil
                ended.append((job, reply.ok
                    ? .converted(reply)
                    : .failed(reason: reply.error ?? "unknown error", sha256: reply.sourceSHA256, seconds: reply.seconds)))
            }
            if closed {
                let seconds = (ContinuousClock.now - worker.started).seconds
                let termination = worker.reap()
                workers[slot] = nil
                if worker.job != nil {
                    ended.append((job, .failed(reason: describe(termination, errors: worker.errorTail),
                                               sha256: BatchWorker.digest(of: queue[job].path), seconds: seconds)))
                }
            }
        }

        let now = ContinuousClock.now
        for slot in busy {
            guard let worker = workers[slot], let job = worker.job, now >= worker.deadline else { continue }
            worker.terminate()
            workers[slot] = nil
            ended.append((job, .failed(reason: "timed out after \(Self.format(configuration.timeout)) (worker killed)",
                                       sha256: BatchWorker.digest(of: queue[job].path),
                                       seconds: (now - worker.started).seconds)))
        }
        return ended
    }

    /// A one-line reason for a worker that died on a document.
    func describe(_ termination: WorkerProcess.Termination, errors: [UInt8]) -> String {
        // The runtime's "Fatal error: …" rather than the stack trace after it.
        let lines = String(decoding: errors, as: UTF8.self).split(whereSeparator: \.isNewline)
        let lastLine = (lines.first { $0.lowercased().contains("error") } ?? lines.last)
            .map { String($0.trimmingCharacters(in: .whitespaces).prefix(200)) }
        let how: String
        switch termination {
        case .signaled(let number): how = "worker crashed (\(Self.signalName(number)))"
        case .exited(let status): how = "worker exited with status \(status)"
        }
        let text = String(decoding: errors, as: UTF8.self).lowercased()
        if let limit = configuration.memoryLimitMB, text.contains("allocate") || text.contains("bad_alloc") {
            return "out of memory (over the \(limit) MB --memory-limit): \(how)" + (lastLine.map { ": \($0)" } ?? "")
        }
        return how + (lastLine.map { ": \($0)" } ?? "")
    }

    static func signalName(_ number: Int32) -> String {
        let names: [Int32: String] = [SIGSEGV: "SIGSEGV", SIGABRT: "SIGABRT", SIGBUS: "SIGBUS", SIGILL: "SIGILL",
                                      SIGTRAP: "SIGTRAP", SIGFPE: "SIGFPE", SIGKILL: "SIGKILL", SIGTERM: "SIGTERM"]
        return names[number] ?? "signal \(number)"
    }

    static func format(_ duration: Duration) -> String {
        let seconds = duration.seconds
        return seconds == seconds.rounded() ? "\(Int(seconds)) s" : String(format: "%.1f s", seconds)
    }
}
