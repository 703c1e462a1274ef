import Foundation
@testable import Layout
import PDFText
import XCTest

/// Byte scans and restructured loops of the layout stage, each compared with the code it
/// replaced (kept, internal, for these tests) on text chosen to break it.
final class FastPathTests: XCTestCase {
    private let samples = [
        "", " ", "a", "-", "word", " padded ", "\tTabbed\n", "Müller-Lüdenscheidt", "don’t “quote” – dash",
        "e\u{301}crit", "cafe\u{301}", " \u{301}a", "a\u{301} ", "\u{A0}nbsp\u{A0}", "line\r\n", "\r\nline", "a\rb",
        "\u{037E}semi\u{037E}", "1\u{301}", "(1).", "[12],", "†", "iv", "ab", "A", "1234", "٣", "²", "한국어", "👍🏽",
        "a\u{200D}b", "…and so on…", "Page 2 of 4", "- 3 -", "İstanbul", "ǅemal", "x\u{0332}", "co-operation",
        "well‐known", "Konsultati-", "commit-", "commit -", "soft\u{AD}", "end-\u{301}", "\u{0600}-", "\u{0600}.",
        "https://example.org/", "www.example.org/a_", "a.", "x?", "y=", "z&", "q/", "K\u{212A}", "a very much longer line of plain ASCII text",
        "ﬁne ligature", "€ 12,50", "\u{2028}", "\u{205F}gap", "\u{20D0}mark", "→ arrow", "• bullet", "o Item", "– dash item",
        "— Em", "-x", "- lower", "1. One", "a) first", "iv. four", "x. ten", "v) five", "ix.", "A. Smith", "I. Intro", "ok go",
        "o1.", "a1) b", "(a) c", "§ 3", "•Glued", "▪ Square", "Q.", "said.\"", "quote”", "(see above)", "end:", "2017", "x9",
        "x \u{0387} 2", "Ref · 1", "Conf | 2", "A • 3", "B – 4", "C — 5", "D ·\u{301} 6",
    ]

    // MARK: - Characters counted from bytes

    func testCharacterCountFromBytesMatchesTheScalarWalkAndCount() {
        var texts = samples
        for value in Array(0..<0x320) + Array(0x2000..<0x20E0) + [0xAD, 0x300, 0x301, 0x1F44D, 0x1F3FD, 0xFEFF, 0xF0B7] {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let s = String(scalar)
            texts += [s, "a" + s, s + "a", s + s, "long ASCII prefix past fifteen bytes " + s + "\u{301}", "é" + s]
        }
        for text in texts {
            XCTAssertEqual(text.characterCount, text.count, text.debugDescription)
            XCTAssertEqual(text.characterCount, text.scalarWalkCharacterCount, text.debugDescription)
            XCTAssertEqual(text.isOneScalarPerCharacter, text.scalarWalkIsOneScalarPerCharacter, text.debugDescription)
            XCTAssertEqual(text.scalarCount, text.unicodeScalars.count, text.debugDescription)
            let sub = text.dropFirst()
            XCTAssertEqual(sub.characterCount, sub.count, text.debugDescription)
            XCTAssertEqual(sub.isOneScalarPerCharacter, sub.scalarWalkIsOneScalarPerCharacter, text.debugDescription)
        }
        // The byte scan must say no where a scalar joins its neighbour.
        XCTAssertFalse("e\u{301}".isOneScalarPerCharacter)
        XCTAssertFalse("a\r\nb".isOneScalarPerCharacter)
        XCTAssertTrue("Müller’s “café” – 12 €".isOneScalarPerCharacter)
    }

