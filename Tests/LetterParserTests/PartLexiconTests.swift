@testable import LetterParser
import LetterModel
import XCTest

/// The part lexicons: the guards' first words read off the entries, and each language's
/// conventions recognised by the expressions built from them.
final class PartLexiconTests: XCTestCase {
    func testFirstWordsThroughGroups() {
        XCTAssertEqual(Set(FirstWords.words(Array("(with )?(best|kind) (regards|wishes)"))), ["with", "best", "kind"])
        XCTAssertEqual(FirstWords.words(Array("yours( very)? (sincerely|faithfully)")), ["yours"])
        XCTAssertEqual(FirstWords.words(Array(#"c\.c\."#)), ["c"])
        XCTAssertEqual(FirstWords.words(Array("saudações")), ["sauda"], "cut before the first letter outside ASCII")
        XCTAssertEqual(FirstWords.words(Array("com cópia")), ["com"])
    }

    /// The guards were written by hand before the lexicon existed; read off the lexicon they
    /// are the same words (a change to either would show here).
    func testGuardsReadOffTheLexiconMatchTheWordsTheyReplaced() {
        XCTAssertEqual(Patterns.closingLeads, [
            "yours", "sincerely", "very", "respectfully", "with", "best", "kind", "warm", "warmest", "kindest", "regards",
            "cheers", "cordially", "thank", "thanks", "many", "in", "solidarity", "atentamente", "cordialmente", "un",
            "saludos", "reciba", "muy", "cordialement", "bien", "salutations", "respectueusement", "mit", "freundliche",
            "viele", "hochachtungsvoll", "beste", "atenciosamente", "respeitosamente", "cordiais", "sauda", "com", "on",
        ])
        XCTAssertEqual(Patterns.ccLeads, ["cc", "c", "copy", "copies", "copia", "copie", "kopie", "com"])
        XCTAssertEqual(Patterns.subjectLeads, [
            "re", "subject", "subj", "ref", "reference", "regarding", "concerning", "objet", "object", "asunto", "assunto",
            "referencia", "refer", "betreff", "betr", "concerne", "tema",
        ])
    }

    func testEachLanguagesConventions() {
        let salutations = ["Dear Commissioner,", "Estimados señores:", "Madame la Ministre,", "Sehr geehrte Damen und Herren,", "Prezados senhores,"]
        for text in salutations { XCTAssertTrue(Patterns.matches(Patterns.salutation, text), text) }
        let closings = ["Yours sincerely,", "Atentamente,", "Bien cordialement,", "Mit freundlichen Grüßen", "Atenciosamente,"]
        for text in closings { XCTAssertTrue(Patterns.isClosing(text), text) }
        for text in ["RE: the draft", "Asunto: la ley", "Objet : la loi", "Betreff: das Gesetz", "Assunto: a lei"] {
            XCTAssertTrue(Patterns.isSubjectLabel(text), text)
        }
        XCTAssertFalse(Patterns.isClosing("Yours sincerely, we remain concerned about the law."), "a sentence is no closing")
        XCTAssertFalse(Patterns.matches(Patterns.salutation, "Dearth of evidence is the problem."), "a word boundary after the opener")
    }

    func testEveryLanguageHasEveryList() {
        for lexicon in PartLexicon.all {
            XCTAssertFalse(lexicon.salutationOpeners.isEmpty, lexicon.language)
            XCTAssertFalse(lexicon.closings.isEmpty, lexicon.language)
            XCTAssertFalse(lexicon.subjectLabels.isEmpty, lexicon.language)
            XCTAssertFalse(lexicon.signatoryHeadings.isEmpty, lexicon.language)
            XCTAssertFalse(lexicon.names.roles.isEmpty, lexicon.language)
            XCTAssertFalse(lexicon.names.organizations.isEmpty, lexicon.language)
            XCTAssertFalse(lexicon.names.letterKinds.isEmpty, lexicon.language)
            XCTAssertFalse(lexicon.names.honorifics.isEmpty, lexicon.language)
        }
        XCTAssertEqual(PartLexicon.all.map(\.language), ["en", "es", "fr", "de", "pt"])
    }

    /// Role, organisation, letter-kind words and forms of address are each language's data:
    /// the parser reads their union, so a word added to one language is read in every letter.
    func testNameWordsComeFromEachLanguagesLexicon() {
        XCTAssertTrue(Names.isRole("Rechtsanwältin"))
        XCTAssertTrue(Names.isRole("Projektleiterin"), "a German compound ending in a role suffix")
        XCTAssertTrue(Names.isRole("Conseillère municipale"))
        XCTAssertTrue(Names.isOrganization("Fundação Getulio Vargas"))
        XCTAssertTrue(Names.isOrganization("Chaos Computer Club e.V."))
        XCTAssertTrue(HeaderParser.namesOnlyTheKind("Carta abierta"))
        XCTAssertTrue(HeaderParser.namesOnlyTheKind("Offener Brief"))
        XCTAssertEqual(Names.roleWords, Set(PartLexicon.all.flatMap(\.names.roles)))
    }

    /// One list of honorifics for the toolkit: every title the archive's name key drops is one
    /// the parser reads before a name, with or without its full stop.
    func testTheParserReadsEveryHonorificTheNameKeyDrops() {
        for title in NameKey.honorifics {
            XCTAssertTrue(Names.honorifics.contains(title) && Names.honorifics.contains(title + "."), title)
        }
        XCTAssertTrue(Names.isPersonName("Ing. Juan Pérez"))
        XCTAssertTrue(Names.isPersonName("Me Claire Dubois"))
    }
}
