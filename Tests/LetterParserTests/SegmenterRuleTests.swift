import Layout
import LetterModel
@testable import LetterParser
import PDFText
import XCTest

/// The segmentation rules added for real letters' habits, each on a document built in code.
final class SegmenterRuleTests: XCTestCase {
    private func block(_ lines: String..., size: Double = 11, bold: Bool = false, hint: BlockHint? = nil) -> Block {
        Block(lines: lines.map { Line(text: $0, fontSize: size, isBold: bold) }, hint: hint)
    }

    /// A block whose lines sit at the given heights (x from `x`), for rules that need geometry.
    private func placed(_ lines: [(String, Double)], x: Double, page: Int = 1, size: Double = 10) -> Block {
        Block(lines: lines.map { text, y in
            Line(text: text, box: Rect(x0: x, y0: y, x1: x + Double(text.count) * size * 0.5, y1: y + size * 1.2),
                 page: page, fontSize: size)
        })
    }

    private func segment(_ blocks: [Block]) -> Letter {
        let source = Source(file: "letter.txt", sha256: String(repeating: "0", count: 64), format: .text)
        return LetterSegmenter().segment(LaidOutDocument(blocks: blocks), source: source)
    }

    private let paragraph = "We are writing about the consultation that closed last month, and about the way in which its results were published without the comments of the organisations that took part."

    func testListItemsCompletingACallAreCalls() {
        let letter = segment([
            block("Dear Minister,"),
            block(paragraph),
            block("We therefore urge you to:"),
            block("publish every submission received in the consultation", hint: .listItem),
            block("explain which proposals were rejected and why", hint: .listItem),
            block("Sincerely,"),
            block("Jane Doe"),
        ])
        XCTAssertEqual(letter.callsToAction.map(\.text), [
            "We therefore urge you to:",
            "publish every submission received in the consultation",
            "explain which proposals were rejected and why",
        ])
        XCTAssertEqual(letter.callsToAction.map(\.target), ["you", "you", "you"])
    }

    /// Signers listed after the last paragraph, each "Name, who they are" in a bullet or a
    /// paragraph of its own, with no closing formula: a list of signers, not body.
    func testNameCommaDescriptionEntriesAfterTheBodyAreSigners() {
        for hint in [BlockHint.listItem, nil] {
            let letter = segment([
                block("Open letter on the closure of the children's hospital", bold: true),
                block(paragraph),
                block("We ask the regional health agency to publish its assessment before any decision is taken, and to hear the families."),
                block("Amira Haddad, paediatric neurologist, former head of the neurology department of the Riverside hospital", hint: hint),
                block("Tomasz Nowak, nurse, chair of the union section of the children's hospital", hint: hint),
                block("Ines Carvalho, mother of a patient, founder of the Riverside Families association", hint: hint),
            ])
            XCTAssertEqual(letter.signatories.map(\.name), ["Amira Haddad", "Tomasz Nowak", "Ines Carvalho"], "\(String(describing: hint))")
            XCTAssertEqual(letter.body.count, 2, letter.body.map(\.text).joined(separator: "\n"))
        }
    }

    /// A paragraph that opens with a name and a comma but goes on in sentences stays body, and
    /// one such entry alone is not a list of signers.
    func testAParagraphOpeningWithANameIsNotASigner() {
        let letter = segment([
            block("Dear Minister,"),
            block("Maria Lopez, a teacher in our district, told us that her school has had no heating since October. She is not alone."),
            block(paragraph),
            block("Yours sincerely,"),
            block("Jane Doe"),
        ])
        XCTAssertEqual(letter.signatories.map(\.name), ["Jane Doe"])
        XCTAssertEqual(letter.body.count, 2)
    }

    /// A signer's block: the name, then a role (hyphenated, or a word like "Author"), then an
    /// employer whose name reads like a person's. One signer, not three.
    func testRoleAndEmployerLinesBelongToTheSigner() {
        let letter = segment([
            block("Dear Minister,"),
            block(paragraph),
            block("Respectfully,"),
            block("Ana Ribeiro", "Executive-Director", "Transparência Brasil"),
        ])
        XCTAssertEqual(letter.signatories.map(\.name), ["Ana Ribeiro"])
        XCTAssertEqual(letter.signatories.first?.role, "Executive-Director")
        XCTAssertEqual(letter.signatories.first?.organization, "Transparência Brasil")

        let two = segment([
            block("Dear Minister,"),
            block(paragraph),
            block("Yours sincerely,"),
            block("Ana Ribeiro", "Co-Convener", "Paulo Mendes", "Co-Convener"),
        ])
        XCTAssertEqual(two.signatories.map(\.name), ["Ana Ribeiro", "Paulo Mendes"], "a name followed by a role is the next person")
        XCTAssertEqual(two.signatories.map(\.role), ["Co-Convener", "Co-Convener"])
    }

    /// The role and address set apart from the name by the space for a handwritten signature.
    func testARoleBlockBelowANameIsThatPersonsRole() {
        let letter = segment([
            block("Dear Community Member:"),
            block(paragraph),
            block("Sincerely,"),
            placed([("Lena Ortiz", 500)], x: 72, size: 12),
            placed([("Prize Committee Chair", 560), ("8656 Sycamore Lane N", 574), ("Maple Grove, MN 55369", 588)], x: 72, size: 12),
        ])
        XCTAssertEqual(letter.signatories.map(\.name), ["Lena Ortiz"])
        XCTAssertEqual(letter.signatories.first?.role, "Prize Committee Chair")
    }

    /// A display title above the letter (the kind of letter, one word, lines in capitals) is no
    /// inside address; an address in capitals with its postcode still is.
    func testTitlesAboveTheLetterAreNoAddressee() {
        for title in [["CARTA ABIERTA", "POR LOS DERECHOS DE LAS PERSONAS MIGRANTES"], ["TRIBUNE"],
                      ["SAVE THE VALLEY LIBRARY", "A CALL FROM ITS READERS"]] {
            let letter = segment([
                Block(lines: title.map { Line(text: $0, fontSize: 11) }),
                block("12 March 2024"),
                block("Dear colleagues,"),
                block(paragraph),
                block("Sincerely,"),
                block("Jane Doe"),
            ])
            XCTAssertNil(letter.addressee, "\(title)")
        }
        let addressed = segment([
            block("12 March 2024"),
            block("MINISTRY OF HEALTH", "1 CIVIC SQUARE", "CANBERRA ACT 2600"),
            block("Dear Minister,"),
            block(paragraph),
            block("Sincerely,"),
            block("Jane Doe"),
        ])
        XCTAssertEqual(addressed.addressee?.lines, ["MINISTRY OF HEALTH", "1 CIVIC SQUARE", "CANBERRA ACT 2600"])
    }

