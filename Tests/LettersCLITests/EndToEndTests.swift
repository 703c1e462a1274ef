import Foundation
import LetterExtractor
import LetterModel
import XCTest

/// Paths for the end-to-end tests, found from this file: Tests/LettersCLITests/EndToEndTests.swift.
private enum EndToEnd {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let samples = root.appendingPathComponent("samples")
    static let output = root.appendingPathComponent("output")
    /// The shared corpus beside the checkout (`../shared/corpus`); absent on some machines.
    static let corpus = root.deletingLastPathComponent().appendingPathComponent("shared/corpus")

    static func files(in directory: URL, extensions: Set<String>) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.sorted().map { directory.appendingPathComponent($0) }.filter { extensions.contains($0.pathExtension.lowercased()) }
    }

    static func baseName(_ url: URL) -> String { url.deletingPathExtension().lastPathComponent }

    /// Extractions are slow enough (Poppler) that each sample is read once per test run.
    nonisolated(unsafe) private static var cache: [String: Letter] = [:]
    private static let lock = NSLock()

    static func extract(_ url: URL) throws -> Letter {
        lock.lock()
        defer { lock.unlock() }
        if let letter = cache[url.path] { return letter }
        let letter = try LetterExtractor.extract(path: url.path)
        cache[url.path] = letter
        return letter
    }
}

/// Every sample PDF that has a hand-checked gold file in ../shared/corpus, checked field by
/// field against it: date, subject, closing, footnote labels, body blocks. (Signatory names
/// against every gold file wait for the seed-memo wrapped-name fix; the letterhead edition's
/// names are checked below.)
final class EndToEndTests: XCTestCase {
    private struct Case {
        var pdf: URL
        var gold: [String: Any]
        var name: String { pdf.lastPathComponent }
    }

    private func cases() throws -> [Case] {
        guard FileManager.default.fileExists(atPath: EndToEnd.corpus.path) else {
            throw XCTSkip("no shared corpus at \(EndToEnd.corpus.path)")
        }
        var result: [Case] = []
        for pdf in EndToEnd.files(in: EndToEnd.samples, extensions: ["pdf"]) {
            let goldURL = EndToEnd.corpus.appendingPathComponent(EndToEnd.baseName(pdf) + ".gold.json")
            guard let data = FileManager.default.contents(atPath: goldURL.path) else { continue }
            let gold = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any], goldURL.path)
            result.append(Case(pdf: pdf, gold: gold))
        }
        if result.isEmpty { throw XCTSkip("no sample PDF in samples/ has a gold file in \(EndToEnd.corpus.path)") }
        return result
    }

    private func string(_ value: Any?) -> String? { value as? String }

    func testDate() throws {
        for c in try cases() {
            let letter = try EndToEnd.extract(c.pdf)
            let goldISO = string((c.gold["date"] as? [String: Any])?["iso"])
            XCTAssertEqual(letter.date?.iso, goldISO, c.name)
        }
    }

    func testSubject() throws {
        for c in try cases() {
            XCTAssertEqual(try EndToEnd.extract(c.pdf).subject, string(c.gold["subject"]), c.name)
        }
    }

    func testClosing() throws {
        for c in try cases() {
            XCTAssertEqual(try EndToEnd.extract(c.pdf).closing, string(c.gold["closing"]), c.name)
        }
    }

    func testFootnoteLabels() throws {
        for c in try cases() {
            let gold = (c.gold["footnotes"] as? [[String: Any]] ?? []).compactMap { $0["label"] as? String }
            XCTAssertEqual(try EndToEnd.extract(c.pdf).footnotes.map(\.label), gold, c.name)
        }
    }

    func testBodyBlockCount() throws {
        for c in try cases() {
            let gold = (c.gold["body"] as? [Any] ?? []).count
            XCTAssertEqual(try EndToEnd.extract(c.pdf).body.count, gold, c.name)
        }
    }

    /// The seed letter's numbers as a reader counts them in the letterhead edition, so that a
    /// changed or truncated gold file cannot make the checks above pass vacuously.
    func testSeedLetterheadAgainstItsKnownShape() throws {
        let pdf = EndToEnd.samples.appendingPathComponent("seed-letterhead.pdf")
        guard FileManager.default.fileExists(atPath: pdf.path) else { throw XCTSkip("samples/seed-letterhead.pdf is not in this checkout") }
        guard FileManager.default.fileExists(atPath: EndToEnd.corpus.path) else { throw XCTSkip("no shared corpus at \(EndToEnd.corpus.path)") }
        let letter = try EndToEnd.extract(pdf)
        XCTAssertEqual(letter.date?.iso, "2017-06-14")
        XCTAssertEqual(letter.subject, "Letter in Solidarity with Núcleo de la Sociedad Civil para el Gobierno Abierto en México")
        XCTAssertEqual(letter.closing, "Yours in Solidarity,")
        XCTAssertEqual(letter.signatories.map(\.name), [
            "Afesis-corplan", "Black Sash", "Change Agents South Africa", "Election Monitoring Network",
            "Freedom of Expression Institute (FXI)", "Mobile Social Accountability Monitoring (MobiSAM)",
            "Open Democracy Advice Centre (ODAC)", "Sustainable Livelihoods Foundation",
            "The Public Service Accountability Monitor (PSAM)",
        ])
        XCTAssertEqual(letter.footnotes.map(\.label), ["1", "2", "3", "4", "5", "6", "7", "8"])
        XCTAssertEqual(letter.body.count, 26)
    }
}

/// output/ holds what the current code produces for samples/: `make run` writes it and it is
/// committed, so a change in extraction shows up as a reviewable diff of output/.
final class OutputFreshnessTests: XCTestCase {
    func testOutputMatchesWhatTheCodeProducesNow() throws {
        let inputs = EndToEnd.files(in: EndToEnd.samples, extensions: ["pdf", "txt", "md"])
        XCTAssertFalse(inputs.isEmpty, "samples/ holds no pdf, txt or md file")
        let written = EndToEnd.files(in: EndToEnd.output, extensions: ["json"])
        XCTAssertFalse(written.isEmpty, "output/ is empty: run `make run` to fill it, then review and commit output/")
        for input in inputs {
            let name = EndToEnd.baseName(input) + ".json"
            let expected = EndToEnd.output.appendingPathComponent(name)
            let now = try CanonicalJSON.encode(try EndToEnd.extract(input))
            guard let committed = FileManager.default.contents(atPath: expected.path) else {
                XCTFail("output/\(name) is missing for samples/\(input.lastPathComponent): run `make run` and review the diff of output/")
                continue
            }
            XCTAssertTrue(committed == now,
                          "output/\(name) differs from what the code now produces for samples/\(input.lastPathComponent): run `make run` and review the diff of output/ (git diff output/)")
        }
    }

    /// A line turned up the left margin ("Registered charity no. …") is furniture: the
    /// signatories are the two that sign, not one-letter fragments of the note.
    func testRotatedMarginNoteIsNotReadAsText() throws {
        let path = repositoryRoot.appendingPathComponent("Tests/Fixtures/rotated-margin-note.pdf").path
        let letter = try LetterExtractor.extract(path: path)
        XCTAssertEqual(letter.signatories.map(\.name), ["Digital Rights Watch", "Jane Smith"])
        XCTAssertEqual(letter.date?.iso, "2024-03-12")
        // "We write to ask you to reject…" and "We urge you to vote against…": both ask
        // (ANNOTATION.md: call on, urge, ask, request…).
        XCTAssertEqual(letter.callsToAction.count, 2)
    }
}