    /// The eight-byte ASCII scan must stop for a non-ASCII byte or a CR wherever it stands,
    /// and the helpers built on it answer as before.
    func testEightByteScanFindsEveryStopAndHelpersAgree() {
        let base = Array("The quick brown fox jumps over the lazy dog, 0123456789 ABCDEFGHIJ.".utf8)
        for stop in ["\r", "\r\n", "é", "\u{301}", "€", "\u{1F44D}", "\u{7F}", "\u{0}"] {
            for position in 0..<min(base.count, 40) {
                var bytes = base
                bytes.insert(contentsOf: Array(stop.utf8), at: position)
                let text = String(decoding: bytes, as: UTF8.self)
                XCTAssertEqual(text.characterCount, text.count, text.debugDescription)
                XCTAssertEqual(text.isOneScalarPerCharacter, text.scalarWalkIsOneScalarPerCharacter, text.debugDescription)
                XCTAssertEqual(Array(text.lowercasedFast().utf8), Array(text.lowercased().utf8), text.debugDescription)
                XCTAssertEqual(text.scalarCount, text.unicodeScalars.count, text.debugDescription)
                let prefix = bytes.withUnsafeBufferPointer { UTF8Scan.asciiPrefixWithoutCR($0) }
                if stop.utf8.contains(where: { $0 >= 0x80 || $0 == 0x0D }) {
                    XCTAssertTrue(prefix % 8 == 0 && prefix <= position, "\(prefix) \(position) \(stop.debugDescription)")
                } else {
                    // DEL and NUL are ASCII: the scan runs over them.
                    XCTAssertEqual(prefix, bytes.count / 8 * 8, "\(position) \(stop.debugDescription)")
                }
            }
        }
        let ascii = String(decoding: base, as: UTF8.self)
        XCTAssertEqual(ascii.lowercasedFast(), ascii.lowercased())
        XCTAssertEqual(base.withUnsafeBufferPointer { UTF8Scan.asciiPrefixWithoutCR($0) }, base.count / 8 * 8)
    }

    func testTrimmingByBytesMatchesTheCharacterWalk() {
        func reference(_ text: String, _ set: String) -> String {
            let t = text[...]
            guard let first = t.firstIndex(where: { !set.contains($0) }), let last = t.lastIndex(where: { !set.contains($0) }) else { return "" }
            return String(t[first...last])
        }
        let texts = samples + ["...", "(a).", ".,.,", "a\r\n", "\r\na;", ";;x;;", "\n\nx\n", "\u{037E}x;", ";x\u{037E}", ".é.", "..ab..cd.."]
        let sets = [".,:;(", ";", "\n", "\r\n", "\r", ".", " .", "–.", "", "()[]"]
        for text in texts {
            for set in sets {
                XCTAssertEqual(text.trimming(charactersIn: set), reference(text, set), "\(text.debugDescription) in \(set.debugDescription)")
                if let bytes = Trim.asciiTrimmed(text, outside: set) {
                    XCTAssertEqual(bytes, reference(text, set), "\(text.debugDescription) in \(set.debugDescription)")
                }
            }
        }
        XCTAssertEqual(Trim.asciiTrimmed("..ab..", outside: "."), "ab")
        XCTAssertNil(Trim.asciiTrimmed("a\r\n", outside: "\n"), "CR LF is one Character")
        XCTAssertNil(Trim.asciiTrimmed("x\n", outside: "\r\n"), "so is the set's CR LF")
        XCTAssertNil(Trim.asciiTrimmed(".x.", outside: "–."), "a non-ASCII set goes to the Character walk")
    }

    func testContainsBytesMatchesTheOffsetSearch() {
        let haystacks = samples + ["aaab", "abababc", "xyz", "Ref. 12/B · 1/1", "ﬁﬁ", "the end", String(repeating: "ab", count: 40) + "c"]
        let needles = ["", "a", "b", "ab", "abc", "aab", "c", " · ", "·", "\u{0387}", "end", "the end!", "ﬁ", "\u{301}", "xyzz",
                       String(repeating: "ab", count: 40) + "c", "-", " -"]
        for haystack in haystacks {
            for needle in needles {
                XCTAssertEqual(haystack.containsBytes(of: needle), Trim.referenceContainsBytes(haystack, needle),
                               "\(haystack.debugDescription) \(needle.debugDescription)")
            }
        }
        XCTAssertTrue("Confidential | 2".containsBytes(of: " | "))
        XCTAssertFalse("abab".containsBytes(of: "abb"))
    }

