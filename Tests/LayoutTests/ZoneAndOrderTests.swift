import Layout
import PDFText
import XCTest

final class FootnoteZoneTests: XCTestCase {
    /// A page whose body cites `cites` (notes need a citation in the body), with a page number
    /// in the footer.
    private func bodyPage(_ number: Int, pageCount: Int, cites: [String] = ["1", "2"]) -> PageBuilder {
        var page = PageBuilder(number)
        var x = page.line("We are dismayed by the surveillance of journalists", y: 120)
        for label in cites { x = page.superscript(label, x: x, lineY: 120) }
        page.line("and activists in the region.", x: x + 2.75, y: 120)
        page.paragraph(prose[0], y: 150)
        page.line("Page \(number) of \(pageCount)", x: 280, y: 750, size: 9)
        return page
    }

    func testSeparateSmallLabelsStartNotesAndWrappedLinesStayInTheirNote() {
        var page = bodyPage(1, pageCount: 1)
        // Note 1: a raised label, then a wrapped line that begins with a short word.
        page.superscript("1", x: 72, lineY: 680, lineSize: 8)
        page.line("See the report of the Special Envoy on freedom of expression, presented in May 2017", x: 77, y: 680, size: 8)
        page.line("as the Special Envoy's annual report to the Council.", x: 72, y: 690, size: 8)
        page.superscript("2", x: 72, lineY: 700, lineSize: 8)
        page.line("Refer to the Open Government Declaration.", x: 77, y: 700, size: 8)
        let laidOut = analyze([page])
        XCTAssertEqual(laidOut.noteLabels, ["1", "2"])
        XCTAssertEqual(laidOut.noteTexts, [
            "See the report of the Special Envoy on freedom of expression, presented in May 2017 as the Special Envoy's annual report to the Council.",
            "Refer to the Open Government Declaration.",
        ])
        XCTAssertEqual(laidOut.texts, ["We are dismayed by the surveillance of journalists and activists in the region.", prose[0]])
    }

    func testLabelsGluedToTheTextInTheNoteFont() {
        var page = bodyPage(1, pageCount: 1)
        page.line("1See the report of the Special Envoy on freedom of expression.", y: 680, size: 8)
        page.line("2Refer to the Open Government Declaration, in particular", y: 690, size: 8)
        page.line("its second article.", y: 700, size: 8)
        let laidOut = analyze([page])
        XCTAssertEqual(laidOut.noteLabels, ["1", "2"])
        XCTAssertEqual(laidOut.noteTexts, [
            "See the report of the Special Envoy on freedom of expression.",
            "Refer to the Open Government Declaration, in particular its second article.",
        ])
        XCTAssertFalse(laidOut.lineTexts.contains { $0.contains("Special Envoy") })
    }

    /// "123 May 2017" is note 1 about 23 May 2017: only the expected label is split off.
    func testGluedLabelFollowedByDigitsUsesTheExpectedNumber() {
        var page = bodyPage(1, pageCount: 1)
        page.line("123 May 2017. Open Letter: Mexican Civil Society Statement.", y: 680, size: 8)
        page.line("212 June 2013. The Global Principles on National Security.", y: 690, size: 8)
        let laidOut = analyze([page])
        XCTAssertEqual(laidOut.noteLabels, ["1", "2"])
        XCTAssertEqual(laidOut.noteTexts, [
            "23 May 2017. Open Letter: Mexican Civil Society Statement.",
            "12 June 2013. The Global Principles on National Security.",
        ])
    }

    /// The body's marker for note 2 was missed (OCR drops small raised digits) but it cites 3:
    /// the notes run on past 2, so "2Refer" starts note 2 and note 3 is not lost inside it.
    /// With no later citation, an uncited same-font number still starts nothing.
    func testUncitedLabelCountsWhenTheBodyCitesALaterNote() {
        func notes(cites: [String]) -> [String?] {
            var page = bodyPage(1, pageCount: 1, cites: cites)
            page.line("1See the report of the Special Envoy on freedom of expression.", y: 680, size: 8)
            page.line("2Refer to the Open Government Declaration.", y: 690, size: 8)
            page.line("312 June 2013. The Global Principles on National Security.", y: 700, size: 8)
            return analyze([page]).noteLabels
        }
        XCTAssertEqual(notes(cites: ["1", "3"]), ["1", "2", "3"])
        XCTAssertEqual(notes(cites: ["1"]), ["1"])
    }