    /// A politeness sentence in place of a short closing formula, in each language that has
    /// the habit: the closing, not the body's last paragraph.
    func testPolitenessSentencesAreTheClosing() {
        let sentences = [
            "Please accept, Excellency, the assurances of our highest consideration.",
            "Mit der Bitte um Prüfung unseres Anliegens verbleiben wir mit freundlichen Grüßen",
            "Veuillez agréer, Madame la Ministre, l’expression de nos salutations distinguées.",
            "Sin otro particular, me despido enviándole un cordial saludo.",
            "Aproveitamos a oportunidade para renovar os nossos protestos de elevada estima e consideração.",
        ]
        for sentence in sentences {
            let letter = segment([
                block("Dear Minister,"),
                block(paragraph),
                block(sentence),
                block("Jane Doe", "Director, Example Trust"),
            ])
            XCTAssertEqual(letter.closing, sentence)
            XCTAssertEqual(letter.body.count, 1, sentence)
            XCTAssertEqual(letter.signatories.map(\.name), ["Jane Doe"], sentence)
        }
        // The words alone, inside a paragraph that goes on, do not make it a closing.
        let body = segment([
            block("Dear Minister,"),
            block("We cannot accept the assurances of the company, whose highest consideration has been its profit, and we ask you to act."),
            block(paragraph),
            block("Sincerely,"),
            block("Jane Doe"),
        ])
        XCTAssertEqual(body.closing, "Sincerely,")
        XCTAssertEqual(body.body.count, 2)
    }

    /// An office after a name is part of it as printed; degrees and memberships are not.
    func testOfficesStayInTheNameDegreesGo() {
        let letter = segment([
            block("Dear Dr Hosein"),
            block(paragraph),
            block("Yours sincerely"),
            block("Maria Okafor MEP", "Chair"),
            block("Tom Reid CEng MCIBSE", "Secretary"),
        ])
        XCTAssertEqual(letter.signatories.map(\.name), ["Maria Okafor MEP", "Tom Reid"])
        XCTAssertEqual(letter.signatories.map(\.role), ["Chair", "Secretary"])
    }

    /// A name set wholly in capitals keeps its last word (there are no small letters to tell
    /// a degree by), and a motto in quotation marks under the signer is nobody's name.
    func testAnOrganisationInCapitalsKeepsItsLastWordAndAMottoIsNoSigner() {
        let letter = segment([
            block("Estimados vecinos:"),
            block(paragraph),
            block("VOCES DEL CARBÓN", bold: true),
            block("“Unidad, trabajo y energía por Colombia.”", bold: true),
        ])
        XCTAssertEqual(letter.signatories.map(\.name), ["VOCES DEL CARBÓN"])
        // A known post-nominal still goes, capitals or not.
        XCTAssertEqual(Names.withoutPostNominals("JANE DOE PHD"), "JANE DOE")
        XCTAssertEqual(Names.withoutPostNominals("Tom Reid CEng MCIBSE"), "Tom Reid")
    }

    /// A bold name over plain lines that name no one (a motto, contact details) is the signer,
    /// not a heading over an empty list; over entries it stays a heading.
    func testABoldNameThatNoEntryFollowsIsTheSigner() {
        let alone = segment([
            block("Madame la Ministre,"),
            block(paragraph),
            block("Association Lumière", bold: true),
            block("Protéger les enfants maltraités.", "contact@lumiere.example"),
        ])
        XCTAssertEqual(alone.signatories.map(\.name), ["Association Lumière"])
        let heading = segment([
            block("Dear Minister,"),
            block(paragraph),
            block("Sincerely,"),
            block("Australia", bold: true),
            block("Jane Doe", "Director, Digital Rights Watch"),
        ])
        XCTAssertEqual(heading.signatories.map(\.name), ["Jane Doe"])
    }

    /// A signature block whose name is a form's blank ("Name", "Firma") is a template for the
    /// reader to sign: no signatory. A name under a signature rule is still one.
    func testABlankFormToSignHasNoSignatory() {
        func signers(_ lines: String...) -> [String] {
            segment([block("Dear President,"), block(paragraph), block("Yours faithfully,"), Block(lines: lines.map { Line(text: $0, fontSize: 11, isBold: false) })]).signatories.map(\.name)
        }
        XCTAssertEqual(signers("______________________", "Name", "Concerned Citizen"), [])
        XCTAssertEqual(signers("Firma:", "Ciudadana"), [])
        XCTAssertEqual(signers("______________________", "Jane Doe", "Director"), ["Jane Doe"])
    }

    func testDescriptiveListItemsAreNotCalls() {
        let letter = segment([
            block("Dear Minister,"),
            block(paragraph),
            block("Since then we have seen the following:"),
            block("Three ministries closed their consultations early.", hint: .listItem),
            block("Two reports were withdrawn.", hint: .listItem),
            block("Sincerely,"),
            block("Jane Doe"),
        ])
        XCTAssertEqual(letter.callsToAction, [])
    }

    func testStandaloneToAndCopyToLabels() {
        let letter = segment([
            block("To"),
            block("Shri Narendra Modi"),
            block("Prime Minister of India"),
            block("Copy to"),
            block("Shri Ravi Shankar Prasad"),
            block("Minister of Communications"),
            block("Dear Sir,"),
            block(paragraph),
            block("Best regards,"),
            block("Jane Doe"),
        ])
        XCTAssertEqual(letter.addressee?.lines, ["Shri Narendra Modi", "Prime Minister of India"])
        XCTAssertEqual(letter.cc, ["Shri Ravi Shankar Prasad, Minister of Communications"])
    }

    func testAddressBlocksStackedAtOneEdgeAreOneAddressee() {
        let letter = segment([
            placed([("14 September 2020", 100)], x: 108),
            placed([("Keith Holland", 120), ("Clerk of Court", 132), ("Sacramento, CA 95814", 144)], x: 108),
            placed([("Richard Arendt", 170), ("Director of IT", 182), ("Sacramento, CA 95814", 194)], x: 108),
            placed([("Dear Clerk Holland and Director Arendt:", 230)], x: 108),
            block(paragraph),
            block("Thank you,"),
            block("Jane Doe"),
        ])
        XCTAssertEqual(letter.addressee?.lines, ["Keith Holland", "Clerk of Court", "Sacramento, CA 95814",
                                                 "Richard Arendt", "Director of IT", "Sacramento, CA 95814"])
    }

