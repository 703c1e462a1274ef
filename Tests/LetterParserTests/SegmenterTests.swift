import Layout
import LetterModel
import LetterParser
import XCTest

/// Segmentation of laid-out documents built in code: blocks of lines without geometry, as
/// plain text gives them.
final class SegmenterTests: XCTestCase {
    private func block(_ lines: String..., size: Double = 11, bold: Bool = false, hint: BlockHint? = nil) -> Block {
        Block(lines: lines.map { Line(text: $0, fontSize: size, isBold: bold) }, hint: hint)
    }

    private func segment(_ blocks: [Block], notes: [Block] = []) -> Letter {
        let source = Source(file: "letter.txt", sha256: String(repeating: "0", count: 64), format: .text)
        return LetterSegmenter().segment(LaidOutDocument(blocks: blocks, footnoteBlocks: notes), source: source)
    }

    private let firstParagraph = "We, the undersigned civil society organisations, write this letter to offer support and encouragement to our counterparts, who have worked for many years to open up government."
    private let call = "We call on all OGP members to recall and respect the founding OGP Declaration on the participation of civil society."
    private let reaffirm = "We reaffirm our commitment to the principles of openness and transparency, and to the partnership that upholds them."

    private func englishLetter(ccInHeader: Bool = false, ccAtEnd: Bool = false) -> [Block] {
        var blocks = [
            block("Example Foundation", "1 Main Street", "Cape Town 8001"),
            block("Cape Town, 14 June 2017"),
            block("The Open Government Partnership", "1110 Vermont Avenue NW", "Washington DC 20005"),
            block("RE: Letter in Solidarity with Mexican Civil Society"),
        ]
        if ccInHeader { blocks.append(block("cc: OGP Support Unit, Minister of Public Service")) }
        blocks += [
            block("Dear Steering Committee members,"),
            block("We, the undersigned civil society organisations, write this letter to offer support and",
                  "encouragement to our counterparts, who have worked for many years to open up government."),
            block(call),
            block(reaffirm),
            block("Yours sincerely,"),
            block("Jane Doe", "Executive Director", "Example Foundation"),
            block("SUPPORTING ORGANISATIONS:"),
            block("Right2Know Campaign", "Open Democracy Advice Centre", "Sustainable Livelihoods Foundation"),
        ]
        if ccAtEnd { blocks.append(block("cc: OGP Support Unit, Minister of Public Service")) }
        return blocks
    }

    func testHeaderParts() {
        let letter = segment(englishLetter())
        XCTAssertEqual(letter.language, "en")
        XCTAssertEqual(letter.date?.iso, "2017-06-14")
        XCTAssertEqual(letter.date?.text, "14 June 2017")
        XCTAssertEqual(letter.place, "Cape Town")
        XCTAssertEqual(letter.sender?.lines, ["Example Foundation", "1 Main Street", "Cape Town 8001"])
        XCTAssertEqual(letter.addressee?.lines, ["The Open Government Partnership", "1110 Vermont Avenue NW", "Washington DC 20005"])
        XCTAssertEqual(letter.subject, "Letter in Solidarity with Mexican Civil Society")
        XCTAssertEqual(letter.salutation, "Dear Steering Committee members,")
        XCTAssertEqual(letter.cc, [])
    }

    func testBodyAndClosing() {
        let letter = segment(englishLetter())
        XCTAssertEqual(letter.body.map(\.text), [firstParagraph, call, reaffirm])
        XCTAssertEqual(letter.body.map(\.kind), [.paragraph, .paragraph, .paragraph])
        XCTAssertEqual(letter.closing, "Yours sincerely,")
    }

    func testPersonBlockAndOrganisationList() {
        let letter = segment(englishLetter())
        XCTAssertEqual(letter.signatories, [
            Signatory(name: "Jane Doe", kind: .person, role: "Executive Director", organization: "Example Foundation"),
            Signatory(name: "Right2Know Campaign", kind: .organization),
            Signatory(name: "Open Democracy Advice Centre", kind: .organization),
            Signatory(name: "Sustainable Livelihoods Foundation", kind: .organization),
        ])
    }

    func testCallToActionAndItsTarget() {
        let letter = segment(englishLetter())
        XCTAssertEqual(letter.callsToAction.map(\.text), [call])
        XCTAssertEqual(letter.callsToAction.first?.target, "all OGP members")
        XCTAssertEqual(letter.callsToAction.first?.bodyIndex, 1)
        XCTAssertFalse(letter.callsToAction.contains { $0.text.contains("reaffirm") })
    }

    func testCcLineInTheHeader() {
        let letter = segment(englishLetter(ccInHeader: true))
        XCTAssertEqual(letter.cc, ["OGP Support Unit", "Minister of Public Service"])
        XCTAssertEqual(letter.subject, "Letter in Solidarity with Mexican Civil Society")
        XCTAssertEqual(letter.salutation, "Dear Steering Committee members,")
        XCTAssertEqual(letter.body.map(\.text), [firstParagraph, call, reaffirm])
    }