    /// OCR reads a label glued to a web address or a capitalised word as a letter that looks
    /// like the digit ("8http://…" as "ghttp://…", "5The" as "SThe"). The body cites the
    /// expected label, so the letter is the label; a letter that can start a word ("See") is
    /// not, and no lookalike counts for a label the body does not cite.
    func testLabelReadAsALookalikeLetterByOCR() {
        func notes(_ lines: [String], cites: [String]) -> (labels: [String?], texts: [String]) {
            var page = bodyPage(1, pageCount: 1, cites: cites)
            for (i, line) in lines.enumerated() { page.line(line, y: 680 + 10 * Double(i), size: 8) }
            let laidOut = analyze([page])
            return (laidOut.noteLabels, laidOut.noteTexts)
        }
        let read = notes(["1 See the report of the Special Envoy.", "2 Refer to the Declaration.",
                          "3Statement of 26 April.", "4 See the annex.", "SThe press release of May.",
                          "6 Ibid.", "7 Ibid., p. 4.", "ghttp://www.example.org/report"],
                         cites: ["1", "2", "3", "4", "5", "6", "7", "8"])
        XCTAssertEqual(read.labels, ["1", "2", "3", "4", "5", "6", "7", "8"])
        XCTAssertEqual(read.texts.count, 8)
        if read.texts.count == 8 {
            XCTAssertEqual(read.texts[4], "The press release of May.")
            XCTAssertEqual(read.texts[7], "http://www.example.org/report")
        }
        // "See" after note 4 continues it: "S" is a letter that starts words.
        XCTAssertEqual(notes(["1 See the report.", "See also the annex."], cites: ["1", "2"]).labels, ["1"])
        // Not cited: nothing to expect, the letter stays.
        XCTAssertEqual(notes(["1 See the report.", "Zhttp://www.example.org"], cites: ["1"]).labels, ["1"])
    }

    func testNoteContinuedOnTheNextPageJoinsItsNote() {
        var first = bodyPage(1, pageCount: 2)
        first.line("1 See the report of the Special Envoy.", y: 680, size: 8)
        first.line("2 The Global Principles on National Security and the Right to Information, published", y: 690, size: 8)
        var second = bodyPage(2, pageCount: 2, cites: ["3"])
        second.line("in June 2013 by the Open Society Foundations.", y: 680, size: 8)
        second.line("3 Statement of 26 April 2016.", y: 690, size: 8)
        let laidOut = analyze([first, second])
        XCTAssertEqual(laidOut.noteLabels, ["1", "2", "3"])
        XCTAssertEqual(laidOut.noteTexts, [
            "See the report of the Special Envoy.",
            "The Global Principles on National Security and the Right to Information, published in June 2013 by the Open Society Foundations.",
            "Statement of 26 April 2016.",
        ])
        XCTAssertFalse(laidOut.lineTexts.contains { $0.contains("Open Society Foundations") }, "\(laidOut.lineTexts)")
    }

    func testSmallPrintWithoutNumberedLinesIsNotANoteZone() {
        var page = PageBuilder(1)
        page.paragraph(prose[0], y: 120)
        page.line("Printed on recycled paper by Example Press.", y: 690, size: 8)
        let laidOut = analyze([page])
        XCTAssertEqual(laidOut.footnoteBlocks, [])
        XCTAssertTrue(laidOut.lineTexts.contains("Printed on recycled paper by Example Press."))
    }
}

final class ReadingOrderTests: XCTestCase {
    private func columns(_ columns: [[String]], xs: [Double], top: Double = 200, pitch: Double = 14) -> PageBuilder {
        var page = PageBuilder(1)
        page.paragraph(prose[0], y: 100)
        page.line("Signed by:", y: 170)
        for (column, x) in zip(columns, xs) {
            for (row, name) in column.enumerated() { page.line(name, x: x, y: top + Double(row) * pitch) }
        }
        return page
    }

    func testTwoColumnListIsReadColumnByColumn() {
        let left = ["Afesis-corplan", "Black Sash", "Change Agents South Africa"]
        let right = ["Election Monitoring Network", "Freedom of Expression Institute", "Open Democracy Advice Centre"]
        let laidOut = analyze([columns([left, right], xs: [72, 320])])
        XCTAssertEqual(laidOut.texts.first, prose[0])
        let lines = laidOut.lineTexts
        guard let heading = lines.firstIndex(of: "Signed by:") else { return XCTFail("\(lines)") }
        XCTAssertEqual(Array(lines[(heading + 1)...]), left + right)
    }