    func testAddressLineStartingLikeASalutationIsNotOne() {
        let letter = segment([
            block("Monsieur le Député Alain Ballay", "Permanence parlementaire", "19000 Tulle"),
            block("Toulouse, le 16 mai 2017."),
            block("Monsieur le Député,"),
            block("Afin de faire face aux dépenses légitimes liées à votre activité de parlementaire, vous avez pu bénéficier d'une indemnité représentative de frais de mandat."),
            block("Nous vous prions d'agréer, Monsieur le Député, l'expression de notre considération distinguée."),
            block("Regards Citoyens"),
        ])
        XCTAssertEqual(letter.salutation, "Monsieur le Député,")
        XCTAssertEqual(letter.addressee?.lines.first, "Monsieur le Député Alain Ballay")
        XCTAssertEqual(letter.date?.iso, "2017-05-16")
        XCTAssertEqual(letter.place, "Toulouse")
    }

    func testClosingAtTheEndOfASentenceLine() {
        let letter = segment([
            block("Hi,"),
            block(paragraph),
            block("I await your response or statement. Respectfully,"),
            block("Piotr Evdokimov // piotr@example.org", "Anthony Franco"),
        ])
        XCTAssertEqual(letter.closing, "Respectfully,")
        XCTAssertEqual(letter.body.last?.text, "I await your response or statement.")
        XCTAssertEqual(letter.signatories.map(\.name), ["Piotr Evdokimov", "Anthony Franco"])
    }

    func testSignatureHeadsWithRolesAndPostNominals() {
        let letter = segment([
            block("Dear Editors,"),
            block(paragraph),
            block("With appreciation,"),
            block("Mitchell L. Stoltz, Senior Staff Attorney", "ELECTRONIC FRONTIER FOUNDATION"),
            block("Aidan T Parkinson CEng MCIBSE"),
        ])
        XCTAssertEqual(letter.signatories.map(\.name), ["Mitchell L. Stoltz", "Aidan T Parkinson"])
        XCTAssertEqual(letter.signatories.first?.role, "Senior Staff Attorney")
        XCTAssertEqual(letter.signatories.first?.organization, "ELECTRONIC FRONTIER FOUNDATION")
    }

    func testNamesWithAffiliationsInATableAreReadRowByRow() {
        let names = placed([("Prof. Dali Kaafar", 300), ("Prof. Vanessa Teague", 312)], x: 72)
        let affiliations = placed([("Macquarie University", 300), ("Australian National University", 312)], x: 216)
        let letter = segment([
            block("Dear colleagues,"),
            block(paragraph),
            block("Sincerely,"),
            block("Australia", bold: true),
            names, affiliations,
        ])
        XCTAssertEqual(letter.signatories.map(\.name), ["Prof. Dali Kaafar", "Prof. Vanessa Teague"])
        XCTAssertEqual(letter.signatories.map(\.organization), ["Macquarie University", "Australian National University"])
        XCTAssertEqual(letter.signatories.map(\.location), ["Australia", "Australia"])
    }

    func testTwoColumnsOfOrganisationsAreNotATable() {
        let left = placed([("Black Sash", 300), ("Right2Know Campaign", 312)], x: 72)
        let right = placed([("Open Democracy Advice Centre", 300), ("Sustainable Livelihoods Foundation", 312)], x: 300)
        let letter = segment([block("Dear colleagues,"), block(paragraph), block("Sincerely,"), left, right])
        XCTAssertEqual(letter.signatories.map(\.name), ["Black Sash", "Right2Know Campaign", "Open Democracy Advice Centre", "Sustainable Livelihoods Foundation"])
        XCTAssertEqual(Set(letter.signatories.map(\.kind)), [.organization])
    }

    func testSignaturePartEndsAtASeparator() {
        let letter = segment([
            block("Dear Minister,"),
            block(paragraph),
            block("Atentamente,"),
            block("Juan Pablo Marín", "Datasketch"),
            block("***"),
            block("Comentarios generales"),
            block("El proyecto de resolución no define qué se entiende por datos abiertos, y la guía que lo acompaña tampoco lo hace de manera precisa."),
        ])
        XCTAssertEqual(letter.signatories.map(\.name), ["Juan Pablo Marín"])
        XCTAssertFalse(letter.annexes.isEmpty)
    }

    func testAnAskLaterInASentenceThatOpensWithIt() {
        let letter = segment([
            block("Hi,"),
            block("It has recently come to my attention that several artists will play at the club, and I demand that the club stop booking them until the war ends."),
            block("It has been said that ministries must publish their data."),
            block("Respectfully,"),
            block("Piotr Evdokimov"),
        ])
        XCTAssertEqual(letter.callsToAction.map(\.text), [
            "It has recently come to my attention that several artists will play at the club, and I demand that the club stop booking them until the war ends.",
        ])
    }

    func testAHeadingAboveTheLetterIsItsSubject() {
        let letter = segment([
            block("Joint Statement on Facial Recognition in Public Spaces", hint: .heading),
            block("Brussels, 3 March 2021"),
            block("Dear Members of the European Parliament,"),
            block(paragraph),
            block("Sincerely,"),
            block("European Digital Rights (EDRi)"),
        ])
        XCTAssertEqual(letter.subject, "Joint Statement on Facial Recognition in Public Spaces")
        XCTAssertEqual(letter.date?.iso, "2021-03-03")
        XCTAssertNil(letter.addressee)
    }

    /// "To: European Commission" on one line is the addressee (not labelled metadata such as
    /// "Our ref: AB/12"), and a large organisation name above it is the letterhead, not the
    /// subject.
    func testToLabelOnItsLineAndAnOrganisationLetterhead() {
        let letter = segment([
            block("Coalition for Clean Air", size: 14, bold: true),
            block("Brussels, 3 June 2023"),
            block("To: European Commission"),
            block("Dear Commissioner,"),
            block(paragraph),
            block("Yours sincerely,"),
            block("Jane Doe"),
        ])
        XCTAssertEqual(letter.addressee?.lines, ["European Commission"])
        XCTAssertEqual(letter.sender?.name, "Coalition for Clean Air")
        XCTAssertNil(letter.subject)
        XCTAssertEqual(letter.date?.iso, "2023-06-03")
    }

    /// A large heading that names the letter stays its subject, organisation word or not.
    func testLetterTitleNamingAnOrganisationIsStillTheSubject() {
        let letter = segment([
            block("Open Letter from the Coalition for Clean Air", size: 14, bold: true),
            block("To: European Commission"),
            block("Dear Commissioner,"),
            block(paragraph),
            block("Yours sincerely,"),
            block("Jane Doe"),
        ])
        XCTAssertEqual(letter.subject, "Open Letter from the Coalition for Clean Air")
        XCTAssertEqual(letter.addressee?.lines, ["European Commission"])
    }