    func testUTF8BuilderMatchesStringAppending() {
        var builder = UTF8Builder()
        var reference = ""
        for (i, piece) in samples.enumerated() {
            if i % 3 == 0 { builder.appendSpace(); reference += " " }
            builder.append(piece)
            reference += piece
            XCTAssertEqual(builder.isEmpty, reference.isEmpty)
        }
        XCTAssertEqual(builder.string, reference)
        XCTAssertEqual(Array(builder.string.utf8), Array(reference.utf8))
    }

    // MARK: - Joining lines

    func testByteTestsOnlyRuleOutWhatTheCharacterTestsRuleOut() {
        for text in samples {
            if !TextJoin.mayEndWithBreakHyphen(text) {
                XCTAssertFalse(TextJoin.endsWithBreakHyphen(text), text.debugDescription)
                XCTAssertFalse(TextJoin.endsWithBreakHyphen(text.trimmingBlanks()), text.debugDescription)
                XCTAssertFalse(text.hasSuffix(" -"), text.debugDescription)
            }
            if !TextJoin.mayEndWithURLBreak(text), let last = text.last {
                XCTAssertFalse("-/_.?=&".contains(last), text.debugDescription)
            }
        }
        XCTAssertTrue(TextJoin.mayEndWithBreakHyphen("commit-"))
        XCTAssertFalse(TextJoin.mayEndWithBreakHyphen("commit."))
        XCTAssertTrue(TextJoin.mayEndWithURLBreak("example.org/"))
    }

    func testDroppingLastIsDropLast() {
        for text in samples + ["co -", "e\u{301} -", "👍🏽-", "a\r\n-"] {
            for k in 0...3 {
                XCTAssertEqual(String(TextJoin.droppingLast(k, of: text)), String(text.dropLast(k)), "\(text.debugDescription) \(k)")
            }
        }
        for text in samples + ["this commit-", "Straßen-", "e\u{301}crit-", "co-op-", "12-", "-", "x\u{301}-", "👍🏽-"] {
            let trimmed = text.dropLast()
            let reference = String(trimmed.reversed().prefix { $0.isLetter || $0 == "-" }.reversed())
            XCTAssertEqual(TextJoin.lastWord(of: text), reference, text.debugDescription)
        }
        XCTAssertEqual(TextJoin.lastWord(of: "this commit-"), "commit")
        XCTAssertTrue(TextJoin.endsWithBreakHyphen("Ärger-"))
        XCTAssertFalse(TextJoin.endsWithBreakHyphen("12-"))
    }

    func testJoinMatchesTheReferenceJoin() {
        let texts = samples + ["government-", "led purchases", "https://www.example.org/civil-", "society.pdf", "com -", "pletely done",
                               "  ", "Ärger-", "über alles", "www.example.org/x.", "Next sentence", "la-", "ment"]
        var lineSets: [[Line]] = texts.map { [Line(text: $0)] }
        for (i, a) in texts.enumerated() {
            let b = texts[(i * 7 + 3) % texts.count], c = texts[(i * 5 + 1) % texts.count]
            lineSets.append([Line(text: a), Line(text: b)])
            lineSets.append([Line(text: a, keepsTrailingHyphen: true), Line(text: b), Line(text: c)])
            lineSets.append([Line(text: c), Line(text: a), Line(text: "  "), Line(text: b)])
        }
        for lines in lineSets {
            let fast = TextJoin.joinTracking(lines)
            let reference = TextJoin.referenceJoinTracking(lines)
            XCTAssertEqual(fast.text, reference.text, lines.map(\.text).debugDescription)
            XCTAssertEqual(fast.starts, reference.starts, lines.map(\.text).debugDescription)
            XCTAssertEqual(TextJoin.join(lines), reference.text, lines.map(\.text).debugDescription)
        }
    }

    // MARK: - Hyphenation

    private func blocks(_ texts: [[String]]) -> [Block] {
        texts.map { Block(lines: $0.map { Line(text: $0) }) }
    }

