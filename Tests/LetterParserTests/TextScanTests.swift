@testable import LetterParser
import XCTest

/// The scalars the fast paths are probed with, beside each sample: Latin and its neighbours,
/// general punctuation (quotes, dashes, bullets), currency signs.
private let probeScalars: [(value: UInt32, scalar: Unicode.Scalar)] =
    (Array(0..<0x300) + Array(0x2010..<0x2028) + Array(0x2030..<0x205F) + Array(0x20A0..<0x20D0)).compactMap { value in
        Unicode.Scalar(UInt32(value)).map { (UInt32(value), $0) }
    }

/// The cheap scans that decide when a regular expression or a Foundation search can be
/// skipped: each must never skip one that would have matched.
final class TextScanTests: XCTestCase {
    /// The words call detection reads: lowercased letter runs, cut at apostrophes and hyphens,
    /// with clause marks kept. (They replace the ASCII `patternWords` of the regular
    /// expressions, which are gone.)
    func testCallTokensAreLowercasedWordsAndClauseMarks() {
        XCTAssertEqual(CallToken.split("“We, the undersigned, urge 3rd-party firms").map(\.lower),
                       ["we", ",", "the", "undersigned", ",", "urge", "3rd", "party", "firms"])
        XCTAssertEqual(CallToken.split("Protégeons-les d’urgence").map(\.lower), ["protégeons", "les", "d", "urgence"])
        XCTAssertEqual(CallToken.split("PEÇO ao ministro").map(\.lower), ["peço", "ao", "ministro"])
    }

    /// The prefilter holds a word of every phrase the rules read, so that no call is skipped.
    func testPrefilterHoldsAWordOfEveryPhrase() {
        for rules in CallRules.all {
            let l = rules.lexicon
            for entry in l.authors + l.requests + l.ownRequests + l.thirdPersonRequests + l.modals + l.impersonal + l.polite
                + l.imperatives + l.wishes + l.questions + l.requestLabels {
                let words = CallToken.split(entry).map(\.lower)
                XCTAssertTrue(words.contains(where: rules.triggers.contains), "\(l.language): \(entry)")
            }
        }
    }

    /// One sentence per family of patterns: a wrong list of needed words would lose it.
    func testEveryKindOfCallIsStillFound() {
        let calls = [
            "We urge the Minister to withdraw the bill.",
            "I am writing to ask you to reconsider.",
            "We would welcome a meeting.",
            "It is our sincere hope that you will listen.",
            "Governments must act now.",
            "Would you please reply by Friday?",
            "We, the organisations below, call on Parliament to act.",
            "We really need you to act.",
            "Please reply.",
            "We also join the coalition in calling for change.",
            "Sign the petition today.",
            "Stop funding surveillance.",
            "Exigimos al gobierno que actúe.",
            "Nous demandons au gouvernement de renoncer.",
            "Merci de nous répondre.",
            "Nous souhaitons que le ministre réponde.",
            "Wir fordern die Regierung auf, zu handeln.",
            "Wir möchten Sie ermutigen, zu handeln.",
            "Bitte antworten Sie.",
            "Peço ao ministro que reconsidere.",
        ]
        for sentence in calls {
            XCTAssertNotNil(CallsToAction.match(sentence), sentence)
        }
        XCTAssertNil(CallsToAction.match("The report was published last week."))
        XCTAssertNil(CallsToAction.match("They must have known."))
    }

    func testLeadingWord() {
        XCTAssertEqual(Patterns.leadingWord("Yours sincerely,"), "yours")
        XCTAssertEqual(Patterns.leadingWord("Saudações,"), "sauda")
        XCTAssertEqual(Patterns.leadingWord("“Sincerely"), "")
        XCTAssertEqual(Patterns.leadingWord("cc"), "cc")
        XCTAssertNil(Patterns.leadingWord("ÉTAT"))
    }

