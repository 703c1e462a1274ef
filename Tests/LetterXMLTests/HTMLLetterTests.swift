import Foundation
import LetterExtractor
import LetterModel
import LetterXML
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A letter signed in a table (Tests/Fixtures/html/signatory-table.html): place and date
/// line, `<br>`-structured inside address, bold subject, a header row naming the columns, a cc
/// line. Extracted in process, then written as TEI.
final class HTMLLetterTests: XCTestCase {
    let path = xmlFixture("html/signatory-table.html").path

    func testSignatoryTableLetter() throws {
        let letter = try LetterExtractor.extract(path: path)
        XCTAssertEqual(letter.source.metadata.title, "Joint letter on data")
        XCTAssertEqual(letter.date?.iso, "2021-03-03")
        XCTAssertEqual(letter.place, "Berlin")
        XCTAssertEqual(letter.addressee?.lines, ["Dr. Maria Schmidt", "Federal Ministry of the Interior", "Alt-Moabit 140", "10557 Berlin"])
        XCTAssertEqual(letter.subject, "Open data law")
        XCTAssertEqual(letter.salutation, "Dear Dr. Schmidt,")
        XCTAssertEqual(letter.closing, "Yours sincerely,")
        XCTAssertEqual(letter.cc, ["Federal Data Protection Commissioner"])
        XCTAssertEqual(letter.signatories, [
            Signatory(name: "Ana Pérez", kind: .person, role: "Director", organization: "Open Data Institute"),
            Signatory(name: "Ben Okafor", kind: .person, role: "Chair", organization: "Right2Know"),
        ], "the header row (Name, Role, Organisation) is no signatory")
        XCTAssertEqual(letter.body.count, 2)
    }

    func testSignatoryTableLetterAsTEI() throws {
        let tei = try parseXML(LetterExtractor.extractTEI(path: path))
        let actions = try XCTUnwrap(tei["teiHeader", "profileDesc", "correspDesc"]).children("correspAction")
        XCTAssertEqual(actions.map { $0.attr("type") ?? "" }, ["sent", "received", "cc"])
        XCTAssertEqual(actions[0].children("persName").map { $0.stringValue ?? "" }, ["Ana Pérez", "Ben Okafor"])
        XCTAssertEqual(actions[0].child("placeName")?.stringValue, "Berlin")
        XCTAssertEqual(actions[1].child("persName")?.stringValue, "Dr. Maria Schmidt")
        XCTAssertEqual(actions[2].child("persName")?.stringValue, "Federal Data Protection Commissioner", "an office held by a person")
        let div = try XCTUnwrap(tei["text", "body", "div"])
        XCTAssertEqual(div["opener", "dateline"]?.stringValue, "Berlin, 3 March 2021")
        XCTAssertEqual(div["opener", "salute"]?.stringValue, "Dear Dr. Schmidt,")
        let signed = try XCTUnwrap(div.child("closer")).children("signed")
        XCTAssertEqual(signed.map { $0.stringValue ?? "" }, ["Ana Pérez, Director, Open Data Institute", "Ben Okafor, Chair, Right2Know"])
        XCTAssertEqual(signed.map { $0.child("orgName")?.stringValue ?? "" }, ["Open Data Institute", "Right2Know"])
    }
}
