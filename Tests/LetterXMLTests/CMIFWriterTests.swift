import Foundation
import LetterModel
import LetterXML
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// CMIF output for several letters, read back element by element and checked as correspSearch
/// checks it (schema and Schematron, `CMIFChecks`).
final class CMIFWriterTests: XCTestCase {
    static let header = CMIFHeader(title: "OGP letters", editor: "Ana Editor", editorEmail: "ana@example.org", publisher: "OGP archive",
                                   url: "https://example.org/cmif.xml", date: "2024-01-02", sourceTitle: "OGP letters online",
                                   sourceURL: "https://example.org/letters")

    /// A full letter with a cc; one without signatories, place or addressee; one with nothing.
    static func letters() -> [Letter] {
        var second = TEIWriterTests.sampleLetter()
        second.source.sha256 = String(repeating: "cd", count: 32)
        second.date = LetterDate(text: "May 2018", iso: "2018-05", precision: .month)
        second.signatories = []
        second.place = nil
        second.addressee = nil
        var first = TEIWriterTests.sampleLetter()
        first.cc = ["The Steering Committee"]
        return [first, second, Letter(source: Source(file: "bare.txt", sha256: "ef", format: .text))]
    }

    func testMandatoryHeaderFields() throws {
        let tei = try parseXML(CMIFWriter.write(letters: Self.letters(), header: Self.header).xml)
        XCTAssertEqual(tei.name, "TEI")
        let file = try XCTUnwrap(tei["teiHeader", "fileDesc"])
        XCTAssertEqual(file["titleStmt", "title"]?.stringValue, "OGP letters")
        XCTAssertEqual(file["titleStmt", "editor"]?.stringValue, "Ana Editor ana@example.org")
        XCTAssertEqual(file["titleStmt", "editor", "email"]?.stringValue, "ana@example.org")
        let publication = try XCTUnwrap(file.child("publicationStmt"))
        XCTAssertEqual(publication["publisher", "ref"]?.stringValue, "OGP archive")
        XCTAssertEqual(publication.child("idno")?.attr("type"), "url")
        XCTAssertEqual(publication.child("idno")?.stringValue, "https://example.org/cmif.xml")
        XCTAssertEqual(publication.child("date")?.attr("when"), "2024-01-02", "the export's date, not a letter's")
        XCTAssertEqual(publication["availability", "licence"]?.attr("target"), "https://creativecommons.org/licenses/by/4.0/")
        let bibl = try XCTUnwrap(file["sourceDesc", "bibl"])
        XCTAssertEqual(bibl.attr("type"), "online")
        let id = try XCTUnwrap(bibl.attr("xml:id"))
        XCTAssertNotNil(id.wholeMatch(of: /u-[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/), id)
        XCTAssertEqual(bibl.child("ref")?.attr("target"), "https://example.org/letters")
        XCTAssertNotNil(tei["text", "body", "p"], "CMIF keeps an empty body")
        XCTAssertEqual(CMIFHeader(date: "2024-01-02").placeholders, ["--url", "--editor", "--email"])
        XCTAssertEqual(Self.header.placeholders, [])
    }

    func testOnlySentAndReceivedWithUnknownForAMissingSide() throws {
        let written = CMIFWriter.write(letters: Self.letters(), header: Self.header)
        let tei = try parseXML(written.xml)
        let descs = try XCTUnwrap(tei["teiHeader", "profileDesc"]).children("correspDesc")
        XCTAssertEqual(descs.count, 2)
        XCTAssertEqual(written.omitted, [CMIFDocument.Omission(index: 2, reason: "names no sender, addressee, place or date")],
                       "the bare letter is reported, not dropped silently")
        let bibl = try XCTUnwrap(tei["teiHeader", "fileDesc", "sourceDesc", "bibl"]?.attr("xml:id"))
        XCTAssertEqual(descs.map { $0.attr("source") ?? "" }, ["#" + bibl, "#" + bibl])
        XCTAssertEqual(descs.map { $0.attr("key") ?? "" }, [String(repeating: "ab", count: 32), String(repeating: "cd", count: 32)])
        for desc in descs {
            XCTAssertEqual(desc.children("correspAction").map { $0.attr("type") ?? "" }, ["sent", "received"], "no cc: CMIF has none")
        }
        let sent = descs.map { $0.children("correspAction")[0] }
        XCTAssertEqual(sent.map { $0.child("date")?.attr("when") }, ["2017-06-14", "2018-05"])
        XCTAssertEqual(sent[0].children("persName").map { $0.stringValue ?? "" }, ["Ana Pérez"])
        XCTAssertEqual(sent[1].child("orgName")?.stringValue, "Right2Know Campaign", "no signatories: the letterhead names the sender")
        XCTAssertEqual(descs[0].children("correspAction")[1].child("orgName")?.stringValue, "The Open Government Partnership")
        XCTAssertEqual(descs[1].children("correspAction")[1].child("persName")?.stringValue, "Unknown", "no addressee: Unknown")
        XCTAssertFalse(String(decoding: written.xml, as: UTF8.self).contains("Steering Committee"))
    }

    func testEveryExportPassesSchemaAndSchematron() throws {
        var undatedSenderOnly = TEIWriterTests.sampleLetter()
        undatedSenderOnly.date = nil
        undatedSenderOnly.addressee = nil
        undatedSenderOnly.signatories = []
        var placeOnly = Letter(source: Source(file: "p.txt", sha256: "12", format: .text))
        placeOnly.place = "Toulouse"
        for letters in [Self.letters(), [], [undatedSenderOnly, placeOnly]] {
            for header in [Self.header, CMIFHeader(date: "2026-12-05")] {
                let xml = CMIFWriter.write(letters: letters, header: header).xml
                XCTAssertEqual(try CMIFChecks.problems(xml), [], String(decoding: xml, as: UTF8.self))
            }
        }
    }

    /// The checks themselves catch what they are for (a checker that passes everything proves nothing).
    func testChecksCatchTheFormerFaults() throws {
        let bad = """
        <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title><editor>e</editor></titleStmt>
        <publicationStmt><publisher><ref target="https://e.org">p</ref></publisher><idno type="url">https://e.org/c.xml</idno><date when="2020-01-01"/>
        <availability><licence target="https://creativecommons.org/licenses/by/4.0/">CC-BY</licence></availability></publicationStmt>
        <sourceDesc><bibl type="online" xml:id="letters-source">s</bibl></sourceDesc></fileDesc>
        <profileDesc><correspDesc source="#elsewhere"><correspAction type="sent"><persName>A</persName><date>1 May</date></correspAction>
        <correspAction type="cc"><persName>B</persName></correspAction></correspDesc></profileDesc></teiHeader>
        <text><body><p/></body></text></TEI>
        """
        let problems = try CMIFChecks.problems(Data(bad.utf8))
        XCTAssertFalse(try CMIFChecks.schema().errors(Data(bad.utf8)).isEmpty, "the schema refuses type=cc")
        for rule in ["W0001", "E0002", "E0003", "E0004"] {
            XCTAssertTrue(problems.contains { $0.hasPrefix(rule) }, "\(rule): \(problems)")
        }
        XCTAssertFalse(problems.contains { $0.hasPrefix("E0001") }, "there is a sent action")
    }

    func testDeterministic() {
        XCTAssertEqual(CMIFWriter.write(letters: Self.letters(), header: Self.header).xml,
                       CMIFWriter.write(letters: Self.letters(), header: Self.header).xml)
        XCTAssertEqual(XMLValidation.wellFormednessErrors(CMIFWriter.write(letters: [], header: Self.header).xml), [])
    }
}
