@testable import LetterParser
import Geometry
import Layout
import XCTest

/// The scalars each fast path is probed with beside its samples: Latin and its neighbours,
/// general punctuation, currency signs, and a few that lower-case to ASCII or combine.
private let probes: [Unicode.Scalar] =
    (Array(0..<0x300) + Array(0x2010..<0x2028) + Array(0x2030..<0x205F) + [0x212A, 0x0130, 0x0301, 0x037E, 0xFF20, 0xFE6B])
        .compactMap { Unicode.Scalar(UInt32($0)) }

/// The segmenter's fast paths against the code they replace, on inputs chosen to break them.
final class SegmenterFastPathTests: XCTestCase {
    private let lines = [
        "", " ", "-", "___", "s", "Jane Doe", "JANE DOE", "Ms Jane Doe,", "jane@example.org", "Jane Doe // jane@example.org",
        "WWW.EXAMPLE.ORG", "Www.Example.org", "see http://x", "HTTPS://X.ORG", "coworker.org", "Coworker.org", "example.org/join",
        "digitalrightswatch.org.au", "a.b", "a.b c", "ex\u{0E}mple www\u{0E}x", "wwW. x", "htTp", "Tel. +44 20 7946 0000",
        "Tel 12345", "Phone: 123 456", "FAX 0123456", "mobile 07700900123", "Tél : 01 23 45 67 89", "Téléphone 0123456",
        "Street 12, 10115 Berlin", "12 34 56", "Im Auftrag", "i.A.", "I. A.:", "p.p.", "PER PRO", "On behalf of the signatories,",
        "AU NOM DU COLLECTIF :", "Please mail checks made out to: X", "please sign", "Kindly  note this", "Por favor firme aquí",
        "“Unidad, trabajo y energía por Colombia.”", "\"Quote\"", "“x”", "«Oui»", "Protéger les enfants maltraités.",
        "The Example Organisation Ltd.", "We stand together. With you.", "Berlin, 3. März 2021", "May 2020", "Date: 2017",
        "line\r\nNext Line", "e\u{301}crit 123456", "\u{212A}ELVIN 123456", "İstanbul Tel 123456", "TEL\u{301} 123456",
        "Jane Doe, John Roe and Mary Major", "Jane Doe, John Roe & Mary Major.", "Ana Pérez, Luis Gómez y Marta Ruiz",
        "Jean Dupont et Marie Curie", "and John Roe, Jane Doe", "Jane Doe and", "Brett Belleville, Michael Ubis, Rachel Moon, and Cade Parks",
        "Jane Doe, Stanford CIS", "Greenpeace and Amnesty", "Jane Doe, da Silva and Ana Souza", "Dear Sir,", "Sincerely,",
        "Yours faithfully,", "cc: Jane Doe", "Subject: the bill", "Re: bill", "Objet : la loi",
        "A very long line of running prose that goes on and on past ninety characters: it has a colon",
        "A very long line of running prose that goes on and on past ninety characters without any label",
        "Ab: a very long line of running prose that goes on and on past ninety characters after a label",
        "A very long line of running prose that goes on and on past ninety characters and ends like this,",
        "Ab\u{301}:\u{301} a very long line of running prose that goes on and on past ninety characters after a label",
        "12 May 2020", "London, 12 May 2020", "I await your response. Respectfully,", "Thank you. Best regards,",
    ]

    /// Every line and a scalar of each kind in it.
    private var probed: [String] {
        var texts = lines
        for scalar in probes {
            let c = String(Character(scalar))
            texts += ["Jane\(c)Doe", "\(c)www.x", "\(c)\(c)\(c)\(c)\(c)1.", "Jo\(c) 12345", "\(c)ex.org", "ex\(c)ample.org", "ww\(c)w.", "jane\(c)@x", "Tel\(c) 123456", "\(c)coworker.org", "a\(c).org",
                      "please\(c) sign now", "“\(c)”", "Jane Doe, John Roe and\(c) Mary Major", "Jane Doe\(c) and John Roe"]
        }
        return texts
    }

    func testContactLineMatchesLowercasedSearch() {
        for text in probed {
            XCTAssertEqual(BlockTraits.isContactLine(text), BlockTraits.slowIsContactLine(text), text.debugDescription)
        }
        // The byte pass must not be vacuous: some of these are contact lines, some are not.
        XCTAssertTrue(BlockTraits.isContactLine("coworker.org"))
        XCTAssertFalse(BlockTraits.isContactLine("Coworker.org"))
        XCTAssertTrue(BlockTraits.isContactLine("FAX 0123456"))
    }

