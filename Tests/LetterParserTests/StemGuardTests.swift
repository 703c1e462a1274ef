@testable import LetterParser
import XCTest

/// The stem guards in front of the salutation, annex-heading, field-label and signatory-heading
/// expressions: each must let through every text its expression matches, in every language,
/// including the words the lexicons write with optional letters and classes.
final class StemGuardTests: XCTestCase {
    func testStemsStopBeforeOptionalLettersAndClasses() {
        XCTAssertEqual(FirstWords.stems(Array("sirs?")), ["sir"])
        XCTAssertEqual(FirstWords.stems(Array("estimad[oa]s?")), ["estimad"])
        XCTAssertEqual(FirstWords.stems(Array(#"exm[oa]\.?"#)), ["exm"])
        XCTAssertEqual(FirstWords.stems(Array("honou?rable")), ["hono"])
        XCTAssertEqual(FirstWords.stems(Array("enclosures?")), ["enclosure"])
        XCTAssertEqual(FirstWords.stems(Array("pièces? jointes?")), ["pi"], "cut before the first letter outside ASCII")
        XCTAssertEqual(FirstWords.stems(Array("à")), [""], "no ASCII letter first: every text is tried")
        XCTAssertEqual(Set(FirstWords.stems(Array("(with )?(best|kind) (regards|wishes)"))), ["with", "best", "kind"])
        XCTAssertEqual(FirstWords.stems(Array("(a|b)*c")), [""], "a group that may repeat or vanish leaves the start open")
        XCTAssertEqual(FirstWords.stems(Array("good (morning|afternoon)")), ["good"])
    }

    /// Texts each expression matches (in the five languages) and texts it does not.
    private let texts = [
        "Dear Minister,", "DEAR COLLEAGUES,", "Sir,", "Honorable Senator,", "Honourable Members,", "Sirs:", "Madam,", "Ladies and Gentlemen,", "To whom it may concern:",
        "Good morning,", "Hello everyone!", "Estimados señores:", "Estimada Ministra,", "Querida Ana,", "Señor Presidente:",
        "Distinguidos miembros del Parlamento:", "Respetados señores,", "Madame la Ministre,", "Monsieur le Président,",
        "Chères collègues,", "Mesdames, Messieurs,", "Sehr geehrte Damen und Herren,", "SEHR GEEHRTER HERR MINISTER,",
        "Liebe Freundinnen und Freunde,", "Guten Tag,", "Exmo. Senhor Presidente,", "Exma. Senhora Ministra,",
        "Prezados senhores,", "Caros colegas,", "Olá a todos,", "Excelentíssimo Senhor,",
        "Annex 1", "ANNEX", "Appendix: list of signatories", "Enclosure", "Enclosures", "Attachments:", "Addendum",
        "P.S. We will write again.", "PS: see below", "Anexo", "Apéndice 2", "Annexe", "Pièces jointes", "PIÈCES JOINTES",
        "Anhang", "Anlagen", "Anlage 3",
        "From: Jane Doe", "To: The Editor", "Attn: Legal", "Attention: Ms Smith", "Date: 3 May 2020", "Sent: Monday",
        "Cc: All members", "Subject: Open letter", "RE: Bill 21", "De : Amnesty", "À : Madame la Ministre",
        "Para: Ministra", "A: Presidente", "Fecha: 3 de mayo", "Von: Verband", "An: Bundesministerium", "Datum: 3. Mai",
        "Z. Hd.: Frau Müller", "Remetente: Associação", "Da: Comissão", "Betreff: Offener Brief", "Objet : Lettre",
        "Signatories:", "List of signatories", "SIGNATORY ORGANISATIONS", "Organisations signataires",
        "Unterzeichnende Organisationen", "Firmantes:", "Individual signatories", "Supported by:",
        "We write to you today.", "Thank you for your attention.", "Yours sincerely,", "1. Introduction",
        "Ｄear friends,", "Éminence,", "ﬁrst of all:", "Ǳ: odd", "", " ", ":", "Señores:", "«Dear» friend,",
    ]

    func testSalutationGuardLetsThroughEveryMatch() {
        for text in texts {
            XCTAssertEqual(Patterns.isSalutation(text), Patterns.matches(Patterns.salutation, text), text)
        }
        for text in ["Sir,", "Honorable Senator,", "Estimados señores:", "Exmo. Senhor Presidente,", "SEHR GEEHRTER HERR MINISTER,", "Liebe Freundinnen und Freunde,",
                     "Caros colegas,", "Querida Ana,"] {
            XCTAssertTrue(Patterns.isSalutation(text), text)
        }
        XCTAssertFalse(Patterns.isSalutation("We write to you today."))
    }

    func testAnnexGuardLetsThroughEveryMatch() {
        for text in texts {
            XCTAssertEqual(Patterns.isAnnexHeading(text), text.count < 120 && Patterns.matches(Patterns.annexHeading, text), text)
        }
        for text in ["Enclosures", "Pièces jointes", "PIÈCES JOINTES", "P.S. We will write again.", "Anlagen", "Apéndice 2"] {
            XCTAssertTrue(Patterns.isAnnexHeading(text), text)
        }
    }

    func testFieldLabelGuardsLetThroughEveryMatch() {
        for text in texts {
            XCTAssertEqual(Patterns.isFieldLabel(text), Patterns.slowIsFieldLabel(text), text)
        }
        for text in ["Attn: Legal", "Sent: Monday", "À : Madame la Ministre", "Z. Hd.: Frau Müller", "Remetente: Associação", "Fecha: 3 de mayo"] {
            XCTAssertTrue(Patterns.isFieldLabel(text), text)
        }
    }

    func testSignatoryHeadingGuardLetsThroughEveryMatch() {
        for text in texts {
            XCTAssertEqual(Patterns.isSignatoryHeading(text), text.count <= 100 && Patterns.matches(Patterns.signatoryHeading, text), text)
        }
        for text in ["Signatories:", "SIGNATORY ORGANISATIONS", "Unterzeichnende Organisationen", "Firmantes:"] {
            XCTAssertTrue(Patterns.isSignatoryHeading(text), text)
        }
    }

    /// The one-pass count of capitalised words, on the spacing a split would have to get right.
    func testCapitalisedShareOnSpacing() {
        for text in ["", " ", "   ", " a  B ", "1990 Paris", "«Hola» mundo", "x-Ray ñu Ñu", "— Dear", "A", "a b c D E",
                     "Ärzte ohne Grenzen", "l’État", "12 34"] {
            XCTAssertEqual(PartEvidence.capitalisedShare(text), PartEvidence.slowCapitalisedShare(text), text.debugDescription)
        }
        XCTAssertEqual(PartEvidence.capitalisedShare(" a  B "), 0.5)
    }

    func testClosingSentenceGuardLetsThroughEveryMatch() {
        let sentences = [
            "Veuillez agréer, Madame la Ministre, l’expression de nos salutations distinguées.",
            "VEUILLEZ AGRÉER, MADAME, L’EXPRESSION DE NOTRE HAUTE CONSIDÉRATION.",
            "Nous vous prions d’agréer, Monsieur le Président, l’assurance de notre haute considération.",
            "Recevez, Monsieur, l’expression de mes salutations distinguées.",
            "Agréez, Madame, l’assurance de nos salutations respectueuses.",
            "Please accept the assurances of our highest consideration.",
            "Verbleibe ich mit freundlichen Grüßen.",
            "Me despido con un cordial saludo.",
            "Aproveitamos a oportunidade para reiterar os nossos protestos de estima e consideração.",
            "We agree with the agricultural agreement and accept it.", "Nothing to see here.",
        ]
        for text in sentences {
            XCTAssertEqual(Patterns.isClosingSentence(text), Patterns.matches(Patterns.closingSentence, text), text)
        }
        XCTAssertTrue(Patterns.isClosingSentence(sentences[1]), "upper-case É is a stem of its own")
        XCTAssertFalse(Patterns.isClosingSentence("We agree with the agricultural agreement."))
    }

    /// One pass for several needles finds what a search for each finds.
    func testSearchForAnyNeedleIsSearchForEach() {
        let needles = Patterns.closingSentenceStems + ["x", "[", "`"]
        let table = ASCIICaseNeedles(needles)
        for text in texts + ["AGRÉER", "agréer", "Acceptez", "ACCEP", "desPEDimos", "{", "@", "aprovechamos", "x"] {
            XCTAssertEqual(text.containsAnyASCIIIgnoringCase(table), needles.contains { text.containsASCIIIgnoringCase($0) }, text)
        }
        XCTAssertTrue("ACCEPT".containsAnyASCIIIgnoringCase(table))
        XCTAssertFalse("{".containsAnyASCIIIgnoringCase(table), "only letters fold: [ is no {")
        XCTAssertTrue("".containsAnyASCIIIgnoringCase(ASCIICaseNeedles(["a", ""])))
    }

    /// The byte answer where each scalar is a Character, Foundation's elsewhere: the same.
    func testIncludesAnswersAsFoundation() {
        let texts = ["Jane Doe, doctor", "Jane Doe,doctor", "a,\u{301} b", "a, \u{301}b", "é, è", "e\u{301}, x", "", ",", " , ",
                     "«Doe», médecin", "Ａ， Ｂ", "a\r\n, b", "www.example.org", "http", "x@y", "a/\u{338}b"]
        for text in texts {
            for needle in [", ", "@", "www.", "http", "/", ":"] {
                XCTAssertEqual(text.includes(needle), text.contains(needle), "\(text.debugDescription) \(needle)")
            }
        }
        XCTAssertTrue("Jane Doe, doctor".includes(", "))
    }

    func testASCIICaseFoldingSearchAtEdges() {
        XCTAssertTrue("Agréez".containsASCIIIgnoringCase("agr\u{E9}"))
        XCTAssertFalse("AGRÉEZ".containsASCIIIgnoringCase("agr\u{E9}"), "letters outside ASCII compared as they are")
        XCTAssertTrue("AGRÉEZ".containsASCIIIgnoringCase("agr\u{C9}"))
        XCTAssertFalse("agreement".containsASCIIIgnoringCase("agr\u{E9}"))
        XCTAssertTrue("aagr".containsASCIIIgnoringCase("agr"))
        XCTAssertTrue("xx AGR".containsASCIIIgnoringCase("agr"))
        XCTAssertFalse("agr".containsASCIIIgnoringCase("agre"))
        XCTAssertFalse("AG\u{301}R".containsASCIIIgnoringCase("agr"))
    }
}