    func testAnchoredPatternsWithTheirLeadWords() {
        for closing in ["Yours sincerely,", "Best wishes", "With kind regards,", "Saudações,", "Cordiais saudações",
                        "Mit freundlichen Grüßen", "Bien à vous,", "On behalf of the board,", "Thank you for your time."] {
            XCTAssertTrue(Patterns.isClosing(closing), closing)
        }
        XCTAssertFalse(Patterns.isClosing("Bestwishes"))
        XCTAssertTrue(Patterns.isCcLabel("cc: Jane Doe"))
        XCTAssertTrue(Patterns.isCcLabel("c.c. Jane Doe"))
        XCTAssertTrue(Patterns.isCcLabel("Com cópia: Jane Doe"))
        XCTAssertTrue(Patterns.isSubjectLabel("Referência: processo 12"))
        XCTAssertTrue(Patterns.isSubjectLabel("Betr.: Anhörung"))
        XCTAssertTrue(Patterns.isSubjectLabel("RE: consultation"))
        XCTAssertFalse(Patterns.isSubjectLabel("Regards"))
    }

    func testIncludesAndPiecesAnswerAsFoundation() {
        XCTAssertTrue("jane@example.org".includes("@"))
        XCTAssertFalse("a/\u{338}b".includes("/"))          // "/" with a combining overlay is another character
        XCTAssertEqual("a/\u{338}b".includes("/"), "a/\u{338}b".contains("/"))
        XCTAssertEqual("Jane Doe".pieces(separatedBy: ", "), ["Jane Doe"])
        XCTAssertEqual("Jane Doe, Director".pieces(separatedBy: ", "), ["Jane Doe", "Director"])
        XCTAssertEqual("".pieces(separatedBy: ", "), "".components(separatedBy: ", "))
    }

    /// The byte guard in front of `range(of:)` for the list conjunctions of ``SignatoryParser/nameList(_:)``.
    func testRangeIfIncludedAnswersAsFoundation() {
        let texts = ["Jane Doe and John Roe", "Jane and", "and Jane", "Ana y Luis", "Ana e\u{301} Luis", "Ana e Luis", "A & B", "A &\u{338} B",
                     "Jean et Marie", "AND Jane", "Jane Doe", "", " e ", "Anne\u{301} et Paul", "Doe, Jane", "Doe,\u{301} Jane", "Doe, \u{301}Jane", "a,b"]
        for text in texts {
            for conjunction in SignatoryParser.listConjunctions {
                for form in [conjunction + " ", " " + conjunction + " ", ", "] {
                    XCTAssertEqual(text.rangeIfIncluded(of: form), text.range(of: form), "\(text.debugDescription) \(form.debugDescription)")
                }
            }
        }
    }
}

extension TextScanTests {
    func testNumberCountMatchesCharacterIsNumber() {
        for text in ["Tel. +49 30 1234567", "no digits", "½ and ² and ٣", "12\r\n34", "Straße 12, 10115 Berlin"] {
            XCTAssertEqual(text.numberCount, text.filter(\.isNumber).count, text)
        }
    }

    /// Closing sentences are found whatever the case of their key word; the byte prefilter in
    /// front of the expression must not turn away a capitalised "Agréez" or an all-caps line.
    func testClosingSentenceInAnyCase() {
        XCTAssertTrue(Patterns.isClosingSentence("Agréez, Madame, l'expression de mes salutations distinguées."))
        XCTAssertTrue(Patterns.isClosingSentence("VEUILLEZ AGRÉER, MONSIEUR, L'EXPRESSION DE NOS SENTIMENTS."))
        XCTAssertTrue(Patterns.isClosingSentence("Nous vous prions d'agréer, Monsieur le Ministre, l'assurance de notre considération."))
        XCTAssertTrue(Patterns.isClosingSentence("Recevez, Madame, nos salutations respectueuses."))
        XCTAssertFalse(Patterns.isClosingSentence("Nous demandons au gouvernement d'agir."))
        XCTAssertFalse(Patterns.isClosingSentence("Les agriculteurs recevront une aide."))
        XCTAssertTrue(Patterns.isClosingSentence("PLEASE ACCEPT THE ASSURANCES OF OUR HIGHEST CONSIDERATION."))
        XCTAssertTrue(Patterns.isClosingSentence("Nos despedimos atentamente, con nuestra mayor consideración."))
        XCTAssertFalse(Patterns.isClosingSentence("We accept the assurances of our highest consideration, but ask for more."))
    }

