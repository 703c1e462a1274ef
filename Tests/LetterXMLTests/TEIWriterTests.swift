import Foundation
import Layout
import LetterModel
import LetterXML
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A letter built in code, written as TEI, read back with Foundation's XMLDocument and checked
/// element by element; then validated against tei_all.rng.
final class TEIWriterTests: XCTestCase {
    static func sampleLetter() -> Letter {
        Letter(
            source: Source(file: "letter.html", sha256: String(repeating: "ab", count: 32), format: .html,
                           metadata: .init(title: "Open letter", author: "Coalition", producer: "Hand")),
            language: "en",
            sender: Party(lines: ["Right2Know Campaign", "Cape Town"], name: "Right2Know Campaign"),
            date: LetterDate(text: "14 June 2017", iso: "2017-06-14", precision: .day),
            place: "Cape Town",
            addressee: Party(lines: ["The Open Government Partnership", "Washington DC"], name: "The Open Government Partnership"),
            cc: ["Minister Ayanda Dlodlo"],
            subject: "Solidarity with <Mexican> civil society & friends",
            salutation: "Dear colleagues,",
            body: [
                BodyBlock(kind: .paragraph, text: "We are dismayed by surveillance. We call on all OGP members to act now.", footnoteRefs: ["1"]),
                BodyBlock(kind: .heading, text: "Our call"),
                BodyBlock(kind: .listItem, text: "Stop \"surveillance\" & 'spying'"),
                BodyBlock(kind: .listItem, text: "Talk\u{0B} to us"),
                BodyBlock(kind: .quote, text: "A quote.", footnoteRefs: ["*"]),
            ],
            callsToAction: [CallToAction(text: "We call on all OGP members to act now.", target: "all OGP members", bodyIndex: 0)],
            footnotes: [
                Footnote(label: "1", text: "Statement: https://example.org/a?b=1&c=2", urls: ["https://example.org/a?b=1&c=2"]),
                Footnote(label: "*", text: "Star note", urls: []),
            ],
            closing: "Yours in solidarity,",
            signatories: [
                Signatory(name: "Ana Pérez", kind: .person, role: "Director", organization: "Open Data Institute", location: "Lisbon"),
                Signatory(name: "Black Sash", kind: .organization),
            ],
            annexes: [Annex(title: "Annex A", body: [BodyBlock(kind: .paragraph, text: "More.")])],
            links: [Link(text: "statement", uri: "https://example.org/s")],
            warnings: [LetterWarning(.note, "a warning")]
        )
    }

    func testHeaderCarriesTitleSourceAndCorrespondence() throws {
        let tei = try parseXML(TEIWriter.write(Self.sampleLetter()))
        XCTAssertEqual(tei.name, "TEI")
        XCTAssertEqual(tei.uri, "http://www.tei-c.org/ns/1.0")
        XCTAssertEqual(tei["teiHeader", "fileDesc", "titleStmt", "title"]?.stringValue, "Solidarity with <Mexican> civil society & friends")
        XCTAssertNotNil(tei["teiHeader", "fileDesc", "publicationStmt", "p"])
        let bibl = try XCTUnwrap(tei["teiHeader", "fileDesc", "sourceDesc", "bibl"])
        XCTAssertEqual(bibl.children("idno").map { $0.attr("type") ?? "" }, ["file", "sha256"])
        XCTAssertEqual(bibl.child("author")?.stringValue, "Coalition")
        XCTAssertEqual(tei["teiHeader", "fileDesc", "notesStmt", "note"]?.stringValue, "a warning")
        XCTAssertEqual(tei["teiHeader", "fileDesc", "notesStmt", "note"]?.attr("subtype"), "note")
        let application = try XCTUnwrap(tei["teiHeader", "encodingDesc", "appInfo", "application"])
        XCTAssertEqual(application.attr("ident"), "letters")
        XCTAssertEqual(application.attr("version"), ExtractorInfo.currentVersion)

        let actions = try XCTUnwrap(tei["teiHeader", "profileDesc", "correspDesc"]).children("correspAction")
        XCTAssertEqual(actions.map { $0.attr("type") ?? "" }, ["sent", "received", "cc"])
        XCTAssertEqual(actions[0].child("persName")?.stringValue, "Ana Pérez")
        XCTAssertEqual(actions[0].child("orgName")?.stringValue, "Black Sash")
        XCTAssertEqual(actions[0].child("placeName")?.stringValue, "Cape Town")
        XCTAssertEqual(actions[0].child("date")?.attr("when"), "2017-06-14")
        XCTAssertEqual(actions[1].child("orgName")?.stringValue, "The Open Government Partnership")
        XCTAssertEqual(actions[2].child("persName")?.stringValue, "Minister Ayanda Dlodlo")
        XCTAssertEqual(tei["teiHeader", "profileDesc", "langUsage", "language"]?.attr("ident"), "en")
    }