    func testTwoColumnListWithShorterLastColumn() {
        let left = ["Afesis-corplan", "Black Sash", "Change Agents South Africa"]
        let right = ["Election Monitoring Network", "Freedom of Expression Institute"]
        let lines = analyze([columns([left, right], xs: [72, 320])]).lineTexts
        guard let heading = lines.firstIndex(of: "Signed by:") else { return XCTFail("\(lines)") }
        XCTAssertEqual(Array(lines[(heading + 1)...]), left + right)
    }

    func testThreeColumnListIsReadColumnByColumn() {
        let a = ["Afesis-corplan", "Black Sash", "Right2Know Campaign"]
        let b = ["Election Monitoring", "Freedom Institute", "MobiSAM"]
        let c = ["Open Democracy Centre", "PSAM", "Livelihoods Foundation"]
        let lines = analyze([columns([a, b, c], xs: [72, 232, 392])]).lineTexts
        guard let heading = lines.firstIndex(of: "Signed by:") else { return XCTFail("\(lines)") }
        XCTAssertEqual(Array(lines[(heading + 1)...]), a + b + c)
    }

    private func signaturePage(boldNames: Bool) -> PageBuilder {
        var page = PageBuilder(1)
        page.paragraph(prose[0], y: 100)
        page.line("Yours sincerely,", y: 170)
        let jane = ["Jane Doe", "Executive Director", "Example Foundation"]
        let john = ["John Smith", "Chair of the Board", "Another Trust"]
        for (person, x) in [(jane, 72.0), (john, 320.0)] {
            for (row, text) in person.enumerated() { page.line(text, x: x, y: 220 + Double(row) * 13.2, bold: boldNames && row == 0) }
        }
        return page
    }

    func testSideBySideSignatureBlocksAreSeparateBlocksInOrder() {
        let laidOut = analyze([signaturePage(boldNames: false)])
        let blocks = laidOut.blocks.map { $0.lines.map(\.text) }
        XCTAssertEqual(laidOut.texts.first, prose[0])
        XCTAssertEqual(Array(blocks.dropFirst()), [["Yours sincerely,"],
                                                   ["Jane Doe", "Executive Director", "Example Foundation"],
                                                   ["John Smith", "Chair of the Board", "Another Trust"]])
    }

}

final class BlockTests: XCTestCase {
    func testVerticalGapSeparatesParagraphs() {
        var page = PageBuilder(1)
        var y = page.paragraph(prose[0], y: 120)
        y = page.paragraph(prose[1], y: y + 11)
        page.paragraph(prose[2], y: y + 11)
        XCTAssertEqual(analyze([page]).texts, [prose[0], prose[1], prose[2]])
    }

    func testLinesWithUsualSpacingStayOneParagraph() {
        var page = PageBuilder(1)
        page.paragraph(prose[0] + " " + prose[1], y: 120)
        XCTAssertEqual(analyze([page]).texts, [prose[0] + " " + prose[1]])
    }
}

final class HyphenationTests: XCTestCase {
    /// A page with `first` (ending in a hyphen, set full width) and `second` as consecutive lines
    /// of one paragraph, after an ordinary paragraph `before`.
    private func page(before: String, first: String, second: String) -> PageBuilder {
        var page = PageBuilder(1)
        let y = page.paragraph(before, y: 100) + 11
        page.line(first, y: y, justifyTo: PageBuilder.right)
        page.line(second, y: y + 13.2)
        return page
    }

    func testBreakHyphenIsRemovedWhenTheWholeWordAppearsElsewhere() {
        let before = "We reaffirm our commitment to the principles of open government and to the partnership that upholds them in every member country of the network."
        let laidOut = analyze([page(before: before, first: "All of the members of our network have since then confirmed that they share this commit-",
                                    second: "ment to openness and to the public.")])
        XCTAssertEqual(laidOut.texts, [before, "All of the members of our network have since then confirmed that they share this commitment to openness and to the public."])
    }

    func testCompoundHyphenIsKept() {
        let laidOut = analyze([page(before: prose[0], first: "We are dismayed to learn of ongoing reports about the purchase of spyware and of government-",
                                    second: "led purchases of surveillance technology.")])
        XCTAssertEqual(laidOut.texts, [prose[0], "We are dismayed to learn of ongoing reports about the purchase of spyware and of government-led purchases of surveillance technology."])
    }