    func testNoiseMatchesTheTestsInTheirFirstOrder() {
        for language in [nil, "en", "de", "fr"] as [String?] {
            let parser = SignatoryParser(language: language)
            for text in probed {
                XCTAssertEqual(parser.isNoise(text), parser.slowIsNoise(text), "\(language ?? "-") \(text.debugDescription)")
            }
        }
        XCTAssertTrue(SignatoryParser(language: "en").isNoise("Please mail checks made out to: X"))
        XCTAssertFalse(SignatoryParser(language: "en").isNoise("Jane Doe"))
    }

    func testNameListMatchesSearchWithoutByteGuard() {
        for text in probed {
            XCTAssertEqual(SignatoryParser.nameList(text), SignatoryParser.slowNameList(text), text.debugDescription)
        }
        XCTAssertNotNil(SignatoryParser.nameList("Jane Doe, John Roe and Mary Major"))
    }

    func testCutKindMatchesCharacterCounts() {
        for language in [nil, "en", "fr"] as [String?] {
            for text in probed {
                XCTAssertEqual(PartSplitter.cutKind(text, isFirst: false, language: language),
                               PartSplitter.slowCutKind(text, isFirst: false, language: language), text.debugDescription)
            }
        }
    }

    /// Blocks that are not cut come back as rebuilt from their lines: the same lines, text,
    /// box, hint and alignment, and no level.
    func testSplitKeepsUncutBlocksAsRebuilt() {
        func block(_ texts: [String], level: Int?, hint: BlockHint?) -> Block {
            let lines = texts.enumerated().map { i, text in
                Line(text: text, box: Rect(x0: 72, y0: 100 + 14 * Double(i), x1: 400, y1: 111 + 14 * Double(i)), page: 1 + i / 3, fontSize: 11)
            }
            return Block(lines: lines, hint: hint, alignment: .justified, level: level)
        }
        var blocks: [Block] = []
        for level in [nil, 2] as [Int?] {
            for hint in [nil, .heading, .listItem] as [BlockHint?] {
                blocks += [
                    block(["We write to you about the bill.", "It is bad for every-", "one of us."], level: level, hint: hint),
                    block(["Dear Minister,", "We write to you."], level: level, hint: hint),
                    block(["Thank you. Best regards,", "Jane Doe"], level: level, hint: hint),
                    block(["One line only"], level: level, hint: hint),
                    block(["cc: Jane Doe", "Subject: the bill", "Body text follows here."], level: level, hint: hint),
                    block(["First line", "12 May 2020", "Last line"], level: level, hint: hint),
                ]
            }
        }
        for language in [nil, "en"] as [String?] {
            let fast = PartSplitter.split(blocks, language: language)
            XCTAssertEqual(fast, PartSplitter.slowSplit(blocks, language: language))
            XCTAssertGreaterThan(fast.count, blocks.count)
        }
    }

    /// Tokens as the byte-lowering split gives them: the same words, marks, cases and places.
    func testCallTokenSplitMatchesFirstSplit() {
        func described(_ tokens: [CallToken], in text: String) -> [String] {
            tokens.map { "\(text.utf8.distance(from: text.startIndex, to: $0.text.startIndex))…\($0.text)|\($0.lower)|\($0.isWord)" }
        }
        var texts = probed + ["We, the UNDERSIGNED, urge 3rd-party firms – now; (all) of_them—X", "ÉTAT ét É\u{301}T ÇA", "A - b -c",
                              "\u{212A}elvin İstanbul ǅ", "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz0123456789_"]
        for scalar in probes {
            let c = String(Character(scalar))
            texts += ["Ab\(c)Cd \(c)x", "\(c)-\(c) \(c)", "WE\(c)URGE"]
        }
        for text in texts {
            XCTAssertEqual(described(CallToken.split(text), in: text), described(CallToken.slowSplit(text), in: text), text.debugDescription)
        }
    }