    /// "COMMUNIQUÉ" set larger over the title proper: the kind of document is no subject
    /// while a title says what it is about; alone, it still is one.
    func testAHeadingNamingOnlyTheKindGivesWayToTheTitle() {
        let letter = segment([
            block("COMMUNIQUÉ", size: 18, bold: true),
            block("12 MARCH 2024", size: 14),
            Block(lines: [Line(text: "Child protection needs care, not suspicion", fontSize: 14, isBold: true)], alignment: .center),
            block(paragraph),
            block(paragraph),
            block("Families Together", bold: true),
        ])
        XCTAssertEqual(letter.subject, "Child protection needs care, not suspicion")
        let alone = segment([
            block("OPEN LETTER", size: 16, bold: true),
            block("Dear Minister,"),
            block(paragraph),
            block("Sincerely,"),
            block("Jane Doe"),
        ])
        XCTAssertEqual(alone.subject, "OPEN LETTER")
    }

    /// A plain subject line naming the kind of letter, wrapped onto a second line, under the
    /// inside address: the subject, and the address keeps only its own lines.
    func testAWrappedLineNamingTheKindOfLetterIsTheSubjectNotTheAddress() {
        let letter = segment([
            block("8 July 2020"),
            block("Hon. Mary Banda", "Speaker of the National Assembly", "Parliament Buildings", "Lilongwe"),
            block("OPEN LETTER TO THE ASSEMBLY: Urging Its Members To Reject The Cybercrime", "Amendment Bill"),
            block(paragraph),
            block(paragraph),
            block("Yours faithfully,"),
            block("Jane Doe"),
        ])
        XCTAssertEqual(letter.subject, "OPEN LETTER TO THE ASSEMBLY: Urging Its Members To Reject The Cybercrime Amendment Bill")
        XCTAssertEqual(letter.addressee?.lines, ["Hon. Mary Banda", "Speaker of the National Assembly", "Parliament Buildings", "Lilongwe"])
    }

    /// A bold subject whose first line the layout set as a block of its own, right above the
    /// rest at the same left edge: one subject, and the address above stays the address.
    /// (Set apart from the title, a bold reference line does not join it: letter-209 in the
    /// quality ratchet.)
    func testATitleSplitIntoTwoBlocksIsOneSubjectNotAnAddress() {
        func bold(_ block: Block) -> Block {
            Block(lines: block.lines.map { Line(text: $0.text, box: $0.box, page: $0.page, fontSize: $0.fontSize, isBold: true) })
        }
        let letter = segment([
            placed([("Landtag Musterland", 100), ("Ausschuss für Recht", 112), ("Platz der Republik 1", 124), ("12345 Musterstadt", 136)], x: 72),
            bold(placed([("Entwurf eines Gesetzes zur Umsetzung der Richtlinie (EU) 2016/943 zum", 170)], x: 72)),
            bold(placed([("Schutz von Geschäftsgeheimnissen vor rechtswidrigem Erwerb", 181)], x: 72)),
            placed([("Sehr geehrte Damen und Herren,", 220)], x: 72),
            placed([(paragraph, 240)], x: 72),
            placed([("Mit freundlichen Grüßen", 300)], x: 72),
            placed([("Erika Mustermann", 320)], x: 72),
        ])
        XCTAssertEqual(letter.subject, "Entwurf eines Gesetzes zur Umsetzung der Richtlinie (EU) 2016/943 zum Schutz von Geschäftsgeheimnissen vor rechtswidrigem Erwerb")
        XCTAssertEqual(letter.addressee?.lines.first, "Landtag Musterland")
    }

    /// An address whose first lines the layout set as one-line blocks, right above the rest on
    /// its line pitch, is one address; the letterhead's side column of contact details set
    /// after it in reading order is the sender's, not lost.
    func testCutOffAddressLinesJoinAndASideColumnStaysTheSenders() {
        let letter = segment([
            placed([("Riverside Tenants' Union | 4 Mill Lane | 12345 Riverton", 86)], x: 72, size: 8),
            placed([("City Council of Riverton", 113)], x: 72),
            placed([("Housing Committee", 125)], x: 72),
            placed([("1 Market Square", 137), ("12345 Riverton", 149)], x: 72),
            Block(lines: placed([("Riverside Tenants' Union", 137)], x: 380, size: 8).lines, alignment: .right),
            Block(lines: placed([("4 Mill Lane", 147), ("12345 Riverton", 157), ("info@tenants.example", 167)], x: 380, size: 8).lines,
                  alignment: .right),
            placed([("Riverton, 3 March 2024", 200)], x: 380),
            placed([("Dear Members of the Committee,", 230)], x: 72),
            placed([(paragraph, 250)], x: 72),
            placed([("Yours sincerely,", 300)], x: 72),
            placed([("Jane Doe", 320)], x: 72),
        ])
        XCTAssertEqual(letter.addressee?.lines, ["City Council of Riverton", "Housing Committee", "1 Market Square", "12345 Riverton"])
        XCTAssertEqual(letter.sender?.lines, ["Riverside Tenants' Union | 4 Mill Lane | 12345 Riverton", "Riverside Tenants' Union",
                                              "4 Mill Lane", "12345 Riverton", "info@tenants.example"])
        // Without a salutation the paragraphs after the address can stay in the heading part;
        // sentences and list items there are no letterhead.
        let unsaluted = segment([
            block("Housing Now", "1 Elm Road", "Springfield"),
            block("12 March 2024"),
            block("Minister Carla Ruiz", "Ministry of Housing", "5 State Street"),
            block(paragraph),
            block("- freeze rents until April", "- repair the Oakwood flats"),
            block("Yours sincerely,"),
            block("Ana Pérez"),
        ])
        XCTAssertEqual(unsaluted.sender?.lines, ["Housing Now", "1 Elm Road", "Springfield"])
    }

    /// An address whose first line happens to hold a word for a kind of letter ("Petition")
    /// stays the address: its later lines carry the street and postcode a subject never has.
    func testAnAddressNamingAKindOfLetterIsNoSubject() {
        let letter = segment([
            block("3 March 2024"),
            block("Petition Committee", "Parliament House, 1 Molesworth Street", "Wellington 6160"),
            block("Dear Members of the Committee,"),
            block(paragraph),
            block("Yours sincerely,"),
            block("Jane Doe"),
        ])
        XCTAssertNil(letter.subject)
        XCTAssertEqual(letter.addressee?.lines, ["Petition Committee", "Parliament House, 1 Molesworth Street", "Wellington 6160"])
    }