    func testSalutationAndClosingGluedToParagraphsAreSplitOff() {
        let letter = segment([
            block("The Open Government Partnership", "1110 Vermont Avenue NW", "Washington DC 20005"),
            block("Dear Steering Committee members,", call),
            block(reaffirm, "Yours sincerely,"),
            block("Jane Doe", "Executive Director", "Example Foundation"),
        ])
        XCTAssertEqual(letter.salutation, "Dear Steering Committee members,")
        XCTAssertEqual(letter.body.map(\.text), [call, reaffirm])
        XCTAssertEqual(letter.closing, "Yours sincerely,")
        XCTAssertEqual(letter.signatories.map(\.name), ["Jane Doe"])
    }

    func testFootnotesFromNoteBlocks() {
        var cited = block(call)
        cited.lines[0].markers = [Marker(label: "1", offset: call.count)]
        var note = block("Open Government Declaration, September 2011: https://www.opengovpartnership.org/declaration")
        note.lines[0].markers = [Marker(label: "1", offset: 0)]
        let letter = segment([
            block("Dear Steering Committee members,"),
            cited,
            block(reaffirm),
            block("Yours sincerely,"),
            block("Jane Doe", "Executive Director", "Example Foundation"),
        ], notes: [note])
        XCTAssertEqual(letter.footnotes.map(\.label), ["1"])
        XCTAssertEqual(letter.footnotes.first?.urls, ["https://www.opengovpartnership.org/declaration"])
        XCTAssertEqual(letter.body.first?.footnoteRefs, ["1"])
    }

    func testFrenchClosingSentence() {
        let closing = "Nous vous prions d'agréer, Madame la Ministre, l'expression de nos salutations distinguées."
        let letter = segment([
            block("Paris, le 3 mars 2021"),
            block("Madame la Ministre,"),
            block("Nous vous écrivons au sujet du projet de loi sur la surveillance, qui menace les libertés fondamentales des citoyens et le travail des journalistes dans notre pays."),
            block("Nous vous demandons de retirer ce texte et d'ouvrir une véritable concertation avec la société civile."),
            block(closing),
            block("Marie Dupont", "Présidente", "Ligue des droits numériques"),
        ])
        XCTAssertEqual(letter.language, "fr")
        XCTAssertEqual(letter.date?.iso, "2021-03-03")
        XCTAssertEqual(letter.place, "Paris")
        XCTAssertEqual(letter.salutation, "Madame la Ministre,")
        XCTAssertEqual(letter.closing, closing)
        XCTAssertEqual(letter.body.count, 2)
        XCTAssertFalse(letter.body.contains { $0.text.contains("Veuillez") })
        XCTAssertEqual(letter.signatories, [Signatory(name: "Marie Dupont", kind: .person, role: "Présidente", organization: "Ligue des droits numériques")])
        XCTAssertEqual(letter.callsToAction.map(\.bodyIndex), [1])
    }

    func testGermanClosing() {
        let letter = segment([
            block("Berlin, den 12. Mai 2020"),
            block("Sehr geehrte Damen und Herren,"),
            block("Wir schreiben Ihnen im Namen zivilgesellschaftlicher Organisationen, die sich seit vielen Jahren für digitale Grundrechte und eine offene Verwaltung einsetzen."),
            block("Wir fordern die Bundesregierung auf, den Entwurf zurückzuziehen und die Zivilgesellschaft frühzeitig zu beteiligen."),
            block("Mit freundlichen Grüßen"),
            block("Erika Mustermann", "Geschäftsführerin", "Beispielverein für Informationsfreiheit e.V."),
        ])
        XCTAssertEqual(letter.language, "de")
        XCTAssertEqual(letter.date?.iso, "2020-05-12")
        XCTAssertEqual(letter.place, "Berlin")
        XCTAssertEqual(letter.salutation, "Sehr geehrte Damen und Herren,")
        XCTAssertEqual(letter.closing, "Mit freundlichen Grüßen")
        XCTAssertEqual(letter.body.count, 2)
        XCTAssertEqual(letter.callsToAction.first?.target, "die Bundesregierung")
        XCTAssertEqual(letter.signatories, [Signatory(name: "Erika Mustermann", kind: .person, role: "Geschäftsführerin",
                                                      organization: "Beispielverein für Informationsfreiheit e.V.")])
    }

    func testCcLineAfterTheSignatures() {
        let letter = segment(englishLetter(ccAtEnd: true))
        XCTAssertEqual(letter.cc, ["OGP Support Unit", "Minister of Public Service"])
        XCTAssertFalse(letter.signatories.contains { $0.name.lowercased().hasPrefix("cc") || $0.name.contains("Minister") }, "\(letter.signatories)")
    }

}
