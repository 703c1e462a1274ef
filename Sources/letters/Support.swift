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
/// half-written file: write to a temporary file in the same folder, flush, then rename.
enum AtomicFile {
    static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temp = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temp)
            if FileManager.default.fileExists(atPath: path) { _ = try FileManager.default.replaceItemAt(url, withItemAt: temp) }
            else { try FileManager.default.moveItem(at: temp, to: url) }
        } catch {
            try? FileManager.default.removeItem(at: temp)
            throw error
        }
    }
}
