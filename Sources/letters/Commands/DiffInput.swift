import Foundation
import LetterArchive
import LetterExtractor
import LetterModel

/// One side of `letters diff`: where a version of a letter comes from.
///
/// An enum so that the archive can add `.archive(id:db:)` as one more case with its own
/// `load()` branch, without touching the comparison or the renderers.
enum DiffInput {
    /// A PDF, text, Markdown or HTML letter (extracted now) or an extracted JSON file.
    case file(String)
    /// A letter in an archive: its id or a prefix of its source's SHA-256, and the `--db` location.
    case archive(reference: String, db: String)

    /// A side as given on the command line: with `--db`, an argument that names no file is an
    /// archive reference.
    init(_ argument: String, db: String?) {
        if let db, !FileManager.default.fileExists(atPath: argument) {
            self = .archive(reference: argument, db: db)
        } else {
            self = .file(argument)
        }
    }

    /// The name shown in the report and in error messages.
    var label: String {
        switch self {
        case let .file(path): return path
        case let .archive(reference, _): return "archive:\(reference)"
        }
    }

    /// Reads the letter. Errors are one-line reasons for `letters: FILE: reason`.
    func load() throws(ExtractionError) -> Letter {
        switch self {
        case let .file(path):
            // A letter JSON is read, a document extracted; `-` is standard input.
            return try LetterExtractor.letter(path: path)
        case let .archive(reference, db):
            do {
                let archive = try Archive(location: db, access: .readOnly)
                defer { archive.close() }
                guard let letter = try archive.letter(id: try archive.resolve(reference)) else {
                    throw ExtractionError(file: label, reason: "no such letter in \(db)")
                }
                return letter
            } catch let error as ExtractionError {
                throw error
            } catch let error as ArchiveError {
                throw ExtractionError(file: label, reason: error.message)
            } catch {
                throw ExtractionError(file: label, reason: "cannot read the archive: \(error)")
            }
        }
    }
}