    func testVocabularyFromBytesMatchesTheWordSplitting() {
        let ascii = (0..<0x80).map { String(UnicodeScalar(UInt8($0))) }.joined()
        let texts = samples + [ascii, "--a--b-", "Co-operation, non-governmental; self-led", "A-Z @[`{ a-z\r\nX-", "Ärger über Öl-Preise",
                               "naïve\u{2019}s co-op", "x-y-z x-y", "- - -", "EU-wide Euro-zone"]
        let blocks = blocks([texts, ["commitment", "commit-", "ment to openness"], texts.reversed()])
        XCTAssertEqual(Hyphenation.vocabulary(blocks), Hyphenation.referenceVocabulary(blocks))
        XCTAssertEqual(Hyphenation.vocabulary(blocks)["co"], Hyphenation.referenceVocabulary(blocks)["co"])
        XCTAssertNotNil(Hyphenation.vocabulary(blocks)["operation"])
    }

    func testDecideMatchesTheReference() {
        let documents: [[[String]]] = [
            [["We renew our commitment", "to this."], ["All share this commit-", "ment to openness.", "Also government-", "led purchases."]],
            [["the newspaper and the paper", "of record"], ["a news-", "paper here", "and a co-", "operation", "EU-", "wide"]],
            [["Auto-", "matisch, ange-", "fügt und Konsultati-", "onsprozess"], ["automatisch"]],
            [["No hyphen at all", "in this text"], ["one more block"]],
            [["trailing soft\u{AD}", "hyphen", "and spaced -", "out"]],
            // Non-ASCII halves, words that are canonically ASCII (a Kelvin sign, lower-cased to k),
            // and decomposed accents.
            [["Straßen-", "bahn und Straßenbahn", "Ökonomie-", "politik"], ["die ökonomie-politik", "wir-", "kung"]],
            [["the \u{212A}ilo-", "watt and the kilowatt", "café-", "bar and cafe\u{301}bar"], ["mark-", "up", "markup markup"]],
            [["co-", "operation", "co-operation", "non-", "profit", "well-", "known", "self-", "led", "x-", "ray"],
             ["Docu-", "ment and docu-", "ments", "Auto-", "mation"]],
        ]
        for texts in documents {
            let blocks = blocks(texts)
            let vocabulary = Hyphenation(blocks: blocks)
            let reference = Hyphenation(countingEveryWord: blocks)
            for block in blocks {
                let fast = vocabulary.decide(block)
                XCTAssertEqual(fast, reference.referenceDecide(block), texts.debugDescription)
                XCTAssertEqual(fast.text, TextJoin.join(fast.lines))
            }
            // Words the document's pairs do not ask about are counted when asked.
            for (left, right) in [("news", "paper"), ("ökonomie", "politik"), ("kilo", "watt"), ("tissue", "up"), ("co", "ray")] {
                XCTAssertEqual(vocabulary.keeps(left, right), reference.keeps(left, right), "\(left)-\(right)")
            }
        }
        // A test that can fail: the document decides both ways.
        let mixed = blocks([["the commitment", "our commit-", "ment and government-", "led work"]])
        let decided = Hyphenation(blocks: mixed).decide(mixed[0])
        XCTAssertEqual(decided.lines.map(\.keepsTrailingHyphen), [false, false, true, false])
        for text in samples {
            for next in ["lower", "Upper", "ment", "x"] {
                XCTAssertEqual(Hyphenation.pair(text, next)?.left, Hyphenation.referencePair(text, next)?.left, text.debugDescription)
                XCTAssertEqual(Hyphenation.pair(text, next)?.right, Hyphenation.referencePair(text, next)?.right, text.debugDescription)
            }
        }
    }

    /// A document none of whose lines ends in a break hyphen is not counted; asked anyway, it
    /// answers from its words as a counted one does.
    func testUncountedVocabularyStillAnswers() {
        let vocabulary = Hyphenation(blocks: blocks([["the paper and the paper again", "a newspaper"]]))
        XCTAssertTrue(vocabulary.keeps("news", "paper") == false, "the joined word is in the document")
        let other = Hyphenation(blocks: blocks([["the paper and the paper again"]]))
        XCTAssertTrue(other.keeps("tissue", "paper"), "a word of its own, seen twice")
        XCTAssertFalse(other.keeps("tissue", "box"))
    }

    // MARK: - Blocks