    func testContainsASCIIIgnoringCase() {
        XCTAssertTrue("Agréez".containsASCIIIgnoringCase("agr"))
        XCTAssertTrue("x RECEVEZ".containsASCIIIgnoringCase("recevez"))
        XCTAssertFalse("ag r".containsASCIIIgnoringCase("agr"))
        XCTAssertFalse("ag".containsASCIIIgnoringCase("agr"))
        XCTAssertTrue("".containsASCIIIgnoringCase(""))
    }
}

/// The byte paths of the segmenter's per-line helpers, each against the code it replaced.
final class ByteHelperTests: XCTestCase {
    private let samples = [
        "", " ", "Ms Jane Doe,", "To: MS JANE DOE", "ÉTAT de droit 12", "İstanbul Çağ", "ΟΔΟΣ ΣΟΦΟΣ", "e\u{301}crit Ecrit",
        "Tel. +44 20 7946 0000", "Tél : 01 23 45 67 89", "www.example.org", "Coworker.org", "coworker.org", "Ⅳ ² ½ ٣ 3",
        "l’État, c’est moi", "The Public Service Union", "O'Brien, Jane", " \u{301}A b", "\u{600} Xyz", "ﬀ ﬃ Ǆ ǅ",
        "Aidan T Parkinson CEng MCIBSE", "JUAN PÉREZ GARCÍA", "dr. maría lópez", "line\r\nNext Line", "👍🏽 Great",
        "We the undersigned organisations urge you to act. Signed by: Jane Doe, John Roe and Mary Major.",
        "Die Bundesregierung muss handeln: Wir fordern Sie auf, die Überwachung zu stoppen.",
    ]

