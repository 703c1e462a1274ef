import Foundation
import LetterExtractor
import LetterModel

/// One side of `letters diff`: where a version of a letter comes from.
///
/// An enum so that the archive can add `.archive(id:db:)` as one more case with its own
/// `load()` branch, without touching the comparison or the renderers.
enum DiffInput {
    /// A PDF, text or Markdown letter (extracted now) or an extracted JSON file.
    case file(String)

    /// The name shown in the report and in error messages.
    var label: String {
        switch self {
        case let .file(path): return path
        }
    }

    /// Reads the letter. Errors are one-line reasons for `letters: FILE: reason`.
    func load() throws(ExtractionError) -> Letter {
        switch self {
        case let .file(path):
            if Self.isJSON(path: path) { return try Self.decode(path: path) }
            return try LetterExtractor.extract(path: path)
        }
    }

    /// `.json` by extension, or an unknown extension whose content starts with `{`: extracted
    /// letters are sometimes saved without one. `.txt`/`.md`/`.pdf` are never taken as JSON.
    static func isJSON(path: String) -> Bool {
        let ext = (path as NSString).pathExtension.lowercased()
        if ext == "json" { return true }
        if SourceFormat.extensions[ext] != nil { return false }
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 64)) ?? Data()
        return String(decoding: head, as: UTF8.self).first { !$0.isWhitespace } == "{"
    }

    private static func decode(path: String) throws(ExtractionError) -> Letter {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            var isDir: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDir)
            throw ExtractionError(file: path, reason: !exists ? "no such file" : isDir.boolValue ? "is a directory" : "cannot read file")
        }
        if data.isEmpty { throw ExtractionError(file: path, reason: "empty file") }
        do {
            return try CanonicalJSON.decodeLetter(data)
        } catch DecodingError.dataCorrupted {
            throw ExtractionError(file: path, reason: "not valid JSON")
        } catch {
            throw ExtractionError(file: path, reason: "not a letter JSON (as written by `letters extract`)")
        }
    }
}
