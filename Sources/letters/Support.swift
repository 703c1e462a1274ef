import Foundation

/// One-line messages on standard error, always `letters: FILE: reason`.
enum Diagnostics {
    static func report(file: String, reason: String) {
        FileHandle.standardError.write(Data("letters: \(file): \(reason)\n".utf8))
    }
}

/// Output names: `letter.pdf` → `letter.json`.
enum OutputName {
    static func json(for path: String) -> String {
        let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return base + ".json"
    }
}

/// Writes a file so that readers see either the old content or the complete new one, never a
/// half-written file: write to a temporary file in the same folder, flush it to disk, then
/// rename(2) it over the target, which replaces an existing file atomically.
///
/// (`FileManager.replaceItemAt` is not used: in swift-corelibs-foundation on Linux it failed
/// with "file doesn't exist" and left the target deleted.)
enum AtomicFile {
    /// Why a write failed, as one line: `cannot write PATH: reason`.
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "cannot write \(path): \(reason)" }
    }

    static func write(_ data: Data, to path: String) throws(Failure) {
        let url = URL(fileURLWithPath: path)
        let temp = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temp)
            let handle = try FileHandle(forUpdating: temp)
            defer { try? handle.close() }
            try handle.synchronize()
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw Failure(path: path, reason: message(for: error))
        }
        if rename(temp.path, path) != 0 {
            let code = errno
            try? FileManager.default.removeItem(at: temp)
            throw Failure(path: path, reason: String(cString: strerror(code)))
        }
    }

    /// The operating system's reason ("No such file or directory") rather than a dump of NSError.
    private static func message(for error: Error) -> String {
        let ns = error as NSError
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return ns.localizedDescription
    }
}

/// `--max-input-mb`: sets LETTERS_MAX_INPUT_MB for this process and the worker processes it
/// starts, which read their limits from the environment (``InputLimits``).
enum InputLimitOption {
    static func apply(_ mb: Double) {
        setenv("LETTERS_MAX_INPUT_MB", String(mb), 1)
        for format in ["TEXT", "MARKDOWN", "HTML", "PDF"] { unsetenv("LETTERS_MAX_\(format)_MB") }
    }
}
