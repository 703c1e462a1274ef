import Foundation
import LetterExtractor
import LetterModel
import LetterXML
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Tests/Fixtures/html/seed.html is samples/open-letter-ogp-solidarity-2017.txt written as a
/// web page by hand (address, date, RE: line, `<sup>` markers linked to a footnote list, two
/// `<h3>`s, closing, organisation list) inside cookie banner, nav, header, sidebar, share
/// buttons, footer and scripts. It must extract to the same fields as its PDF twin
/// (samples/seed-word.pdf), whose hand-checked gold is ../shared/corpus/seed-word.gold.json.
final class HTMLTwinTests: XCTestCase {
    let seed = xmlFixture("html/seed.html")

    func testSeedExtractsLetterFieldsInProcess() throws {
        let letter = try LetterExtractor.extract(path: seed.path)
        XCTAssertEqual(letter.source.format, .html)
        XCTAssertEqual(letter.source.metadata.title, "Letter in Solidarity with Núcleo de la Sociedad Civil para el Gobierno Abierto en México")
        XCTAssertEqual(letter.source.metadata.producer, "Written by hand for the Letters tests")
        XCTAssertEqual(letter.date?.iso, "2017-06-14")
        XCTAssertEqual(letter.addressee?.lines.first, "The Open Government Partnership")
        XCTAssertEqual(letter.addressee?.lines.count, 5)
        XCTAssertEqual(letter.subject, "Letter in Solidarity with Núcleo de la Sociedad Civil para el Gobierno Abierto en México")
        XCTAssertEqual(letter.closing, "Yours in Solidarity,")
        XCTAssertEqual(letter.signatories.count, 9)
        XCTAssertEqual(letter.footnotes.map(\.label), (1...8).map(String.init))
        XCTAssertEqual(letter.body.flatMap(\.footnoteRefs), (1...8).map(String.init))
        XCTAssertEqual(letter.body.filter { $0.kind == .heading }.map(\.text), ["Our Call to the Mexican government", "Our Call to the OGP Community"])
        let all = (letter.body.map(\.text) + letter.signatories.map(\.name)).joined(separator: " ")
        for chrome in ["cookies", "Accept all", "Open letters", "Home", "Related letters", "Share on", "All rights reserved", "script", "JavaScript"] {
            XCTAssertFalse(all.contains(chrome), "chrome leaked: \(chrome)")
        }
    }

    /// The built binary on the HTML twin, scored by the shared evaluation script.
    func testSeedScoresOneOnEveryFieldAgainstPDFGold() throws {
        let gold = xmlRepoRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/seed-word.gold.json")
        let score = xmlRepoRoot.deletingLastPathComponent().appendingPathComponent("shared/eval/score.py")
        guard FileManager.default.fileExists(atPath: gold.path), FileManager.default.fileExists(atPath: score.path) else {
            throw XCTSkip("../shared is missing")
        }
        let binary = try xmlLettersBinary()
        let temp = try makeTempDirectory()
        defer { try? FileManager.default.removeItem(at: temp) }
        let goldDir = temp.appendingPathComponent("gold"), predDir = temp.appendingPathComponent("pred")
        try FileManager.default.createDirectory(at: goldDir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: gold, to: goldDir.appendingPathComponent("seed.gold.json"))
        let run = try runProgram(binary, ["extract", seed.path, "-o", predDir.path])
        XCTAssertEqual(run.status, 0, run.err)
        XCTAssertTrue(FileManager.default.fileExists(atPath: predDir.appendingPathComponent("seed.json").path))

        let report = temp.appendingPathComponent("report.json")
        let scored = try runProgram(URL(fileURLWithPath: "/usr/bin/env"), ["python3", score.path, goldDir.path, predDir.path, "--json", report.path])
        XCTAssertEqual(scored.status, 0, scored.err)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: report)) as? [String: Any]
        let fields = try XCTUnwrap(json?["fields"] as? [String: Double])
        XCTAssertEqual(fields.count, 10)
        for (field, value) in fields.sorted(by: { $0.key < $1.key }) {
            XCTAssertEqual(value, 1.0, accuracy: 1e-9, "\(field) scores \(value)\n\(String(decoding: scored.stdout, as: UTF8.self))")
        }
    }

    /// `letters extract --format tei` on the twin: NAME.xml, refs at their markers, every ref
    /// pointing at a note that exists.
    func testSeedAsTEIThroughTheCLI() throws {
        let binary = try xmlLettersBinary()
        let temp = try makeTempDirectory()
        defer { try? FileManager.default.removeItem(at: temp) }
        let run = try runProgram(binary, ["extract", "--format", "tei", seed.path, "-o", temp.path])
        XCTAssertEqual(run.status, 0, run.err)
        let data = try Data(contentsOf: temp.appendingPathComponent("seed.xml"))
        XCTAssertEqual(XMLValidation.wellFormednessErrors(data), [])
        let stdout = try runProgram(binary, ["extract", "--format", "tei", seed.path])
        XCTAssertEqual(stdout.stdout, data, "standard output and -o give the same bytes")

        let tei = try parseXML(data)
        let div = try XCTUnwrap(tei["text", "body", "div"])
        let refs = div.descendants("ref").filter { $0.attr("type") == "noteAnchor" }
        XCTAssertEqual(refs.map { $0.attr("target") ?? "" }, (1...8).map { "#fn\($0)" })
        let notes = tei.descendants("note").filter { $0.attr("place") == "foot" }
        XCTAssertEqual(notes.map { $0.attr("xml:id") ?? "" }, (1...8).map { "fn\($0)" })
        // The first ref follows "journalists”", where <sup>1</sup> stood, not the paragraph end.
        let firstP = try XCTUnwrap(div.child("p"))
        let before = (firstP.children ?? []).prefix { ($0 as? XMLElement)?.localName != "ref" }.map { $0.stringValue ?? "" }.joined()
        XCTAssertTrue(before.hasSuffix("civil society and journalists”"), before)
        XCTAssertEqual(div.child("closer")?.children("signed").count, 9)
        XCTAssertEqual(div.descendants("seg").filter { $0.attr("type") == "call-to-action" }.count, 7)
        XCTAssertEqual(div.children("div").map { $0.child("head")?.stringValue ?? "" },
                       ["Our Call to the Mexican government", "Our Call to the OGP Community"])
    }
}
