import Foundation
import LetterExtractor
import LetterModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The worker side of a batch: a process that converts documents one at a time for its parent.
///
/// It reads one ``WorkerRequest`` per line on standard input, converts the document, writes the
/// JSON atomically and answers one ``WorkerReply`` line. Anything else that would go to standard
/// output (a library printing) is sent to standard error, so the reply channel stays clean. The
/// parent reads standard error only to explain a crash.
public enum BatchWorker {
    /// Serves requests until standard input closes; returns the exit status.
    ///
    /// - Parameter memoryLimitMB: caps the worker's address space (`RLIMIT_AS`), so a document
    ///   that makes Poppler allocate without bound kills this worker, not the machine.
    /// - Parameter options: how each document is extracted (OCR mode and language).
    public static func serve(memoryLimitMB: Int?, options: ExtractionOptions = ExtractionOptions()) -> Int32 {
        let replies = dup(STDOUT_FILENO)
        guard replies >= 0, dup2(STDERR_FILENO, STDOUT_FILENO) >= 0 else { return 2 }
        if let memoryLimitMB, !limitAddressSpace(megabytes: memoryLimitMB) {
            FileHandle.standardError.write(Data("letters worker: cannot set the memory limit\n".utf8))
            return 2
        }
        exitWhenOrphaned()
        while let line = readLine(strippingNewline: true) {
            let reply: WorkerReply
            if let request = LineCodec.decode(WorkerRequest.self, from: Data(line.utf8)) {
                reply = convert(request, options: options)
            } else {
                reply = WorkerReply(ok: false, seconds: 0, error: "malformed request")
            }
            guard writeAll(replies, LineCodec.encode(reply)) else { return 1 }
        }
        return 0
    }

    static func convert(_ request: WorkerRequest, options: ExtractionOptions = ExtractionOptions()) -> WorkerReply {
        let start = ContinuousClock.now
        func elapsed() -> Double { (ContinuousClock.now - start).seconds }
        TestHooks.apply(toInput: request.input)
        do {
            let conversion = try LetterExtractor.convert(path: request.input, to: request.format ?? .json, options: options)
            let letter = conversion.letter
            try AtomicWrite.write(conversion.output, to: request.output)
            return WorkerReply(ok: true, sourceSHA256: letter.source.sha256, outputSHA256: SHA256.hex(conversion.output),
                               pages: letter.source.pages, seconds: elapsed(), ocrPages: letter.source.ocr?.count,
                               review: ReviewPriority.codes(letter.warnings), reviewScore: ReviewPriority.score(letter.warnings))
        } catch let error as ExtractionError {
            return WorkerReply(ok: false, sourceSHA256: digest(of: request.input), seconds: elapsed(), error: error.reason)
        } catch let error as BatchError {
            return WorkerReply(ok: false, sourceSHA256: digest(of: request.input), seconds: elapsed(), error: error.message)
        } catch {
            return WorkerReply(ok: false, sourceSHA256: digest(of: request.input), seconds: elapsed(), error: "cannot encode JSON: \(error)")
        }
    }

    static func digest(of path: String) -> String? {
        (try? Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)).map(SHA256.hex)
    }

    private static func limitAddressSpace(megabytes: Int) -> Bool {
        // AddressSanitizer and ThreadSanitizer map terabytes of shadow memory up front; under a
        // cap of a few GB their first allocation fails. A sanitizer build (`swift test
        // --sanitize=…`, docs/reliability.md#sanitizers) runs its workers uncapped.
        if runsUnderSanitizer { return true }
        var limit = rlimit()
        #if os(Linux)
        let resource = __rlimit_resource_t(RLIMIT_AS.rawValue)
        #else
        let resource = RLIMIT_AS
        #endif
        guard getrlimit(resource, &limit) == 0 else { return false }
        let wanted = rlim_t(megabytes) << 20
        limit.rlim_cur = min(wanted, limit.rlim_max)  // RLIM_INFINITY is the largest value.
        return setrlimit(resource, &limit) == 0
    }

    /// Whether this process carries the AddressSanitizer or ThreadSanitizer runtime.
    static let runsUnderSanitizer: Bool = ["__asan_init", "__tsan_init"].contains { (name: String) in dlsym(nil, name) != nil }

    /// A worker whose parent was killed (`kill -9` of the batch) must not go on alone: a thread
    /// watches the parent and ends the process when it is gone. Without a pending document the
    /// closed standard input ends it anyway.
    private static func exitWhenOrphaned() {
        let parent = getppid()
        Thread.detachNewThread {
            while true {
                usleep(250_000)
                if getppid() != parent { _exit(3) }
            }
        }
    }
}

extension Duration {
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
