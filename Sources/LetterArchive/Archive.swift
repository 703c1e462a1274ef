import Foundation
import LetterModel

/// An archive of letters, whichever store holds it: what the CLI and other commands use.
///
/// `location` picks the store: a `postgres://` (or `postgresql://`) URL is PostgreSQL, anything
/// else a path to an SQLite file (created when missing).
public final class Archive {
    public static let defaultLocation = "letters.sqlite"
    public let store: any ArchiveStore

    public init(location: String, access: ArchiveAccess = .readWrite(force: false), trace: (@Sendable (String) -> Void)? = nil) throws {
        store = PostgresURL.isPostgres(location)
            ? try PostgresStore(url: location, trace: trace)
            : try SQLiteStore(path: location, access: access, trace: trace)
    }

    public init(store: any ArchiveStore) { self.store = store }

    public func close() { store.close() }

    /// Stores `letter` once per source bytes (`source.sha256`); other JSON for known bytes
    /// replaces the stored record, which is kept as a revision. `path` is the file it came from.
    @discardableResult
    public func add(_ letter: Letter, path: String? = nil, pause: (() -> Void)? = nil) throws -> AddOutcome {
        try store.add(ArchiveRecord(letter), path: path, pause: pause)
    }

    /// The letters added from `path` (a file, or a folder: every file under it) as recorded, or,
    /// when none was recorded and `path` is a document on disk, the letter of its bytes.
    public func ids(source path: String) throws -> [Int64] {
        let absolute = Self.absolute(path)
        let recorded = try store.ids(sourcePath: absolute)
        if !recorded.isEmpty { return recorded }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isFolder), !isFolder.boolValue,
              let data = try? Data(contentsOf: URL(fileURLWithPath: absolute), options: .mappedIfSafe),
              let id = try store.id(sha256: SHA256.hex(data)) else { return [] }
        return [id]
    }

    /// A recorded path of letter `id` that still holds a document (not a JSON) with the letter's
    /// source bytes: the one whose file name is `source.file` when there is one (its conversion
    /// gives the same JSON as the first), else the first recorded. `nil` when none is on disk.
    public func sourceDocument(id: Int64) throws -> String? {
        guard let summary = try store.summary(id: id) else { return nil }
        let candidates = try store.sourcePaths(id: id).filter { (($0 as NSString).pathExtension.lowercased()) != "json" }
        let named = candidates.filter { ($0 as NSString).lastPathComponent == summary.file } + candidates
        return named.first { path in
            (try? Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)).map(SHA256.hex) == summary.sha256
        }
    }

    /// `path` made absolute against the working directory and standardized, as paths are recorded.
    public static func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        return (full as NSString).standardizingPath
    }

    /// The stored letter, decoded from its canonical JSON (for `letters diff --db`).
    public func letter(id: Int64) throws -> Letter? {
        guard let json = try store.json(id: id) else { return nil }
        do { return try ArchiveRecord.decode(Data(json.utf8)) } catch {
            throw ArchiveError("letter \(id): stored JSON does not decode: \(error)")
        }
    }

    /// The id a user means: a number, or a prefix of at least 6 hex digits of the source's SHA-256.
    public func resolve(_ reference: String) throws -> Int64 {
        if let id = Int64(reference), try store.json(id: id) != nil { return id }
        let hex = reference.lowercased()
        if hex.count >= 6, hex.allSatisfy(\.isHexDigit) {
            let ids = try store.ids(sha256Prefix: hex)
            if ids.count == 1 { return ids[0] }
            if ids.count > 1 { throw ArchiveError("\(reference): more than one letter has a SHA-256 starting so; give more digits") }
        }
        throw ArchiveError("\(reference): no such letter (give an id from search, or a SHA-256 prefix)")
    }

    /// The letters that are versions of letter `id`'s statement, itself included, by date (undated
    /// last), then id. Candidates come from the full-text index; each is then compared in full.
    public func versions(of id: Int64, candidateLimit: Int = 200) throws -> [VersionMatch] {
        guard let letter = try letter(id: id), let own = try store.summary(id: id) else {
            throw ArchiveError("\(id): no such letter")
        }
        let body = letter.body.map(\.text).joined(separator: "\n\n")
        let mine = VersionMatcher.shingles(body)
        var matches = [VersionMatch(letter: own, sharedText: 1, subjectSimilarity: VersionMatcher.subjectSimilarity(letter.subject, letter.subject))]
        let probe = VersionMatcher.probeWords(subject: letter.subject, body: body)
        for candidate in try store.candidates(sharing: probe, limit: candidateLimit) where candidate.summary.id != id {
            let shared = VersionMatcher.containment(mine, VersionMatcher.shingles(candidate.bodyText))
            let subject = VersionMatcher.subjectSimilarity(letter.subject, candidate.summary.subject)
            if VersionMatcher.isVersion(sharedText: shared, subject: subject) {
                matches.append(VersionMatch(letter: candidate.summary, sharedText: (shared * 1000).rounded() / 1000,
                                            subjectSimilarity: subject.map { ($0 * 1000).rounded() / 1000 }))
            }
        }
        return matches.sorted {
            switch ($0.letter.date, $1.letter.date) {
            case let (a?, b?) where a != b: return a < b
            case (nil, _?): return false
            case (_?, nil): return true
            default: return $0.letter.id < $1.letter.id
            }
        }
    }
}