    /// Calls read from annotated tokens (one look-up per word, phrase tables skipped for words
    /// that open none) against every table asked of every word.
    func testAnnotatedCallMatchAnswersAsEveryLookUp() {
        var sentences = [
            "We urge the Minister to withdraw the bill.", "We, the organisations below, call on Parliament to act.",
            "Governments must act now.", "Would you please reply by Friday?", "Please reply.", "Sign the petition today.",
            "Exigimos al gobierno que actúe.", "Nous demandons au gouvernement de renoncer.", "Merci de nous répondre.",
            "Wir fordern die Regierung auf, zu handeln.", "Bitte antworten Sie.", "Sie ist an internationale Standards anzupassen.",
            "Peço ao ministro que reconsidere.", "Votemos con memoria.", "Signez la pétition !", "Unterstützen Sie uns.",
            "The report was published last week.", "They must have known.", "Nous vous prions d'agréer nos salutations.",
        ]
        for rules in CallRules.all {
            for child in Mirror(reflecting: rules.lexicon).children {
                guard let list = child.value as? [String] else { continue }
                for entry in list {
                    sentences += ["\(entry) the Minister to act.", "Daher \(entry) wir Sie auf, \(entry) zu handeln.", "We \(entry): now?"]
                }
            }
        }
        var found = 0
        for sentence in sentences {
            let plain = CallToken.split(sentence)
            let annotated = CallRules.annotated(plain)
            XCTAssertEqual(CallRules.languages(ofAnnotated: [annotated]).map(\.bit), CallRules.languages(of: [plain]).map(\.bit), sentence)
            for lexicons in [CallRules.all, CallRules.languages(of: [plain])] {
                let fast = CallsToAction.match(sentence, annotated: annotated, lexicons: lexicons)
                XCTAssertEqual(fast, CallsToAction.match(sentence, tokens: plain, lexicons: lexicons), sentence)
                if fast != nil { found += 1 }
            }
            XCTAssertEqual(CallRules.isRequestLabel(annotated), CallRules.isRequestLabel(plain), sentence)
            XCTAssertEqual(CallRules.endsWithReason(annotated), CallRules.endsWithReason(plain), sentence)
            XCTAssertEqual(CallRules.endsWithRelative(annotated), CallRules.endsWithRelative(plain), sentence)
        }
        XCTAssertGreaterThan(found, sentences.count / 8)
    }

    /// The reflected list of phrase tables holds every table of a language.
    func testPhraseTablesAreAllTheTables() {
        XCTAssertEqual(CallRules.all[0].phraseTables.count, 35)  // the `CallPhrases` fields of ``CallRules``
    }

    /// Field keys decoded from UTF-8 bytes: every scalar of two, three and four bytes (in steps
    /// above the Latin and Greek blocks), between letters and alone.
    func testFieldKeyDecodesEveryLengthOfScalar() {
        for value in Array(0x80..<0x800) + Array(stride(from: 0x800, to: 0x11_0000, by: 7)) + [0x130, 0x1E9E, 0x212A, 0x10400, 0x1F44D] {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            for text in ["A\(scalar)z", "\(scalar)", "\(scalar)\(scalar)9"] {
                XCTAssertEqual(FieldLocator.key(text), FieldLocator.slowKey(text), "U+\(String(value, radix: 16))")
            }
        }
        XCTAssertEqual(String(String.UnicodeScalarView(FieldLocator.key("To: Ms Jane DOE, 𐐀 Ölz"))), "tomsjanedoe𐐨ölz")
    }

    /// What the contact line's byte pass assumes of lower-casing, over every scalar outside
    /// ASCII: its lower case holds no ASCII but letters, and at most one number.
    func testLowerCaseOfEveryScalarOutsideASCII() {
        for value in 0x80...0x10FFFF {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            let mapped = scalar.properties.lowercaseMapping.unicodeScalars
            XCTAssertFalse(mapped.contains { $0.isASCII && !(("a"..."z").contains($0)) }, "U+\(String(value, radix: 16))")
            XCTAssertLessThanOrEqual(mapped.filter { $0.properties.numericType != nil }.count, 1, "U+\(String(value, radix: 16))")
        }
    }

    /// The language sample cut by scalars: the same text as the first Characters, whatever
    /// stands at, before or after the cut.
    func testLanguageSampleIsTheFirstCharacters() {
        let base = String(repeating: "Abc dé, ", count: 12)  // 96 Characters, 108 bytes
        for scalar in probes + ["\r", "\n", "\u{1F44D}", "\u{1F3FD}", "\u{0308}"] {
            let c = String(Character(scalar))
            for position in [0, 58, 59, 60, 61, 95] {
                var characters = Array(base)
                characters.insert(Character(c), at: position)
                let text = String(characters)
                for limit in [10, 59, 60, 61, 200] {
                    XCTAssertEqual(LanguageDetector.sample(text, characters: limit), String(text.prefix(limit)),
                                   "U+\(String(scalar.value, radix: 16)) at \(position), \(limit)")
                }
            }
        }
        XCTAssertEqual(LanguageDetector.sample(base, characters: 60).count, 60)
    }