    func testSentenceEndsFromBytesMatchCharacters() {
        for text in samples + ["said.\u{301}", "word\u{0600}.", "5\u{20DD}", "ends»", "x ”"] {
            if let answer = BlockBuilder.endsSentenceByBytes(text) {
                XCTAssertEqual(answer, BlockBuilder.endsSentenceByCharacters(text), text.debugDescription)
            }
        }
        XCTAssertEqual(BlockBuilder.endsSentenceByBytes("the end."), true)
        XCTAssertEqual(BlockBuilder.endsSentenceByBytes("the end"), false)
        XCTAssertNil(BlockBuilder.endsSentenceByBytes("the end.\u{301}"))
    }

    func testListMarkerByteTestsMatchCharacters() {
        var texts = samples
        for first in ["a", "b", "i", "o", "v", "x", "z", "A", "I", "O", "1", "(", "-", "•"] {
            for second in ["", ".", ")", " ", "b", "1", "i", ". Text", ") text", " Upper", " lower", "\u{301} x", "é"] {
                texts.append(first + second)
                texts.append(first + second + " more words")
            }
        }
        for text in texts {
            if ListMarkers.startsProse(text) {
                XCTAssertFalse(ListMarkers.startsItemByCharacters(text), text.debugDescription)
            }
            XCTAssertEqual(ListMarkers.startsItem(text), ListMarkers.startsItemByCharacters(text), text.debugDescription)
            XCTAssertEqual(ListMarkers.startsDashItem(text), ListMarkers.startsDashItemByCharacters(text), text.debugDescription)
        }
        XCTAssertTrue(ListMarkers.startsProse("The letter"))
        XCTAssertFalse(ListMarkers.startsProse("iv. item"))
        XCTAssertTrue(ListMarkers.startsItem("a) first item"))
    }

    // MARK: - Furniture

    func testRepeatKeyMatchesTheReference() {
        for text in samples + ["Page 12 of 40", "Seite ²3", "Rue du 4 Septembre\u{A0}75002", "ÀÉÎ Straße 12", "ΣΑΣ 3", "İ 4"] {
            XCTAssertEqual(PageFurniture.repeatKey(text), PageFurniture.referenceRepeatKey(text), text.debugDescription)
        }
    }

    func testSeparatorByteTestNeverHidesAMatch() {
        for text in samples + ["Ref. 12/B · 1/1", "Ref. 12/B \u{0387} 1", "Confidential | 2", "x\u{A0}|\u{A0}2"] {
            for separator in [" · ", " | ", " • ", " – ", " — "] where text.range(of: separator, options: .backwards) != nil {
                XCTAssertTrue(PageFurniture.mayContain(text, separator), "\(text.debugDescription) \(separator)")
            }
        }
        XCTAssertTrue(PageFurniture.endsWithPageNumber("Ref. 12/B · 1/1", page: 1))
        XCTAssertFalse(PageFurniture.mayContain("no separator here 2", " | "))
    }

    // MARK: - Lines

    func testColumnSplitsMatchTheReference() {
        let builder = LineBuilder(parameters: LayoutParameters())
        func row(_ specs: [(x0: Double, x1: Double, size: Double)]) -> [Word] {
            specs.map { Word(text: "w", box: Rect(x0: $0.x0, y0: 100, x1: $0.x1, y1: 110), font: FontStyle(name: "F", size: $0.size)) }
        }
        let rows: [[Word]] = [
            [], row([(72, 100, 10)]),
            row([(72, 100, 10), (103, 130, 10), (133, 160, 10)]),                  // word spacing only
            row([(72, 100, 10), (103, 130, 10), (300, 340, 10)]),                  // a column gap
            row([(72, 100, 10), (116, 130, 10)]),                                   // just past 1.5 em at the smallest size
            row([(72, 100, 4), (90, 130, 12), (133, 160, 12)]),                     // a small word: the smallest size lowers the bound
            row([(72, 100, 0.5), (102, 130, 0.5), (200, 230, 0.5)]),                // sizes under one point
            row([(72, 100, .nan), (103, 130, 10), (300, 340, 10)]),                 // a NaN size
            row([(72, 300, 10), (100, 110, 10), (310, 340, 10), (420, 440, 10)]),   // a word inside another's reach
            row([(72, 100, 10), (100, 100, 10), (250, 280, 10), (283, 300, 10)]),   // a zero-width word
        ]
        for r in rows {
            let fast = builder.columnSplits(r), reference = builder.referenceColumnSplits(r)
            XCTAssertEqual(fast.map(\.index), reference.map(\.index), r.map(\.box.x0).debugDescription)
            XCTAssertEqual(fast.map(\.gap), reference.map(\.gap), r.map(\.box.x0).debugDescription)
        }
        XCTAssertEqual(builder.columnSplits(rows[3]).map(\.index), [2])
    }