    func testURLBrokenAcrossLinesIsJoinedWithoutASpace() {
        let laidOut = analyze([page(before: prose[0], first: "The statement of our organisations is on the web at https://www.example.org/reports/2017/",
                                    second: "civil-society-statement.pdf for all readers.")])
        XCTAssertEqual(laidOut.texts.last, "The statement of our organisations is on the web at https://www.example.org/reports/2017/civil-society-statement.pdf for all readers.")
    }

    func testURLBrokenAfterAHyphenKeepsTheHyphen() {
        let laidOut = analyze([page(before: prose[0], first: "The full statement of our organisations is available at https://www.example.org/civil-",
                                    second: "society-statement.pdf for all readers.")])
        XCTAssertEqual(laidOut.texts.last, "The full statement of our organisations is available at https://www.example.org/civil-society-statement.pdf for all readers.")
    }
}

final class PageJoinTests: XCTestCase {
    private func pages(endOfFirstPage: String, startOfSecondPage: String) -> [PageBuilder] {
        var first = PageBuilder(1)
        let y = first.paragraph(prose[0], y: 100) + 11
        first.paragraph(endOfFirstPage, y: y, justifyLast: true)
        first.line("Page 1 of 2", x: 280, y: 750, size: 9)
        var second = PageBuilder(2)
        let y2 = second.paragraph(startOfSecondPage, y: 100) + 11
        second.paragraph(prose[2], y: y2)
        second.line("Page 2 of 2", x: 280, y: 750, size: 9)
        return [first, second]
    }

    func testParagraphSplitMidSentenceByAPageBreakIsOneBlock() {
        let a = "At the core of the matter is a breakdown in trust between the members of the secretariat, which is a non-negotiable element for the success of the whole process as it was called for by the members of the partnership and by all the partners in each of the member countries of"
        let b = "the partnership in their founding declaration of principles."
        let laidOut = analyze(pages(endOfFirstPage: a, startOfSecondPage: b))
        XCTAssertEqual(laidOut.texts, [prose[0], a + " " + b, prose[2]])
    }

    /// German: a paragraph stops short at the page foot mid-sentence on a word in lower case,
    /// and the next page goes on with a noun, capitalised. One paragraph; after a list item,
    /// or after a short last line, two.
    func testParagraphBrokenBeforeACapitalisedNounIsOneBlock() {
        func read(lastLine: String, item: Bool = false) -> [String] {
            var first = PageBuilder(1)
            let y = first.paragraph(prose[0], y: 100) + 11
            if item { first.line("•", y: y) }
            let x = item ? PageBuilder.left + 18 : PageBuilder.left
            first.line("Auf Grundlage offener Parlamentsdaten können die komplexen Inhalte der Parlamentsarbeit als", x: x, y: y, justifyTo: PageBuilder.right)
            first.line(lastLine, x: x, y: y + 13.2)
            first.line("Seite 1 von 2", x: 280, y: 750, size: 9)
            var second = PageBuilder(2)
            second.line("Gesetzänderungen umfassend veranschaulicht werden.", y: 100)
            second.paragraph(prose[2], y: 124)
            second.line("Seite 2 von 2", x: 280, y: 750, size: 9)
            return analyze([first, second]).texts
        }
        let long = "graphische Darstellungen vermittelt werden, und nur wenn sie bereitstehen, können"
        let joined = read(lastLine: long)
        XCTAssertEqual(joined.count, 3, "\(joined)")
        XCTAssertTrue(joined[1].hasSuffix("können Gesetzänderungen umfassend veranschaulicht werden."), "\(joined)")
        XCTAssertEqual(read(lastLine: "graphische und", item: false).count, 4, "a short last line ends its paragraph")
        XCTAssertEqual(read(lastLine: long, item: true).count, 4, "a list item needs no closing punctuation")
    }

    func testParagraphEndingAtThePageFootAndACapitalisedParagraphAreTwoBlocks() {
        let a = "At the core of the matter is a breakdown in trust between the members of the secretariat, which is a non-negotiable element for the success of the whole process as it was called for by the members of the partnership and by all the partners in each of the member countries."
        let b = "Amongst the concerns raised by civil society is evidence of surveillance."
        let laidOut = analyze(pages(endOfFirstPage: a, startOfSecondPage: b))
        XCTAssertEqual(laidOut.texts, [prose[0], a, b, prose[2]])
    }
}