    func testFieldKeyMatchesTheLowercasedScalarFilter() {
        for text in samples {
            XCTAssertEqual(FieldLocator.key(text), FieldLocator.slowKey(text), text.debugDescription)
        }
        for value in 0..<0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "A" + String(Character(scalar)) + "z"
            XCTAssertEqual(FieldLocator.key(text), FieldLocator.slowKey(text), "U+\(String(value, radix: 16))")
        }
    }

    func testLanguageWordsMatchCharacterSplitting() {
        for text in samples + [samples.joined(separator: " ")] {
            XCTAssertEqual(LanguageDetector.words(of: text), LanguageDetector.slowWords(of: text), text.debugDescription)
        }
        for value in 0..<0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "Ab" + String(Character(scalar)) + "cd é" + String(Character(scalar))
            XCTAssertEqual(LanguageDetector.words(of: text), LanguageDetector.slowWords(of: text), "U+\(String(value, radix: 16))")
        }
    }

    func testCapitalisedShareMatchesCharacterWalk() {
        for text in samples + [samples.joined(separator: " ")] {
            XCTAssertEqual(PartEvidence.capitalisedShare(text), PartEvidence.slowCapitalisedShare(text), text.debugDescription)
        }
    }

    func testHasUppercaseMatchesCharacterTest() {
        for text in samples {
            XCTAssertEqual(BlockTraits.hasUppercase(text), text.contains(where: \.isUppercase), text.debugDescription)
        }
    }

    func testNumberCountMatchesCharacterFilter() {
        for text in samples + ["Tél. ٣٤٥ ² ½ Ⅻ 12", "e\u{301} 1\u{301}2 ３"] {
            XCTAssertEqual(text.numberCount, text.filter(\.isNumber).count, text.debugDescription)
        }
    }

    /// Every scalar where texts are scanned by scalars, alone as a Character.
    func testScalarCaseMatchesCharacterCase() {
        for value in Array(0..<0x300) + Array(0x2000..<0x20D0) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            XCTAssertEqual(scalar.isUppercaseCharacter, Character(scalar).isUppercase, "U+\(String(value, radix: 16))")
            let text = "x " + String(Character(scalar)) + "y Zz"
            XCTAssertEqual(PartEvidence.capitalisedShare(text), PartEvidence.slowCapitalisedShare(text), "U+\(String(value, radix: 16))")
            XCTAssertEqual(BlockTraits.hasUppercase(text), text.contains(where: \.isUppercase), "U+\(String(value, radix: 16))")
        }
    }

    /// ``Names/isRole(_:)`` with the suffix lengths counted once, against the expression it had.
    func testIsRoleMatchesSuffixTest() {
        func slowIsRole(_ s: String) -> Bool {
            let words = Names.tokens(s.lowercased()).map { $0.trimming(charactersIn: ",.()") }
            guard !words.isEmpty, words.count <= 10 else { return false }
            let parts = words.flatMap { word in word.contains("-") ? [word] + word.split(separator: "-").map(String.init) : [word] }
            return parts.contains { word in
                Names.roleWords.contains(word) || Names.roleSuffixes.contains { word.count > $0.count + 2 && word.hasSuffix($0) }
            }
        }
        for text in samples + ["Projektleiter", "Projektleiterin", "Leiter", "Xleiter", "XYleiter", "Pressesprecherin", "Co-Präsidentin",
                               "Datenschutzbeauftragte", "Abteilungsführer", "e\u{301}leiter", "aé\u{301}leiter", "Stv. Geschäftsführer"] {
            XCTAssertEqual(Names.isRole(text), slowIsRole(text), text.debugDescription)
        }
    }

    /// Sentences read by scalars cut where the Character walk cuts: stops, quotes and
    /// brackets after them, abbreviations, initials, capitals and digits of other scripts.
    func testSentenceSplitMatchesCharacterWalk() {
        let texts = samples + [
            "We urge you. Please act now! Will you? Yes.", "Dr. Smith met Mr. Jones. J. Doe signed.", "He said “stop.” Then left.",
            "Fin. «Oui» dit-il. (Voir p. 3.) Ok.", "É. Dupont écrit. Ça va? Über alles. 3. Punkt.", "End.\u{201D} Next", "a.  B", "x. ",
            "Éste es. Ñandú corre. İstanbul. ǅemal. ½ ok.", "e\u{301}. E\u{301}te. Zz", "Co. Ltd. Inc. Next", "Stop.\r\nNext. Again",
        ]
        for text in texts + [texts.joined(separator: " ")] {
            XCTAssertEqual(Sentences.split(text), Sentences.splitByCharacters(text), text.debugDescription)
        }
        for (value, scalar) in probeScalars {
            let c = String(Character(scalar))
            for text in ["One. \(c)two. Three", "Mr. \(c). X", "Stop.\(c) Next", "a\(c). B\(c)c. \(c)"] {
                XCTAssertEqual(Sentences.split(text), Sentences.splitByCharacters(text), "U+\(String(value, radix: 16)) \(text.debugDescription)")
            }
        }
    }

    /// Date words folded without Foundation when ASCII: the same keys as Foundation's folding.
    func testDateFoldOfASCIIMatchesFoundation() {
        for a in 0..<0x80 {
            for b in [0x41, 0x61, 0x5A, 0x7A, 0x30, 0x20, 0x2E, a] {
                let text = String(decoding: [UInt8(a), UInt8(b), 0x4D], as: UTF8.self)
                XCTAssertEqual(DateTokenizer.fold(text), DateTokenizer.slowFold(text), text.debugDescription)
            }
        }
        for text in ["Févr", "FÉVR", "fevr", "27th", "1er", "1º", "Mai", "DECEMBER", "Dezember", "März", "İ", "ǅ", "ß"] {
            XCTAssertEqual(DateTokenizer.fold(text), DateTokenizer.slowFold(text), text)
        }
    }

    func testSentenceStopAndCapitalsMatchCharacterWalks() {
        let texts = samples + ["Protéger les enfants maltraités. Ok", "Mr. Smith. J. Doe", "Exmo. Sr.", "abcde. x", "ABCD", "ABC", "AbCD É",
                               "ÉTAT DE DROIT", "ÀÉÎÕ", "ǅEMAL", "Ⅳ Ⅻ ABC", "e\u{301}tude. X", "MÜLLER-LÜDENSCHEIDT GMBH"]
        for text in texts {
            XCTAssertEqual(PartEvidence.hasSentenceStop(text), PartEvidence.slowHasSentenceStop(text), text.debugDescription)
            XCTAssertEqual(BlockTraits.isAllCaps(text), BlockTraits.slowIsAllCaps(text), text.debugDescription)
        }
        for (value, scalar) in probeScalars {
            let c = String(Character(scalar))
            XCTAssertEqual(scalar.isLowercaseCharacter, Character(scalar).isLowercase, "U+\(String(value, radix: 16))")
            for text in ["ABCD\(c)", "\(c)\(c)\(c)\(c)", "words\(c). Next", "abcd\(c). X", "abcde.\(c) x"] {
                XCTAssertEqual(PartEvidence.hasSentenceStop(text), PartEvidence.slowHasSentenceStop(text), "U+\(String(value, radix: 16)) \(text)")
                XCTAssertEqual(BlockTraits.isAllCaps(text), BlockTraits.slowIsAllCaps(text), "U+\(String(value, radix: 16)) \(text)")
            }
        }
    }

    func testDateTokensByScalarsMatchCharacterWalk() {
        let texts = samples + ["Berlin, 27th May 2023", "Paris, le 1er février 2024.", "Madrid, 3 de março de 2021", "12°C 4x4 May23",
                               "Genève, 5.\u{A0}Juni 2019", "1º de enero", "² 3", "São Paulo – 2020/01/02", "line\r\n2020"]
        for text in texts {
            XCTAssertEqual(DateTokenizer.tokenize(text), DateTokenizer.slowTokenize(text), text.debugDescription)
        }
        for (value, scalar) in probeScalars {
            let c = String(Character(scalar))
            for text in ["12\(c)May 2020", "\(c)Juni\(c) 3", "a \(c) 1"] {
                XCTAssertEqual(DateTokenizer.tokenize(text), DateTokenizer.slowTokenize(text), "U+\(String(value, radix: 16)) \(text.debugDescription)")
            }
        }
    }

    func testWithoutPostNominalsMatchesCharacterWalk() {
        let texts = samples + ["Aidan T Parkinson CEng MCIBSE ACOP", "Andrew Hastie MP", "VOCES DEL CARBÓN", "Jane Doe PhD, MBA",
                               "JANE DOE OBE", "Jane Doe OBE", "María López ÉTÉ", "Jane Doe ǄEMAL", "Jane Doe E\u{301}TE", "Jane Doe ABCDEFGH",
                               "Jane Doe A1B", "J. Doe, Esq.", "Dr Jane Doe FRS FRSE", "jane doe x", "Jane  Doe  QC ,"]
        for text in texts {
            XCTAssertEqual(Names.withoutPostNominals(text), Names.slowWithoutPostNominals(text), text.debugDescription)
        }
        for (value, scalar) in probeScalars {
            let c = String(Character(scalar))
            for text in ["Jane Doe A\(c)B", "JANE DOE \(c)AB", "Jane D\(c)e AB\(c)", "Jane Doe \(c)"] {
                XCTAssertEqual(Names.withoutPostNominals(text), Names.slowWithoutPostNominals(text), "U+\(String(value, radix: 16)) \(text)")
            }
        }
    }

    func testNameTokensSplitOnSpaceCharacters() {
        for text in samples {
            XCTAssertEqual(Names.tokens(text), text.split(whereSeparator: { $0 == " " }).map(String.init), text.debugDescription)
        }
    }
}