    /// A date set as the running header of every page was removed by the layout stage as
    /// furniture; with no date among the blocks it is still the letter's date. A date in a
    /// running footer (below the page's blocks) is not taken: a printing date, often.
    func testADateSetAsTheRunningHeaderIsTheLettersDate() {
        let blocks = [
            placed([("Dear Minister,", 120)], x: 72),
            placed([(paragraph, 140)], x: 72),
            placed([("Yours sincerely,", 200)], x: 72),
            placed([("Jane Doe", 220)], x: 72),
        ]
        let source = Source(file: "letter.pdf", sha256: String(repeating: "0", count: 64), format: .pdf)
        func line(_ text: String, y: Double, page: Int) -> Line {
            Line(text: text, box: Rect(x0: 450, y0: y, x1: 540, y1: y + 10), page: page, fontSize: 9)
        }
        let headed = LetterSegmenter().segment(LaidOutDocument(blocks: blocks, furniture: [
            line("17 July 2018", y: 40, page: 1), line("Page 1 of 2", y: 750, page: 1), line("17 July 2018", y: 40, page: 2),
        ]), source: source)
        XCTAssertEqual(headed.date?.iso, "2018-07-17")
        XCTAssertEqual(headed.provenance.date?.page, 1)
        let footed = LetterSegmenter().segment(LaidOutDocument(blocks: blocks, furniture: [line("3 March 2024", y: 750, page: 1)]),
                                               source: source)
        XCTAssertNil(footed.date)
    }

    /// "Signed," between the last paragraph and the list of signers ends like a complimentary
    /// close and is the closing; "Signed by:" stands over the list as its heading.
    func testSignedWithACommaIsTheClosingAndWithAColonTheHeading() {
        func letter(_ line: String) -> Letter {
            segment([
                block("Dear Members of the Committee,"),
                block(paragraph),
                block("We urge you to reject the amendment when it comes to the vote next week."),
                block(line),
                block("Riverside Tenants' Union", "Open Housing Network", "Jane Doe, in an individual capacity"),
            ])
        }
        let closed = letter("Signed,")
        XCTAssertEqual(closed.closing, "Signed,")
        XCTAssertEqual(closed.signatories.map(\.name), ["Riverside Tenants' Union", "Open Housing Network", "Jane Doe"])
        let headed = letter("Signed by:")
        XCTAssertNil(headed.closing)
        XCTAssertEqual(headed.signatories.count, 3, "\(headed.signatories)")
    }

    /// One signer's line set with wide gaps comes out as blocks side by side on one row; they
    /// are one entry. Two names side by side, or a grid of organisations, stay apart.
    func testASignersLineSplitIntoPiecesOnOneRowIsOneEntry() {
        func row(_ pieces: [(String, Double)], y: Double) -> [Block] { pieces.map { placed([($0.0, y)], x: $0.1) } }
        func letter(_ signature: [Block]) -> Letter {
            segment([placed([("Dear Ms Freire,", 100)], x: 72), placed([(paragraph, 120)], x: 72),
                     placed([("Yours sincerely", 180)], x: 72)] + signature)
        }
        let split = letter(row([("Andrew Hastie MP, Chair,", 72), ("Parliamentary Joint Committee", 221), ("on Intelligence and Security", 391)], y: 200))
        XCTAssertEqual(split.signatories.map(\.name), ["Andrew Hastie MP"])
        XCTAssertEqual(split.signatories.first?.role, "Chair")
        let tabbed = letter(row([("Michelle Levar, Policy Analyst, City of Chicago", 57), ("Department of Human Resources", 306)], y: 200))
        XCTAssertEqual(tabbed.signatories.map(\.name), ["Michelle Levar"])
        let two = letter(row([("Jane Doe", 72), ("John Roe", 300)], y: 200))
        XCTAssertEqual(two.signatories.map(\.name), ["Jane Doe", "John Roe"])
    }

    /// Three habits of the address: a "CC:" block after a standalone "To:" ends the addressee
    /// (it is the copy line); the sender's return address in small type right above the
    /// address window is not a recipient; "per E-Mail an: …" says how it was sent.
    func testCopyLineReturnAddressAndDeliveryNoteAreNoAddressee() {
        let copied = segment([
            block("To:"),
            block("Sen. Ada Obi;"),
            block("CC: Sen. Musa Bello, Chair, Committee on Judiciary"),
            block("Dear Senators,"),
            block(paragraph),
            block("Yours sincerely,"),
            block("Jane Doe"),
        ])
        XCTAssertEqual(copied.addressee?.lines, ["Sen. Ada Obi;"])
        XCTAssertTrue(copied.cc.first?.contains("Musa Bello") == true, "\(copied.cc)")

        let windowed = segment([
            placed([("Riverside Tenants' Union e.V.", 127), ("Mühlweg 4 | 12345 Riverton", 137)], x: 57, size: 8),
            placed([("Ministerium für Wohnen", 149), ("Steigerstraße 24", 162), ("99096 Erfurt", 175)], x: 57, size: 11),
            placed([("Sehr geehrte Damen und Herren,", 300)], x: 71, size: 11),
            placed([(paragraph, 320)], x: 71, size: 11),
            placed([("Mit freundlichen Grüßen", 400)], x: 71, size: 11),
            placed([("Erika Mustermann", 420)], x: 71, size: 11),
        ])
        XCTAssertEqual(windowed.addressee?.lines, ["Ministerium für Wohnen", "Steigerstraße 24", "99096 Erfurt"])

        let mailed = segment([
            block("An den Landtag Musterland", "z.Hd. Innen- und Rechtsausschuss", "per E-Mail an: innenausschuss@landtag.musterland.example"),
            block("Sehr geehrte Damen und Herren,"),
            block(paragraph),
            block("Mit freundlichen Grüßen"),
            block("Erika Mustermann"),
        ])
        XCTAssertEqual(mailed.addressee?.lines, ["An den Landtag Musterland", "z.Hd. Innen- und Rechtsausschuss"])
    }

    /// People named in one line, joined by commas and a conjunction, are each a signer; a name
    /// with its town or organisation ("Jane Doe, Maple Grove") stays one; an instruction to the reader
    /// after the names ("Please mail checks made out to: …") is no signer.
    func testANamesLineIsSeveralSignersAndAnInstructionIsNone() {
        func letter(_ signature: [Block], closing: String = "Thank you for your consideration,") -> Letter {
            segment([block("Dear Friends,"), block(paragraph), block(closing)] + signature)
        }
        let listed = letter([block("Brett Belleville, Michael Ubis, Rachel Moon, and Cade Parks"),
                             block("Please mail checks made out to: Riverside Scholarship Fund")])
        XCTAssertEqual(listed.signatories.map(\.name), ["Brett Belleville", "Michael Ubis", "Rachel Moon", "Cade Parks"])
        let portuguese = letter([block("Maria da Silva e João de Sousa")], closing: "Atenciosamente,")
        XCTAssertEqual(portuguese.signatories.map(\.name), ["Maria da Silva", "João de Sousa"])
        let affiliated = letter([block("Jane Doe, Maple Grove")])
        XCTAssertEqual(affiliated.signatories.map(\.name), ["Jane Doe"])
        let institutions = letter([block("Jane Doe, ENS Lyon and CNRS (France)")])
        XCTAssertEqual(institutions.signatories.map(\.name), ["Jane Doe"])
    }