    /// Words read from the bytes against the words of the lower-cased text.
    func testLanguageByteWordsMatchLowercasedWords() {
        var texts = lines + ["Ça coûte CHER à l’État — ÆØÅ ÞÓR × ÷ ß ẞ", "\u{212A}elvin İstanbul ǅemal ŉ", "a\u{301}b", "x\r\ny"]
        for scalar in probes { texts.append("Ab\(scalar)cD \(scalar) e\(scalar)") }
        for value in stride(from: 0x300, to: 0x3000, by: 3) { texts.append("Ab\(Unicode.Scalar(UInt32(value))!)cD") }
        var byBytes = 0
        for text in texts {
            if let words = LanguageDetector.byteWords(of: text) {
                byBytes += 1
                XCTAssertEqual(words, LanguageDetector.slowWords(of: text), text.debugDescription)
            }
            XCTAssertEqual(LanguageDetector.words(of: text), LanguageDetector.slowWords(of: text), text.debugDescription)
        }
        XCTAssertGreaterThan(byBytes, texts.count / 8)
    }

    func testPersonNameMatchesLookupPerList() {
        var texts = lines + ["Jane van der Berg", "Dr. Jane Doe", "Jane DOE", "JANE DOE", "UNESCO Paris Office", "Jane Doe UNICEF",
                             "The Public Service", "Juriste, La Quadrature", "Jane Doe MP", "María José de la Cruz", "jane doe", "(Jane) Doe",
                             "Example Foundation", "Executive Director", "Jane  Doe", " Jane Doe ", "Jane Doe\r\nRoe", "ÉLODIE DURAND Ltd"]
        for scalar in probes { texts += ["Jane D\(scalar)e", "JANE\(scalar) DOEXY Z", "\(scalar)ane Doe"] }
        var people = 0
        for text in texts {
            XCTAssertEqual(Names.isPersonName(text), Names.slowIsPersonName(text), text.debugDescription)
            XCTAssertEqual(Names.withoutPostNominals(text), Names.slowWithoutPostNominals(text), text.debugDescription)
            if Names.isPersonName(text) { people += 1 }
        }
        XCTAssertGreaterThan(people, 10)
    }

    /// Date runs read by their bytes: words, numbers, ordinals, mixed runs, and any run with a
    /// character outside ASCII.
    func testDateRunsByBytesMatchCharacterWalk() {
        var runs = ["May", "MAY", "mAy", "27th", "1er", "1ST", "2nd", "3RD", "1e", "12", "0008", "1234567890", "123456789", "May23",
                    "4x4", "x4", "A", "a", "9", "1º", "1°", "février", "Févr", "12éme", "ÉTÉ", "Ab1c", "31st2"]
        for scalar in probes { runs += ["1\(scalar)", "A\(scalar)b", "\(scalar)12"] }
        for run in runs {
            let text = "x " + run + " y"
            let sub = text.dropFirst(2).dropLast(2)
            for space in [false, true] {
                XCTAssertEqual(DateTokenizer.classifyRun(sub, spaceBefore: space), DateTokenizer.slowClassifyRun(sub, spaceBefore: space),
                               run.debugDescription)
            }
        }
        XCTAssertEqual(DateTokenizer.classifyRun("27th"[...], spaceBefore: true).kind, .number)
    }

    func testRuleCharacterSwitchMatchesStringContains() {
        var characters: [Character] = ["_", "-", "–", "—", "=", ".", " ", "/", "s", "S", "e\u{301}", "-\u{301}", "\r\n"]
        characters += probes.map { Character($0) }
        for c in characters {
            XCTAssertEqual(SignatoryParser.isRuleCharacter(c), "_-–—=. /s".contains(c), String(c).debugDescription)
        }
    }

    /// Side-by-side blocks found from pages and boxes read once, as from the blocks.
    func testSideBySideFromPlacesMatchesBlocks() {
        func block(_ x: Double, _ y: Double, page: Int, lines: Int = 1) -> Block {
            Block(lines: (0..<lines).map { i in
                Line(text: "Jane Doe", box: Rect(x0: x, y0: y + 14 * Double(i), x1: x + 100, y1: y + 11 + 14 * Double(i)), page: page, fontSize: 11)
            })
        }
        let blocks = [block(72, 100, page: 1), block(300, 102, page: 1), block(72, 200, page: 1, lines: 3), block(150, 230, page: 1),
                      block(300, 100, page: 2), block(72, 400, page: 1), Block(lines: []), block(72, 400, page: 1)]
        let places = blocks.map { SignatoryParser.Place(page: $0.page, box: $0.box) }
        var beside = 0
        for (i, b) in blocks.enumerated() {
            let fast = SignatoryParser.hasSideBySide(places[i], among: places)
            XCTAssertEqual(fast, SignatoryParser.hasSideBySide(b, among: blocks), "block \(i)")
            if fast { beside += 1 }
        }
        XCTAssertEqual(beside, 2)
    }
}
