import Foundation
@testable import LetterArchive
import LetterModel
import XCTest

/// `archive add` (updated), `show --revisions`, `remove`, `reextract` and `search`'s usage errors,
/// through the built binary.
struct CurationCLI {
    let backend: Backend

    func commandLine() throws {
        let (location, cleanup) = try backend.makeLocation()
        defer { cleanup() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("letters-curation-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let cli = CLIScenarios(backend: backend)

        // A document, added from two paths: both are kept.
        let sample = Fixtures.samples.appendingPathComponent("open-letter-ogp-solidarity-2017.txt")
        let doc = folder.appendingPathComponent("doc.txt"), copy = folder.appendingPathComponent("copy.txt")
        try FileManager.default.copyItem(at: sample, to: doc)
        try FileManager.default.copyItem(at: sample, to: copy)
        let added = try CLI.run(["archive", "add", "--db", location, doc.path])
        XCTAssertEqual(added.status, 0, added.stderr)
        XCTAssertEqual(cli.counts(added.stderr)?.added, 1, added.stderr)
        let again = try CLI.run(["archive", "add", "--db", location, copy.path])
        XCTAssertEqual(cli.counts(again.stderr)?.already, 1, again.stderr)
        let extracted = try CLI.run(["archive", "show", "--db", location, "1", "--json"]).stdout

        // A corrected JSON for the same bytes: "1 updated", the earlier record kept.
        var letter = try ArchiveRecord.decode(Data(extracted.utf8))
        letter.subject = "Hand-corrected subject"
        let corrected = folder.appendingPathComponent("corrected.json")
        try CanonicalJSON.encode(letter).write(to: corrected)
        let update = try CLI.run(["archive", "add", "--db", location, corrected.path])
        XCTAssertEqual(update.status, 0, update.stderr)
        XCTAssertTrue(update.stderr.contains("0 added, 1 updated, 0 already archived, 0 failed"), update.stderr)
        let revisions = try CLI.run(["archive", "show", "--db", location, "1", "--revisions"])
        XCTAssertEqual(revisions.status, 0, revisions.stderr)
        let lines = revisions.stdout.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines[0].hasPrefix("revision 1  stored "), revisions.stdout)
        XCTAssertTrue(lines[1].hasPrefix("revision 2  current  Hand-corrected subject"), revisions.stdout)
        XCTAssertEqual(Set(lines.filter { $0.hasPrefix("added from ") }),
                       Set([doc, copy, corrected].map { "added from " + $0.path }), revisions.stdout)
        XCTAssertEqual(try CLI.run(["archive", "show", "--db", location, "1", "--revision", "1", "--json"]).stdout, extracted)

        // reextract converts the source again: the hand correction is replaced by the extraction.
        let reextract = try CLI.run(["archive", "reextract", "--db", location, "--all", "--jobs", "1"])
        XCTAssertEqual(reextract.status, 0, reextract.stderr)
        XCTAssertTrue(reextract.stderr.contains("0 added, 1 updated, 0 unchanged, 0 failed"), reextract.stderr)
        XCTAssertEqual(try CLI.run(["archive", "show", "--db", location, "1", "--json"]).stdout, extracted)
        let unchanged = try CLI.run(["archive", "reextract", "--db", location, "1", "--jobs", "1"])
        XCTAssertTrue(unchanged.stderr.contains("0 updated, 1 unchanged"), unchanged.stderr)
        try FileManager.default.removeItem(at: doc)
        try FileManager.default.removeItem(at: copy)
        let gone = try CLI.run(["archive", "reextract", "--db", location, "--all"])
        XCTAssertEqual(gone.status, 0, gone.stderr)
        XCTAssertTrue(gone.stderr.contains("no source document on disk for 1 letter: 1"), gone.stderr)

        // Usage errors in search are exit status 64, before anything is read.
        for arguments in [["--language", "xx"], ["--from", "2018", "--to", "2017"], ["--from", "2017-13"], ["--", "-surveillance"], ["--offset=-1"]] {
            let refused = try CLI.run(["archive", "search", "--db", location] + arguments)
            XCTAssertEqual(refused.status, 64, "\(arguments): \(refused.stderr)")
        }
        let paged = try CLI.run(["archive", "search", "--db", location, "solidar*", "--json", "--limit", "1"])
        let results = try JSONDecoder().decode(SearchResults.self, from: Data(paged.stdout.utf8))
        XCTAssertEqual(results.total, 1)
        XCTAssertTrue(results.hits.first?.snippet?.lowercased().contains("**solidar") == true, paged.stdout)
        let counted = try CLI.run(["archive", "search", "--db", location, "solidarity"])
        XCTAssertTrue(counted.stderr.contains("1 letter match; 1–1 shown"), counted.stderr)

        // remove: by path (the corrected JSON's), by id; a missing id is exit status 1.
        let byPath = try CLI.run(["archive", "remove", "--db", location, "--source", corrected.path])
        XCTAssertEqual(byPath.status, 0, byPath.stderr)
        XCTAssertTrue(byPath.stderr.contains("1 removed"), byPath.stderr)
        let missing = try CLI.run(["archive", "remove", "--db", location, "1"])
        XCTAssertEqual(missing.status, 1, missing.stderr)
        XCTAssertTrue(missing.stderr.contains("0 removed"), missing.stderr)
        let stats = try JSONDecoder().decode(ArchiveStats.self, from: Data(try CLI.run(["archive", "stats", "--db", location, "--json"]).stdout.utf8))
        XCTAssertEqual(stats.letters, 0)
    }
}
