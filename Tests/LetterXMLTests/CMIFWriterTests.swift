import Foundation
import LetterModel
import LetterXML
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// CMIF output for several letters, read back element by element.
final class CMIFWriterTests: XCTestCase {
    static func letters() -> [Letter] {
        var second = TEIWriterTests.sampleLetter()
        second.source.sha256 = String(repeating: "cd", count: 32)
        second.date = LetterDate(text: "May 2018", iso: "2018-05", precision: .month)
        second.signatories = []
        second.place = nil
        return [TEIWriterTests.sampleLetter(), second, Letter(source: Source(file: "bare.txt", sha256: "ef", format: .text))]
    }

    func testMandatoryHeaderFields() throws {
        let header = CMIFHeader(title: "OGP letters", editor: "Ana Editor", editorEmail: "ana@example.org", publisher: "OGP archive",
                                url: "https://example.org/cmif.xml", date: "2024-01-02", sourceTitle: "OGP letters online",
                                sourceURL: "https://example.org/letters")
        let tei = try parseXML(CMIFWriter.write(letters: Self.letters(), header: header))
        XCTAssertEqual(tei.name, "TEI")
        let file = try XCTUnwrap(tei["teiHeader", "fileDesc"])
        XCTAssertEqual(file["titleStmt", "title"]?.stringValue, "OGP letters")
        XCTAssertEqual(file["titleStmt", "editor"]?.stringValue, "Ana Editor ana@example.org")
        XCTAssertEqual(file["titleStmt", "editor", "email"]?.stringValue, "ana@example.org")
        let publication = try XCTUnwrap(file.child("publicationStmt"))
        XCTAssertEqual(publication["publisher", "ref"]?.stringValue, "OGP archive")
        XCTAssertEqual(publication.child("idno")?.attr("type"), "url")
        XCTAssertEqual(publication.child("idno")?.stringValue, "https://example.org/cmif.xml")
        XCTAssertEqual(publication.child("date")?.attr("when"), "2024-01-02")
        XCTAssertEqual(publication["availability", "licence"]?.attr("target"), "https://creativecommons.org/licenses/by/4.0/")
        let bibl = try XCTUnwrap(file["sourceDesc", "bibl"])
        XCTAssertEqual(bibl.attr("type"), "online")
        XCTAssertEqual(bibl.attr("xml:id"), "letters-source")
        XCTAssertEqual(bibl.child("ref")?.attr("target"), "https://example.org/letters")
        XCTAssertNotNil(tei["text", "body", "p"], "CMIF keeps an empty body")
    }

    func testOneCorrespDescPerLetterWithISODates() throws {
        let tei = try parseXML(CMIFWriter.write(letters: Self.letters()))
        let descs = try XCTUnwrap(tei["teiHeader", "profileDesc"]).children("correspDesc")
        XCTAssertEqual(descs.count, 2, "the bare letter names no correspondent, place or date: left out")
        XCTAssertEqual(descs.map { $0.attr("source") ?? "" }, ["#letters-source", "#letters-source"])
        XCTAssertEqual(descs.map { $0.attr("key") ?? "" }, [String(repeating: "ab", count: 32), String(repeating: "cd", count: 32)])
        let sent = descs.map { $0.children("correspAction").first { $0.attr("type") == "sent" } }
        XCTAssertEqual(sent.map { $0?.child("date")?.attr("when") }, ["2017-06-14", "2018-05"])
        XCTAssertEqual(sent[0]?.children("persName").map { $0.stringValue ?? "" }, ["Ana Pérez"])
        XCTAssertEqual(sent[1]?.child("orgName")?.stringValue, "Right2Know Campaign", "no signatories: the letterhead names the sender")
        XCTAssertEqual(descs[0].children("correspAction").first { $0.attr("type") == "received" }?.child("orgName")?.stringValue,
                       "The Open Government Partnership")
        // Without a publication date, the latest letter's date stands in (never the clock).
        XCTAssertEqual(tei["teiHeader", "fileDesc", "publicationStmt", "date"]?.attr("when"), "2018-05-01")
    }

    func testDeterministic() {
        XCTAssertEqual(CMIFWriter.write(letters: Self.letters()), CMIFWriter.write(letters: Self.letters()))
        XCTAssertEqual(XMLValidation.wellFormednessErrors(CMIFWriter.write(letters: [])), [])
    }
}