    /// A council's signature page: each name in bold, centred over its office; and the page's
    /// letterhead set again at the top of the next page. Each name signs with its office, a
    /// bold name is no heading over others, and the letterhead is no signer.
    func testCentredNamesOverTheirOfficesAndARepeatedLetterheadAreRead() {
        func centred(_ text: String, y: Double, bold: Bool = false, page: Int = 1) -> Block {
            let width = Double(text.count) * 6
            let line = Line(text: text, box: Rect(x0: 300 - width / 2, y0: y, x1: 300 + width / 2, y1: y + 12), page: page, fontSize: 12, isBold: bold)
            return Block(lines: [line], alignment: .center)
        }
        let letterhead = Block(lines: [Line(text: "ESTADO DO MARANHÃO", box: Rect(x0: 220, y0: 40, x1: 380, y1: 52), page: 1, fontSize: 12),
                                       Line(text: "CÂMARA MUNICIPAL DE VILA NOVA", box: Rect(x0: 200, y0: 52, x1: 400, y1: 64), page: 1, fontSize: 12)],
                               alignment: .center)
        var again = letterhead
        again.lines = again.lines.map { var l = $0; l.page = 2; return l }
        let letter = segment([
            letterhead,
            placed([("Senhor Presidente,", 120)], x: 72, size: 12),
            placed([(paragraph, 140)], x: 72, size: 12),
            placed([("Atenciosamente,", 220)], x: 72, size: 12),
            again,
            centred("Josemar Rodrigues da Silva", y: 268, bold: true, page: 2), centred("Presidente da Mesa Diretora", y: 280, page: 2),
            centred("Alione Farias de Almeida", y: 330, bold: true, page: 2), centred("Vereadora", y: 342, page: 2),
            centred("Elson Gomes da Silva", y: 392, bold: true, page: 2), centred("Vereador", y: 404, page: 2),
        ])
        XCTAssertEqual(letter.signatories.map(\.name), ["Josemar Rodrigues da Silva", "Alione Farias de Almeida", "Elson Gomes da Silva"])
        XCTAssertEqual(letter.signatories.map(\.role), ["Presidente da Mesa Diretora", "Vereadora", "Vereador"])
    }

    /// Candidates' names in bold on one row under the closing are the signers; the slogan
    /// under them is no one's name.
    func testBoldNamesOnARowAreTheSigners() {
        func name(_ text: String, x: Double) -> Block {
            Block(lines: [Line(text: text, box: Rect(x0: x, y0: 663, x1: x + 100, y1: 678), page: 1, fontSize: 12, isBold: true)])
        }
        let letter = segment([
            placed([("Madame, Monsieur,", 100)], x: 21),
            placed([(paragraph, 120)], x: 21),
            placed([("Bien sincèrement,", 645)], x: 21),
            name("Stéphanie BOURQUIN", x: 21), name("Martine VOIDEY", x: 189), name("Frédéric BARBIER", x: 336),
            placed([("Voter Martine VOIDEY - Frédéric BARBIER,", 700),
                    ("c’est faire le choix de l’expérience, de la disponibilité, de l’efficacité", 712)], x: 21),
            placed([("Pour nous contacter : voideybarbier2021@example.org", 720)], x: 21),
        ])
        XCTAssertEqual(letter.signatories.map(\.name), ["Stéphanie BOURQUIN", "Martine VOIDEY", "Frédéric BARBIER"])
        // A bold country alone over plain entries is still their heading.
        let grouped = segment([
            block("Dear Members of Parliament,"), block(paragraph), block("Sincerely,"),
            block("United Kingdom", bold: true),
            block("Prof. Ivan Martinovic, University of Oxford"),
            block("Dr. Elizabeth Quaglia, Royal Holloway, University of London"),
        ])
        XCTAssertEqual(grouped.signatories.map(\.name), ["Prof. Ivan Martinovic", "Dr. Elizabeth Quaglia"])
        XCTAssertEqual(grouped.signatories.map(\.location), ["United Kingdom", "United Kingdom"])
    }

    /// "To the Members of …:" on a line of its own before the first paragraph is how the letter
    /// greets them, not an inside address; an address line without the colon stays one.
    func testToTheMembersWithAColonIsTheSalutation() {
        let greeted = segment([
            block("3 March 2024"),
            block("To the Members of the City Council and the Mayor of Riverton:"),
            block("Re: Budget Amendment (Library Hours) Bill 2024"),
            block(paragraph),
            block(paragraph),
            block("Sincerely,"),
            block("Jane Doe"),
        ])
        XCTAssertEqual(greeted.salutation, "To the Members of the City Council and the Mayor of Riverton:")
        XCTAssertNil(greeted.addressee)
        let addressed = segment([
            block("To the Mayor of Riverton", "City Hall", "1 Main Street"),
            block("Dear Mayor,"),
            block(paragraph),
            block("Sincerely,"),
            block("Jane Doe"),
        ])
        XCTAssertEqual(addressed.salutation, "Dear Mayor,")
        XCTAssertEqual(addressed.addressee?.lines.first, "To the Mayor of Riverton")
    }

    /// An e-mail's or memo's header set as one block: each labelled line is its field.
    func testEmailHeaderFieldsInOneBlock() {
        let letter = segment([
            block("From: Amnesty International EU Office", "To: Members of the LIBE Committee",
                  "Date: 14 February 2025", "Subject: Vote on the Return Regulation"),
            block("Dear Members of the LIBE Committee,"),
            block(paragraph),
            block("Kind regards,"),
            block("Eve Geddie", "Director, Amnesty International European Institutions Office"),
        ])
        XCTAssertEqual(letter.sender?.lines, ["Amnesty International EU Office"])
        XCTAssertEqual(letter.addressee?.lines, ["Members of the LIBE Committee"])
        XCTAssertEqual(letter.date?.iso, "2025-02-14")
        XCTAssertEqual(letter.subject, "Vote on the Return Regulation")
        XCTAssertEqual(letter.signatories.first?.name, "Eve Geddie")
        XCTAssertEqual(letter.signatories.first?.role, "Director")
        XCTAssertEqual(letter.signatories.first?.organization, "Amnesty International European Institutions Office")
    }

    /// Courtesy formulas ask nothing of the addressee: "Please do not hesitate to contact us
    /// should you wish…", "Please let me know if…" are no calls; "Please vote against" is.
    func testCourtesyFormulasAreNotCalls() {
        let letter = segment([
            block("Dear Minister,"),
            block(paragraph),
            block("Please do not hesitate to contact us should you wish to discuss these concerns further."),
            block("Please let me know if I can provide any further information."),
            block("Please vote against the bill when it comes to the floor."),
            block("Sincerely,"),
            block("Jane Doe"),
        ])
        XCTAssertEqual(letter.callsToAction.map(\.text), ["Please vote against the bill when it comes to the floor."])
    }