    func testLinesMatchTheReference() {
        var pages: [PageBuilder] = []
        var page = PageBuilder(1)
        var y = page.paragraph(prose[0], y: 100) + 11
        page.line("Name Surname          Other Name", y: y)
        page.word("Left", x: 72, y: y + 14)
        page.word("Right", x: 400, y: y + 14)
        page.word("column", x: 430, y: y + 14)
        page.paragraph(prose[2], y: y + 28)
        page.superscript("1", x: 300, lineY: y + 82)
        page.line("Tight leading one", y: y + 82)
        page.line("Tight leading two", y: y + 89)
        page.word("\u{200B}", x: 90, y: y + 100)
        page.word("", x: 95, y: y + 100)
        y = page.paragraph(prose[1], y: y + 120)
        pages.append(page)
        var second = PageBuilder(2)
        for row in 0..<6 {
            for column in 0..<4 { second.word("c\(row)\(column)", x: 72 + Double(column) * 120, y: 100 + Double(row) * 13) }
        }
        pages.append(second)
        let builder = LineBuilder(parameters: LayoutParameters())
        for page in pages {
            let text = page.page()
            let fast = builder.lines(of: text)
            let reference = builder.referenceLines(of: text)
            XCTAssertEqual(fast.map(\.words), reference.map(\.words))
            XCTAssertEqual(fast.map(\.plainText), reference.map(\.plainText))
            XCTAssertEqual(fast.map(\.box), reference.map(\.box))
            XCTAssertEqual(fast.map(\.fontSize), reference.map(\.fontSize))
            XCTAssertEqual(fast.map(\.charCount), reference.map(\.charCount))
            XCTAssertGreaterThan(fast.count, 3)
        }
    }
}

/// The region bottom ReadingOrder keeps as lines join is what `max()` over the lines gives.
final class RegionBottomTests: XCTestCase {
    private func line(_ y1: Double) -> RawLine {
        var box = Rect(x0: 0, y0: 0, x1: 10, y1: 0)
        box.y1 = y1  // set directly: Rect's init would drop a NaN
        return RawLine(words: [Word(text: "w", box: box, font: FontStyle(name: "F", size: 10))], page: 1)
    }

    func testKeptBottomIsMaxOverTheRegion() {
        let columns: [[Double]] = [[10, 30, 20], [25, -0.0, 0.0], [5]]
        var bottom = ReadingOrder.RegionBottom()
        XCTAssertNil(bottom.value(of: []))
        // Lines join column by column in another order than the region lists them.
        for k in 0..<3 { for column in columns where k < column.count { bottom.add(column[k]) } }
        let region = columns.map { $0.map { self.line($0) } }
        XCTAssertEqual(bottom.value(of: region), region.joined().map(\.box.y1).max())
        XCTAssertEqual(bottom.value(of: region), 30)
    }

    func testANaNEdgeReadsTheLinesAsBefore() {
        // With a NaN edge max() over the lines depends on their order.
        let nanLine = line(.nan)
        XCTAssertTrue(nanLine.box.y1.isNaN)
        // Joined in another order than the region lists them: the kept maximum would be 7,
        // max() over the region's order gives NaN.
        let region = [[nanLine], [line(7)]]
        var bottom = ReadingOrder.RegionBottom()
        bottom.add(7); bottom.add(nanLine.box.y1)
        let reference = region.joined().map(\.box.y1).max()
        XCTAssertEqual(reference.map(\.isNaN), true)
        XCTAssertEqual(bottom.value(of: region)?.bitPattern, reference?.bitPattern)
    }
}