    func testTextHasOpenerBodyCloserAndLinkedNotes() throws {
        let anchors = [FootnoteAnchor(bodyIndex: 0, label: "1", offset: 32)]
        let tei = try parseXML(TEIWriter.write(Self.sampleLetter(), anchors: anchors))
        let div = try XCTUnwrap(tei["text", "body", "div"])
        XCTAssertEqual(div.attr("type"), "letter")
        let opener = try XCTUnwrap(div.child("opener"))
        XCTAssertEqual(opener.child("dateline")?.stringValue, "Cape Town, 14 June 2017")
        XCTAssertEqual(opener["dateline", "date"]?.attr("when"), "2017-06-14")
        XCTAssertEqual(opener.child("address")?.children("addrLine").map { $0.stringValue ?? "" }, ["The Open Government Partnership", "Washington DC"])
        XCTAssertEqual(opener.child("salute")?.stringValue, "Dear colleagues,")
        XCTAssertEqual(div.children("head").map { $0.attr("type") ?? "-" }, ["subject"])
        let section = try XCTUnwrap(div.children("div").first)
        XCTAssertEqual(section.attr("type"), "section", "a heading opens a section: TEI allows head only at a div's start")
        XCTAssertEqual(section.child("head")?.stringValue, "Our call")

        // The ref stands where the marker stood (after "surveillance."), the call is a seg
        // with its target in an rs.
        let p = try XCTUnwrap(div.child("p"))
        XCTAssertEqual(p.stringValue, "We are dismayed by surveillance.1 We call on all OGP members to act now.")
        let ref = try XCTUnwrap(p.child("ref"))
        XCTAssertEqual(ref.attr("target"), "#fn1")
        XCTAssertEqual((p.children?.first as? XMLNode)?.stringValue, "We are dismayed by surveillance.")
        let seg = try XCTUnwrap(p.child("seg"))
        XCTAssertEqual(seg.attr("type"), "call-to-action")
        XCTAssertEqual(seg.stringValue, "We call on all OGP members to act now.")
        XCTAssertEqual(seg.child("rs")?.stringValue, "all OGP members")

        XCTAssertEqual(section.child("list")?.children("item").map { $0.stringValue ?? "" }, ["Stop \"surveillance\" & 'spying'", "Talk to us"])
        XCTAssertEqual(section.child("quote")?.child("ref")?.attr("target"), "#fn-n2", "a label that is no XML name gets a positional id")

        let closer = try XCTUnwrap(div.child("closer"))
        XCTAssertEqual(closer.child("salute")?.stringValue, "Yours in solidarity,")
        let signed = closer.children("signed")
        XCTAssertEqual(signed.map { $0.stringValue ?? "" }, ["Ana Pérez, Director, Open Data Institute, Lisbon", "Black Sash"])
        XCTAssertEqual(signed[0].child("roleName")?.stringValue, "Director")

        let notes = try XCTUnwrap(tei["text", "back"]?.children("div").first { $0.attr("type") == "notes" }).children("note")
        XCTAssertEqual(notes.map { $0.attr("n") ?? "" }, ["1", "*"])
        XCTAssertEqual(notes.map { $0.attr("xml:id") ?? "" }, ["fn1", "fn-n2"])
        XCTAssertEqual(notes.map { $0.attr("place") ?? "" }, ["foot", "foot"])
        XCTAssertEqual(notes[0].child("ref")?.attr("target"), "https://example.org/a?b=1&c=2")
        XCTAssertEqual(notes[0].stringValue, "Statement: https://example.org/a?b=1&c=2")
    }

    func testRefsWithoutAnchorsGoAtTheBlockEnd() throws {
        let tei = try parseXML(TEIWriter.write(Self.sampleLetter()))
        let p = try XCTUnwrap(tei["text", "body", "div", "p"])
        XCTAssertTrue(p.stringValue?.hasSuffix("act now.1") ?? false, p.stringValue ?? "")
    }

    func testOutputIsDeterministicAndWellFormed() {
        let a = TEIWriter.write(Self.sampleLetter())
        let b = TEIWriter.write(Self.sampleLetter())
        XCTAssertEqual(a, b)
        XCTAssertEqual(XMLValidation.wellFormednessErrors(a), [])
        XCTAssertTrue(String(decoding: a, as: UTF8.self).hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns="))
        XCTAssertFalse(XMLValidation.wellFormednessErrors(Data("<a><b></a>".utf8)).isEmpty)
    }

    func testMinimalLetterStillWritesAValidSkeleton() throws {
        let letter = Letter(source: Source(file: "x.txt", sha256: "00", format: .text))
        let tei = try parseXML(TEIWriter.write(letter))
        XCTAssertEqual(tei["teiHeader", "fileDesc", "titleStmt", "title"]?.stringValue, "Letter (x.txt)")
        XCTAssertNotNil(tei["text", "body", "div"])
    }

    func testFootnoteAnchorsMapLineMarkersIntoJoinedText() {
        let block = Block(lines: [
            Line(text: "We are dismayed", markers: [Marker(label: "1", offset: 15)]),
            Line(text: "by this. And that.", markers: [Marker(label: "2", offset: 8)]),
        ])
        let body = [BodyBlock(kind: .paragraph, text: "We are dismayed by this. And that.", footnoteRefs: ["1", "2"])]
        let anchors = FootnoteAnchors.locate(body: body, in: LaidOutDocument(blocks: [block]))
        XCTAssertEqual(anchors, [FootnoteAnchor(bodyIndex: 0, label: "1", offset: 15), FootnoteAnchor(bodyIndex: 0, label: "2", offset: 24)])
    }
}