    /// "…, and the international community must act": the target is who must act, without
    /// the conjunction that joins the clause.
    func testTargetAfterAConjunction() {
        let letter = segment([
            block("Dear colleagues,"),
            block(paragraph + " Civic space is shrinking in every region, and the international community must act."),
            block("Sincerely,"),
            block("Jane Doe"),
        ])
        XCTAssertEqual(letter.callsToAction.map(\.target), ["the international community"])
    }

    /// A DIN 5008 letter: sender, "An das" address block, date, then an unlabelled subject line.
    func testGermanAddressBlockAndUnlabelledSubjectAfterTheDate() {
        let letter = segment([
            block("Digitalcourage e.V.", "Marktstraße 18", "33602 Bielefeld"),
            block("An das", "Bundesministerium des Innern und für Heimat", "Alt-Moabit 140", "10557 Berlin"),
            block("Bielefeld, den 5. März 2025"),
            block("Offener Brief zur Vorratsdatenspeicherung"),
            block("Sehr geehrte Frau Bundesministerin,"),
            block("wir wenden uns heute an Sie, weil die geplante Wiedereinführung der Vorratsdatenspeicherung die Grundrechte aller Bürgerinnen und Bürger gefährdet."),
            block("Mit freundlichen Grüßen"),
            block("Jane Doe"),
        ])
        XCTAssertEqual(letter.sender?.lines, ["Digitalcourage e.V.", "Marktstraße 18", "33602 Bielefeld"])
        XCTAssertEqual(letter.addressee?.lines, ["Bundesministerium des Innern und für Heimat", "Alt-Moabit 140", "10557 Berlin"])
        XCTAssertEqual(letter.subject, "Offener Brief zur Vorratsdatenspeicherung")
        XCTAssertEqual(letter.date?.iso, "2025-03-05")
        XCTAssertEqual(letter.place, "Bielefeld")
    }

    /// A one-line addressee after the date is no subject: it names no kind of letter.
    func testOneLineAddresseeAfterTheDateStaysTheAddressee() {
        let letter = segment([
            block("Example Foundation", "1 Main Street", "Springfield"),
            block("3 June 2023"),
            block("European Commission"),
            block("Dear Commissioner,"),
            block(paragraph),
            block("Sincerely,"),
            block("Jane Doe"),
        ])
        XCTAssertNil(letter.subject)
        XCTAssertEqual(letter.addressee?.lines, ["European Commission"])
    }

    /// "Juriste, La Quadrature du Net" under a name is the signer's role and organisation, not
    /// a second person; "Nous vous demandons de renoncer…" has no target in "de renoncer".
    func testFrenchSignerRoleAndOrganisationAndCallTarget() {
        let letter = segment([
            block("Monsieur le Premier ministre,"),
            block("Nous vous écrivons au sujet de la prolongation de l'expérimentation de la vidéosurveillance algorithmique, prévue par la loi relative aux Jeux olympiques."),
            block("Nous vous demandons de renoncer à cette prolongation et de publier le rapport d'évaluation du comité."),
            block("Nous vous prions d'agréer, Monsieur le Premier ministre, l'expression de notre haute considération."),
            block("Bastien Le Querrec", "Juriste, La Quadrature du Net"),
        ])
        XCTAssertEqual(letter.signatories.count, 1)
        XCTAssertEqual(letter.signatories.first?.name, "Bastien Le Querrec")
        XCTAssertEqual(letter.signatories.first?.role, "Juriste")
        XCTAssertEqual(letter.signatories.first?.organization, "La Quadrature du Net")
        XCTAssertEqual(letter.callsToAction.count, 1)
        XCTAssertNil(letter.callsToAction.first?.target)
    }

    /// In plain text (no type sizes), a line naming a kind of letter is the subject, never the
    /// addressee; a cc entry keeps its role ("Ajay Banga, President of …").
    func testPlainTextLetterTitleAndCcWithRole() {
        let letter = segment([
            block("Open letter to the Board of the World Bank"),
            block("15 May 2024"),
            block("Dear Members of the Board,"),
            block(paragraph),
            block("Sincerely,"),
            block("Jane Doe"),
            block("cc: Ajay Banga, President of the World Bank Group; John Roe and Mary Major"),
        ])
        XCTAssertEqual(letter.subject, "Open letter to the Board of the World Bank")
        XCTAssertNil(letter.addressee)
        XCTAssertEqual(letter.cc, ["Ajay Banga, President of the World Bank Group", "John Roe", "Mary Major"])
    }

    /// A postscript after the signatures is kept (as an annex), not lost among them.
    func testPostscriptAfterTheSignaturesIsKept() {
        let letter = segment([
            block("Dear Minister,"),
            block(paragraph),
            block("Sincerely,"),
            block("Example Foundation"),
            block("P.S. The full technical note is available on our website."),
        ])
        XCTAssertEqual(letter.signatories.map(\.name), ["Example Foundation"])
        XCTAssertEqual(letter.annexes.map(\.title), ["P.S. The full technical note is available on our website."])
    }

    /// A letter to the editor: "Sir," is its salutation (a signer "Sir Nicolas …" is not), and
    /// "On behalf of the signatories," leads in to the signer without being one.
    func testLetterToTheEditorWithSirAndOnBehalfOf() {
        let letter = segment([
            block("To the Editor of The Times"),
            block("1 December 2023"),
            block("Sir,"),
            block(paragraph),
            block("Yours faithfully,"),
            block("On behalf of the signatories,", "Sir Nicolas Bratza", "Former President of the European Court of Human Rights"),
        ])
        XCTAssertEqual(letter.salutation, "Sir,")
        XCTAssertEqual(letter.closing, "Yours faithfully,")
        XCTAssertEqual(letter.signatories.map(\.name), ["Sir Nicolas Bratza"])
        XCTAssertEqual(letter.signatories.first?.role, "Former President of the European Court of Human Rights")
    }

