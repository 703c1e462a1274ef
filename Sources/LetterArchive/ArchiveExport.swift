import Foundation
import LetterModel

/// `archive export`: every letter, in id order, as JSON Lines or CSV.
public enum ArchiveExport {
    public enum Format: String, CaseIterable, Sendable { case jsonl, csv }

    static let csvColumns = ["id", "sha256", "file", "format", "date", "language", "subject", "sender", "addressee",
                             "signatory_count", "signatories", "calls_to_action", "footnotes"]

    /// Writes the export through `write`, one line (or the CSV header) at a time, so an archive
    /// of any size streams out without being held in memory.
    public static func run(_ archive: Archive, format: Format, write: (String) -> Void) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if format == .csv { write(csvLine(csvColumns)) }
        try archive.store.forEachLetter { id, json in
            let letter: Letter
            do { letter = try ArchiveRecord.decode(Data(json.utf8)) } catch {
                throw ArchiveError("letter \(id): stored JSON does not decode: \(error)")
            }
            switch format {
            case .jsonl:
                // The canonical JSON on one line: the same keys and values as `show --json`.
                write(String(decoding: try encoder.encode(letter), as: UTF8.self) + "\n")
            case .csv:
                let record = try ArchiveRecord(letter)
                write(csvLine([
                    String(id), letter.source.sha256, letter.source.file, letter.source.format.rawValue, letter.date?.iso ?? "",
                    letter.language ?? "", letter.subject ?? "", record.sender ?? "", record.addressee ?? "",
                    String(letter.signatories.count), letter.signatories.map(\.name).joined(separator: "; "),
                    String(letter.callsToAction.count), String(letter.footnotes.count),
                ]))
            }
        }
    }

    /// Every letter with its id, in id order: for exports that need the whole archive at once
    /// (a CMIF file) or one file per letter (TEI).
    public static func letters(_ archive: Archive) throws -> [(id: Int64, letter: Letter)] {
        var result: [(id: Int64, letter: Letter)] = []
        try archive.store.forEachLetter { id, json in
            do { result.append((id, try ArchiveRecord.decode(Data(json.utf8)))) } catch {
                throw ArchiveError("letter \(id): stored JSON does not decode: \(error)")
            }
        }
        return result
    }

    /// RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled; CRLF ends a record.
    static func csvLine(_ fields: [String]) -> String {
        fields.map { field in
            field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",") + "\r\n"
    }
}
