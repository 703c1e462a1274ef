import Foundation
import LetterModel
import LetterXML
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `letters archive export --format cmif` end to end: an archive of real letters, the header
/// from options or a config file, every export checked against the CMIF schema and Schematron.
final class CMIFExportTests: XCTestCase {
    private var folder: URL!
    private var db: String { folder.appendingPathComponent("a.sqlite").path }

    override func setUpWithError() throws {
        _ = try CMIFChecks.schema()  // skips without ../shared
        folder = try makeTempDirectory()
    }

    override func tearDownWithError() throws {
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    private func letters(_ arguments: [String]) throws -> ProgramResult {
        try runProgram(try xmlLettersBinary(), arguments)
    }

    /// The samples, the HTML fixtures, and a letter that names nobody, nowhere, never.
    private func fillArchive() throws {
        var bare = Letter(source: Source(file: "blank-template.txt", sha256: String(repeating: "0", count: 64), format: .text))
        bare.body = [BodyBlock(kind: .paragraph, text: "[Insert text here]")]
        let bareFile = folder.appendingPathComponent("blank-template.json")
        try CanonicalJSON.encode(bare).write(to: bareFile)
        let added = try letters(["archive", "add", "--db", db, xmlRepoRoot.appendingPathComponent("samples").path,
                                 xmlFixture("html").path, bareFile.path])
        XCTAssertEqual(added.status, 0, added.err)
    }

    func testExportWithOptionsValidatesAndReportsWhatItLeavesOut() throws {
        try fillArchive()
        let out = folder.appendingPathComponent("cmif.xml")
        let run = try letters(["archive", "export", "--db", db, "--format", "cmif", "-o", out.path, "--title", "Test letters",
                               "--editor", "Ana Editor", "--email", "ana@example.org", "--publisher", "Example Archive",
                               "--url", "https://example.org/cmif.xml", "--date", "2026-12-05"])
        XCTAssertEqual(run.status, 0, run.err)
        let xml = try Data(contentsOf: out)
        XCTAssertEqual(try CMIFChecks.problems(xml), [])
        // The letter that cannot be expressed is named, not dropped silently.
        let notes = run.err.split(separator: "\n")
        XCTAssertEqual(notes.count, 1, run.err)
        XCTAssertTrue(notes.first?.hasPrefix("letters: archive: letter ") ?? false, run.err)
        XCTAssertTrue(run.err.contains("(blank-template.txt) left out of the CMIF file: it names no sender, addressee, place or date"), run.err)

        let tei = try parseXML(xml)
        let header = try XCTUnwrap(tei["teiHeader", "fileDesc"])
        XCTAssertEqual(header["titleStmt", "title"]?.stringValue, "Test letters")
        XCTAssertEqual(header["titleStmt", "editor", "email"]?.stringValue, "ana@example.org")
        XCTAssertEqual(header["publicationStmt", "idno"]?.stringValue, "https://example.org/cmif.xml")
        XCTAssertEqual(header["publicationStmt", "date"]?.attr("when"), "2026-12-05")
        let stored = try letters(["archive", "export", "--db", db]).out.split(separator: "\n").count
        let descs = try XCTUnwrap(tei["teiHeader", "profileDesc"]).children("correspDesc")
        XCTAssertEqual(descs.count, stored - 1, "every archived letter but the blank one")
        for desc in descs {
            XCTAssertEqual(desc.children("correspAction").map { $0.attr("type") ?? "" }, ["sent", "received"])
        }
    }

    func testConfigFileAndTodaysDate() throws {
        try fillArchive()
        let config = folder.appendingPathComponent("cmif.json")
        try Data(#"{"title": "From a file", "editor": "Bo Editor", "email": "bo@example.org", "publisher": "P", "url": "https://example.org/c.xml", "source_title": "Our letters", "source_url": "https://example.org/letters"}"#.utf8).write(to: config)
        let run = try letters(["archive", "export", "--db", db, "--format", "cmif", "--config", config.path, "--title", "Option wins", "-q"])
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertEqual(run.err, "", "-q: no notes")
        XCTAssertEqual(try CMIFChecks.problems(run.stdout), [])
        let tei = try parseXML(run.stdout)
        XCTAssertEqual(tei["teiHeader", "fileDesc", "titleStmt", "title"]?.stringValue, "Option wins")
        XCTAssertEqual(tei["teiHeader", "fileDesc", "titleStmt", "editor", "email"]?.stringValue, "bo@example.org")
        XCTAssertEqual(tei["teiHeader", "fileDesc", "sourceDesc", "bibl", "ref"]?.attr("target"), "https://example.org/letters")
        // Today (UTC) unless --date: the day before or after midnight both count.
        let when = try XCTUnwrap(tei["teiHeader", "fileDesc", "publicationStmt", "date"]?.attr("when"))
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        let days = [-1.0, 0, 1].map { formatter.string(from: Date().addingTimeInterval($0 * 86_400)) }
        XCTAssertTrue(days.contains(when), "\(when) is not today (\(days))")

        // Without the header options: valid all the same, and a note says what correspSearch needs.
        let bare = try letters(["archive", "export", "--db", db, "--format", "cmif"])
        XCTAssertEqual(bare.status, 0, bare.err)
        XCTAssertTrue(bare.err.contains("stand-ins for --url, --editor, --email"), bare.err)
        XCTAssertEqual(try CMIFChecks.problems(bare.stdout), [])
        // Header options belong to cmif.
        XCTAssertEqual(try letters(["archive", "export", "--db", db, "--format", "csv", "--title", "x"]).status, 64)
    }

    /// The corpus (../shared/corpus, 53 letters): converted, archived, exported, validated.
    func testCorpusExportValidates() throws {
        let corpus = xmlRepoRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        guard FileManager.default.fileExists(atPath: corpus.path) else { throw XCTSkip("no corpus at \(corpus.path)") }
        // The letters, not their gold JSON beside them.
        let pdfs = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".pdf") }.sorted()
        let added = try letters(["archive", "add", "--db", db, "-q"] + pdfs.map { corpus.appendingPathComponent($0).path })
        XCTAssertEqual(added.status, 0, added.err)
        let run = try letters(["archive", "export", "--db", db, "--format", "cmif", "--date", "2026-12-05",
                               "--editor", "E", "--email", "e@example.org", "--url", "https://example.org/c.xml"])
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertEqual(try CMIFChecks.problems(run.stdout), [])
        let count = try parseXML(run.stdout)["teiHeader", "profileDesc"]?.children("correspDesc").count ?? 0
        let omitted = run.err.split(separator: "\n").filter { $0.contains("left out of the CMIF file") }.count
        let stored = try letters(["archive", "export", "--db", db]).out.split(separator: "\n").count
        XCTAssertEqual(count + omitted, stored, "every letter is in the file or named on standard error")
        print("CMIF export of the corpus: \(stored) letters, \(count) correspDesc, \(omitted) left out and named; 0 schema or Schematron errors")
    }
}