    /// A German business letter types the signer's surname in brackets under the signature,
    /// over the role ("(Wildfeuer)" / "Rechtsanwältin"); OCR may drop the role's umlaut. A
    /// country in brackets under a person's line ("(Norway)" then "Prof. Jane Doe, Fellow IEEE")
    /// stays what it was.
    func testSurnameTypedInBracketsOverTheRole() {
        func letter(_ signature: Block) -> Letter {
            segment([block("Sehr geehrter Herr Dietrich,"),
                     block("wir zeigen an, dass wir die Bundesrepublik Deutschland vertreten. Unsere Bevollmächtigung versichern wir anwaltlich, und wir haben Ihnen Folgendes mitzuteilen."),
                     block("Mit freundlichen Grüßen"), signature])
        }
        for role in ["Rechtsanwältin", "Rechtsanwaltin"] {
            let typed = letter(block("(Wildfeuer)", role))
            XCTAssertEqual(typed.signatories.map(\.name), ["Wildfeuer"], role)
            XCTAssertEqual(typed.signatories.first?.kind, .person)
            XCTAssertEqual(typed.signatories.first?.role, role)
        }
        XCTAssertFalse(letter(block("(Norway)", "Prof. Jane Doe, Fellow IEEE")).signatories.map(\.name).contains("Norway"))
        XCTAssertNil(SignatoryParser.typedName("(Ort, Datum)"))
        XCTAssertNil(SignatoryParser.typedName("(ODAC)"))
        XCTAssertEqual(SignatoryParser.typedName("(Stefan Wehrmeyer)"), "Stefan Wehrmeyer")
    }

    /// A centred title set larger than the body over paragraphs, after the signer, opens an
    /// enclosure (a declaration for the addressee to sign); it is not a second signer.
    func testCentredTitleOverProseAfterTheSignerIsNoSigner() {
        let letter = segment([
            block("Dear Ms Freire,"),
            block(paragraph),
            block("Yours sincerely,"),
            block("Jane Doe", "Counsel"),
            // Set a little larger than the body (12 against 11): not large enough for a heading.
            Block(lines: [Line(text: "Declaration of Undertaking", fontSize: 12)], alignment: .center),
            block("The undersigned undertakes to remove the report from its website within seven days of this notice. It will also pay the costs of this notice, which are set out below."),
            block("The undersigned also undertakes to publish no part of the report again, in print or online, in any language, without the prior written consent of the author."),
        ])
        XCTAssertEqual(letter.signatories.map(\.name), ["Jane Doe"])
    }

    /// German letters are signed with the surname alone: "Wildfeuer, Rechtsanwältin, Redeker
    /// Sellner Dahs" is a person with a role and a firm; "Haselbeck, Bundesministerium des
    /// Innern" as the one signer is a person signing for the ministry, while in a list of
    /// several, "Greenpeace, Amnesty International" stays what it reads as.
    func testASurnameAloneBeforeARoleOrAsTheOneSignerIsAPerson() {
        func letter(_ signature: [Block]) -> Letter {
            segment([block("Sehr geehrter Herr Dietrich,"),
                     block("wir zeigen an, dass wir die Bundesrepublik Deutschland vertreten. Unsere Bevollmächtigung versichern wir anwaltlich, und wir haben Ihnen Folgendes mitzuteilen."),
                     block("Mit freundlichen Grüßen")] + signature)
        }
        let lawyer = letter([block("Wildfeuer, Rechtsanwältin, Redeker Sellner Dahs")]).signatories
        XCTAssertEqual(lawyer.map(\.name), ["Wildfeuer"])
        XCTAssertEqual(lawyer.first?.role, "Rechtsanwältin")
        XCTAssertEqual(lawyer.first?.organization, "Redeker Sellner Dahs")
        let official = letter([block("Haselbeck, Bundesministerium des Innern")]).signatories
        XCTAssertEqual(official.map(\.name), ["Haselbeck"])
        XCTAssertEqual(official.first?.kind, .person)
        XCTAssertEqual(official.first?.organization, "Bundesministerium des Innern")
        let list = letter([block("Greenpeace, Amnesty International"), block("Oxfam Deutschland e.V."), block("Brot für die Welt")]).signatories
        XCTAssertFalse(list.contains { $0.name == "Greenpeace" && $0.kind == .person }, "\(list)")
    }

    /// A house style prints the kind of document ("Open letter") in small type in a corner of
    /// the letterhead: that label is no subject. Set at the body's size, the same line still is.
    func testASmallLabelNamingTheKindOfLetterIsNoSubject() {
        func letter(labelSize: Double) -> Letter {
            segment([block("Open letter", size: labelSize),
                     block("National Bureau of Economic Research", "1050 Massachusetts Avenue, Cambridge, MA 02138"),
                     block("August 15, 2025"),
                     block("Dear Max:"), block(paragraph), block(paragraph),
                     block("Sincerely,"), block("Jane Doe", "President")])
        }
        XCTAssertNil(letter(labelSize: 8).subject)
        XCTAssertEqual(letter(labelSize: 11).subject, "Open letter")
    }

    /// No closing: the letter ends with its last sentences and a dash-led line naming the
    /// organisation ("– Association Adikia"), which the layout reads as a list item. That last
    /// line is the sign-off; a last list item that is an action stays in the body.
    func testADashLedOrganisationEndingTheLetterSignsIt() {
        let signed = segment([
            block("Madame, Monsieur,"),
            block(paragraph), block(paragraph),
            block("Nos enfants méritent mieux que cela. Protégeons-les et soignons-les."),
            block("Association Adikia", hint: .listItem),
        ])
        XCTAssertEqual(signed.signatories.map(\.name), ["Association Adikia"])
        let listed = segment([
            block("Madame, Monsieur,"),
            block(paragraph),
            block("Nous demandons au ministère de :"),
            block("publier le rapport complet avant la fin du mois", hint: .listItem),
        ])
        XCTAssertTrue(listed.signatories.isEmpty, "\(listed.signatories)")
    }

    /// A press release ends, with no closing, on the sender's contact footer: web site, press
    /// contacts with their telephones, the address with its registration. That is the sender's,
    /// signed by no one. An organisation's name over its web address and telephone still signs.
    func testAContactFooterWithNoClosingIsTheSendersNotASigner() {
        let release = segment([
            block("COMMUNIQUÉ DE PRESSE"),
            block("Maxent, le mardi 17 octobre 2017"),
            block(paragraph), block(paragraph),
            block("Site Internet : www.example.org", "Contact presse : presse@example.org"),
            block("Jeanne Martin : 06 85 50 68 95", "Paul Durand : 06 59 00 30 57"),
            block("Coordonnées d’autres familles disponibles sur demande"),
            block("Association Exemple — 4 rue des Lilas, 35380 Maxent", "Parution JO 09/09/17 n° 20170036"),
        ])
        XCTAssertTrue(release.signatories.isEmpty, "\(release.signatories.map(\.name))")
        XCTAssertTrue(release.sender?.lines.contains("Contact presse : presse@example.org") == true, "\(String(describing: release.sender))")
        XCTAssertTrue(ContactFooter.isFooter([block("Site Internet : www.example.org", "Contact presse : presse@example.org")]))
        XCTAssertFalse(ContactFooter.isFooter([block("Amnesty International", "www.amnesty.org", "Tel. +44 20 7413 5500")]))
        XCTAssertFalse(ContactFooter.isFooter([block("Jane Doe", "jane@example.org", "Tel. +1 202 555 0100")]))
    }
}
