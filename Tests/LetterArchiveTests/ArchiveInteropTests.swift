import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import XCTest

/// The archive as a source for the other commands: `diff --db` compares two archived letters,
/// `export --format cmif|tei` writes XML. Runs the built binary on an SQLite archive of the
/// sample letters (the three seed PDFs and the seed text: four versions of one statement).
final class ArchiveInteropTests: XCTestCase {
    private var folder: URL!
    private var db: String { folder.appendingPathComponent("a.sqlite").path }

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("letters-interop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("samples").path
        let added = try CLI.run(["archive", "add", "--db", db, samples])
        XCTAssertEqual(added.status, 0, added.stderr)
    }

    override func tearDownWithError() throws {
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    func testDiffBetweenArchivedVersionsOfOneStatement() throws {
        let same = try CLI.run(["diff", "--db", db, "1", "2"])
        XCTAssertEqual(same.status, 0, same.stdout + same.stderr)
        XCTAssertTrue(same.stdout.contains("No changes in content"), same.stdout)
        XCTAssertTrue(same.stdout.contains("archive:1") && same.stdout.contains("archive:2"), same.stdout)
    }

    func testDiffAgainstAMissingArchivedLetterIsTrouble() throws {
        let missing = try CLI.run(["diff", "--db", db, "1", "99"])
        XCTAssertEqual(missing.status, 2)
        let lines = missing.stderr.split(separator: "\n")
        XCTAssertEqual(lines.count, 1, missing.stderr)
        XCTAssertTrue(lines.first?.hasPrefix("letters: archive:99: ") ?? false, missing.stderr)
    }

    func testCMIFExportHasOneCorrespDescPerLetter() throws {
        let out = folder.appendingPathComponent("cmif.xml").path
        let run = try CLI.run(["archive", "export", "--db", db, "--format", "cmif", "-o", out])
        XCTAssertEqual(run.status, 0, run.stderr)
        let document = try XMLDocument(contentsOf: URL(fileURLWithPath: out))
        let descs = try document.nodes(forXPath: "//*[local-name()='correspDesc']")
        XCTAssertEqual(descs.count, 4)
        let dates = try document.nodes(forXPath: "//*[local-name()='correspDesc']//*[local-name()='date']/@when").compactMap(\.stringValue)
        XCTAssertEqual(Set(dates), ["2017-06-14"])
    }

    func testTEIExportWritesOneDocumentPerLetter() throws {
        let out = folder.appendingPathComponent("tei").path
        let run = try CLI.run(["archive", "export", "--db", db, "--format", "tei", "-o", out])
        XCTAssertEqual(run.status, 0, run.stderr)
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        XCTAssertEqual(files, ["1-open-letter-ogp-solidarity-2017.xml", "2-seed-letterhead.xml", "3-seed-memo.xml", "4-seed-word.xml"])
        for file in files {
            let document = try XMLDocument(contentsOf: URL(fileURLWithPath: out).appendingPathComponent(file))
            XCTAssertEqual(document.rootElement()?.localName, "TEI", file)
        }
    }

    func testTEIExportNeedsAFolder() throws {
        let run = try CLI.run(["archive", "export", "--db", db, "--format", "tei"])
        XCTAssertEqual(run.status, 64)
        XCTAssertTrue(run.stderr.contains("--output"), run.stderr)
    }
}
