import Foundation
import LetterExtractor

/// One-line messages on standard error, always `letters: FILE: reason`.
enum Diagnostics {
    static func report(file: String, reason: String) {
        FileHandle.standardError.write(Data("letters: \(file): \(reason)\n".utf8))
    }
}

/// Output names: `letter.pdf` → `letter.json` (`.xml`, `.md`, `.txt` for the other formats).
enum OutputName {
    static func json(for path: String) -> String { name(for: path, format: .json) }

    static func name(for path: String, format: OutputFormat) -> String {
        let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return base + "." + format.fileExtension
    }

    /// True when both paths name one existing file (`extract notes.md --format md -o .` would
    /// otherwise replace the letter with its own rendering).
    static func isSameFile(_ a: String, _ b: String) -> Bool {
        var first = stat(), second = stat()
        guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
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

    /// The operating system's reason ("no such file or directory (errno 2)"), never a dump of NSError.
    private static func message(for error: Error) -> String {
        FileErrorText.describe(error)
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
