import Foundation
import LetterModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a batch knows about the outputs already in its folder, so that a rerun skips them.
///
/// The JSON shape of a letter has no room for the extractor version, so the batch keeps a
/// sidecar journal, `OUT/.batch-state.ndjson` (`.batch-state.shard-K-of-N.ndjson` for a shard, so
/// that shards sharing a folder never write the same file). Each line is one ``Record``,
/// appended right after its output was renamed into place; a line cut short by `kill -9` is
/// ignored. At the end of a run the journal is rewritten, one line per output. A rerun reads all
/// journals in the folder.
///
/// An output is skipped only when its record matches all three: the SHA-256 of the source bytes
/// now, the SHA-256 of the output file now (so the file is the very one recorded), and
/// ``LetterExtractor/version``. Anything else, including a missing record, converts again.
struct ResumeJournal {
    struct Record: Codable, Equatable {
        /// Relative to the output folder.
        var output: String
        var sourceSHA256: String
        var outputSHA256: String
        var extractorVersion: String
        var pages: Int?
        /// The letter's warning codes and review score, so a rerun that skips it still lists it
        /// in the report's `needs_review` (absent in journals written before they were kept).
        var review: [String]? = nil
        var reviewScore: Int? = nil

        enum CodingKeys: String, CodingKey {
            case output, sourceSHA256 = "source_sha256", outputSHA256 = "output_sha256"
            case extractorVersion = "extractor_version", pages, review, reviewScore = "review_score"
        }
    }

    static let prefix = ".batch-state"

    let folder: String
    let fileName: String
    /// The latest record per output, from every journal in the folder.
    private(set) var records: [String: Record] = [:]
    /// The records of this journal file, kept when it is rewritten.
    private var own: [String: Record] = [:]
    private var handle: Int32 = -1

    init(folder: String, shard: Shard?) {
        self.folder = folder
        self.fileName = shard.map { "\(Self.prefix).shard-\($0.index)-of-\($0.count).ndjson" } ?? "\(Self.prefix).ndjson"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        // Other journals first, this one last: its records win.
        for name in names.sorted() where name.hasPrefix(Self.prefix) && name.hasSuffix(".ndjson") && name != fileName {
            for record in Self.read((folder as NSString).appendingPathComponent(name)) { records[record.output] = record }
        }
        for record in Self.read(path) {
            records[record.output] = record
            own[record.output] = record
        }
    }

    var path: String { (folder as NSString).appendingPathComponent(fileName) }

    /// The record allowing `input` to be skipped, if there is one.
    func upToDate(_ input: BatchInput, version: String) -> Record? {
        guard let record = records[input.outputPath], record.extractorVersion == version else { return nil }
        let output = (folder as NSString).appendingPathComponent(input.outputPath)
        guard let outputData = try? Data(contentsOf: URL(fileURLWithPath: output)),
              SHA256.hex(outputData) == record.outputSHA256,
              let sourceData = try? Data(contentsOf: URL(fileURLWithPath: input.path), options: .mappedIfSafe),
              SHA256.hex(sourceData) == record.sourceSHA256
        else { return nil }
        return record
    }

    /// Appends `record` with one `write(2)`, so a kill leaves at most one partial last line.
    mutating func append(_ record: Record) throws(BatchError) {
        if handle < 0 {
            handle = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
            guard handle >= 0 else { throw BatchError(.io, "cannot open \(path): \(String(cString: strerror(errno)))") }
            // A line cut short by a kill would swallow the next one: start on a fresh line.
            if let existing = try? Data(contentsOf: URL(fileURLWithPath: path)), let last = existing.last, last != 0x0A {
                _ = writeAll(handle, Data([0x0A]))
            }
        }
        records[record.output] = record
        own[record.output] = record
        guard writeAll(handle, LineCodec.encode(record)) else {
            throw BatchError(.io, "cannot append to \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// Rewrites this journal with one line per output, in output order.
    mutating func compact() throws(BatchError) {
        close()
        let lines = own.values.sorted { $0.output.utf8Precedes($1.output) }.map(LineCodec.encode)
        try AtomicWrite.write(lines.reduce(into: Data()) { $0.append($1) }, to: path)
    }

    mutating func close() {
        if handle >= 0 { closeDescriptor(handle) }
        handle = -1
    }

    private static func read(_ path: String) -> [Record] {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path)) else { return [] }
        return data.split(separator: 0x0A).compactMap { LineCodec.decode(Record.self, from: $0) }
    }
}
