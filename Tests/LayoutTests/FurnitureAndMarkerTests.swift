@testable import Layout
import PDFText
import XCTest

final class PageFurnitureTests: XCTestCase {
    /// One page: a body paragraph, and `footer` centred at the foot of the page.
    private func pageWithFooter(_ footer: String, size: Double = 9) -> PageBuilder {
        var page = PageBuilder(1)
        page.paragraph(prose[0], y: 120)
        let x = (PageBuilder.width - PageBuilder.advance(footer, size: size)) / 2
        page.line(footer, x: x, y: 750, size: size)
        return page
    }

    func testPageNumbersAtTheFootAreDropped() {
        for footer in ["Page 1 of 3", "2", "- 3 -", "1 sur 3", "Seite 2 von 4", "3/4"] {
            let laidOut = analyze([pageWithFooter(footer)])
            XCTAssertEqual(laidOut.texts, [prose[0]], "footer \"\(footer)\"")
            XCTAssertEqual(laidOut.footnoteBlocks, [], "footer \"\(footer)\" is not a note")
        }
    }

    /// A footer that ends with this page's number after a separator is furniture on a
    /// one-page letter too, where nothing repeats to show it; a footer ending with another
    /// number, or with no separator before the number, is kept.
    func testAFooterEndingWithThePageNumberIsDropped() {
        for footer in ["Ref. L/n.d. · 1/1", "Confidential | 1", "Open letter – 1"] {
            XCTAssertEqual(analyze([pageWithFooter(footer)]).texts, [prose[0]], "footer \"\(footer)\"")
        }
        for footer in ["Call us · 0800 123 456", "Ref. 12/B · 2/3", "Room 101"] {
            XCTAssertTrue(analyze([pageWithFooter(footer)]).lineTexts.contains(footer), "footer \"\(footer)\" is kept")
        }
    }

    func testPageNumberAtTheTopIsDropped() {
        var page = PageBuilder(1)
        page.line("- 2 -", x: 290, y: 40, size: 10)
        page.paragraph(prose[1], y: 120)
        XCTAssertEqual(analyze([page]).texts, [prose[1]])
    }

    func testRunningTitleOnEveryPageIsDroppedAndBodyKept() {
        var pages: [PageBuilder] = []
        for n in 1...3 {
            var page = PageBuilder(n)
            page.line("Open Letter on Civic Space", x: 72, y: 40, size: 9, italic: true)
            page.paragraph(prose[n - 1], y: 120)
            page.line("Page \(n) of 3", x: 280, y: 750, size: 9)
            pages.append(page)
        }
        let laidOut = analyze(pages)
        XCTAssertEqual(laidOut.texts, [prose[0], prose[1], prose[2]])
        XCTAssertFalse(laidOut.lineTexts.contains { $0.contains("Open Letter on Civic Space") })
        XCTAssertEqual(laidOut.footnoteBlocks, [])
        // Removed, not forgotten: the furniture lines in page order, with their page and box.
        XCTAssertEqual(laidOut.furniture.map(\.text), ["Open Letter on Civic Space", "Page 1 of 3", "Open Letter on Civic Space",
                                                       "Page 2 of 3", "Open Letter on Civic Space", "Page 3 of 3"])
        XCTAssertEqual(laidOut.furniture.map(\.page), [1, 1, 2, 2, 3, 3])
        XCTAssertEqual(laidOut.furniture.first?.box?.y0 ?? 0, 40, accuracy: 12)
    }

    func testLetterheadOnlyOnTheFirstPageIsKept() {
        var first = PageBuilder(1)
        first.line("Example Foundation", x: 72, y: 40, size: 14, bold: true)
        first.line("Open Letter on Civic Space", x: 380, y: 40, size: 9)
        first.paragraph(prose[0], y: 140)
        var second = PageBuilder(2)
        second.line("Open Letter on Civic Space", x: 380, y: 40, size: 9)
        second.paragraph(prose[1], y: 140)
        let laidOut = analyze([first, second])
        XCTAssertTrue(laidOut.lineTexts.contains("Example Foundation"), "\(laidOut.lineTexts)")
        XCTAssertFalse(laidOut.lineTexts.contains { $0.contains("Open Letter on Civic Space") }, "\(laidOut.lineTexts)")
        XCTAssertTrue(laidOut.texts.contains(prose[0]))
        XCTAssertTrue(laidOut.texts.contains(prose[1]))
    }

    func testANumberInTheBodyIsNotAPageNumber() {
        var page = PageBuilder(1)
        page.paragraph(prose[0], y: 120)
        page.line("2", x: 72, y: 200)
        page.paragraph(prose[1], y: 230)
        let laidOut = analyze([page])
        XCTAssertTrue(laidOut.lineTexts.contains("2"), "\(laidOut.lineTexts)")
    }
}

final class MarkerTests: XCTestCase {
    func testRaisedSmallerNumberAfterAWordIsAMarker() {
        var page = PageBuilder(1)
        let y = 120.0
        let before = "We are dismayed by the surveillance of journalists"
        var x = page.line(before, y: y)
        x = page.superscript("1", x: x, lineY: y)
        page.line("and activists in the region.", x: x + 2.75, y: y)
        let laidOut = analyze([page])
        XCTAssertEqual(laidOut.blocks.count, 1)
        let line = laidOut.blocks[0].lines[0]
        XCTAssertEqual(line.text, "We are dismayed by the surveillance of journalists and activists in the region.")
        XCTAssertEqual(line.markers, [Marker(label: "1", offset: before.count)])
        XCTAssertEqual(laidOut.blocks[0].footnoteRefs, ["1"])
    }

    func testMarkerAfterPunctuationAndTwoMarkersInOneParagraph() {
        var page = PageBuilder(1)
        var x = page.line("as called for by the declaration.", y: 120)
        x = page.superscript("12", x: x, lineY: 120)
        page.line("Amongst the concerns raised is evidence", x: x + 2.75, y: 120)
        x = page.line("of surveillance of activists", y: 133.2)
        page.superscript("13", x: x, lineY: 133.2)
        let laidOut = analyze([page])
        XCTAssertEqual(laidOut.blocks.map(\.text), ["as called for by the declaration. Amongst the concerns raised is evidence of surveillance of activists"])
        XCTAssertEqual(laidOut.blocks.first?.footnoteRefs, ["12", "13"])
    }

    /// Two notes cited at once by one raised word, the labels joined by a comma ("stood,5,6").
    func testCommaGroupedMarkersCiteEachNote() {
        var page = PageBuilder(1)
        var x = page.line("As our colleagues have already understood,", y: 120)
        x = page.superscript("5,6", x: x, lineY: 120)
        page.line("overlay journals are the way to go.", x: x + 2.75, y: 120)
        let laidOut = analyze([page])
        XCTAssertEqual(laidOut.blocks.map(\.text), ["As our colleagues have already understood, overlay journals are the way to go."])
        XCTAssertEqual(laidOut.blocks.first?.footnoteRefs, ["5", "6"])
        XCTAssertEqual(MarkerDetector.markerLabels("2,3,4"), ["2", "3", "4"])
        XCTAssertEqual(MarkerDetector.markerLabels("4,"), ["4"])
        XCTAssertNil(MarkerDetector.markerLabels("1,000"), "a number with a thousands comma is no group of labels")
        XCTAssertNil(MarkerDetector.markerLabels("a,b"))
    }

    func testSameSizeNumberIsNotAMarker() {
        var page = PageBuilder(1)
        page.line("In 2017 we wrote to 3 ministers about 12 cases.", y: 120)
        let laidOut = analyze([page])
        XCTAssertEqual(laidOut.texts, ["In 2017 we wrote to 3 ministers about 12 cases."])
        XCTAssertEqual(laidOut.blocks.first?.footnoteRefs, [])
    }

    func testSmallerNumberOnTheBaselineIsNotAMarker() {
        var page = PageBuilder(1)
        var x = page.line("See section", y: 120)
        x = page.word("4", x: x + 2.75, y: 120 + 11 - 7, size: 7)
        page.line("of the report.", x: x + 2.75, y: 120)
        let laidOut = analyze([page])
        XCTAssertEqual(laidOut.texts, ["See section 4 of the report."])
        XCTAssertEqual(laidOut.blocks.first?.footnoteRefs, [])
    }
}

final class TextCleanTests: XCTestCase {
    private func scalars(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }

    func testInvisibleMarksAreRemoved() {
        XCTAssertEqual(scalars(TextJoin.clean("civ\u{200B}il")), scalars("civil"))
        XCTAssertEqual(scalars(TextJoin.clean("\u{FEFF}Dear")), scalars("Dear"))
        for bidi in 0x202A...0x202E {
            let mark = String(Character(Unicode.Scalar(UInt32(bidi))!))
            XCTAssertEqual(scalars(TextJoin.clean(mark + "OGP" + mark)), scalars("OGP"), String(bidi, radix: 16))
        }
    }

    func testLigaturesAreExpanded() {
        XCTAssertEqual(scalars(TextJoin.clean("\u{FB01}nancial")), scalars("financial"))
        XCTAssertEqual(scalars(TextJoin.clean("e\u{FB00}ort")), scalars("effort"))
        XCTAssertEqual(scalars(TextJoin.clean("\u{FB02}ow")), scalars("flow"))
    }

    func testNoBreakSpacesBecomePlainSpaces() {
        XCTAssertEqual(scalars(TextJoin.clean("14\u{00A0}June")), scalars("14 June"))
    }

    func testNFC() {
        // Swift compares strings by canonical equivalence, so compare scalars.
        XCTAssertEqual(scalars(TextJoin.clean("Me\u{0301}xico")), scalars("M\u{00E9}xico"))
        XCTAssertEqual(scalars(TextJoin.clean("Nu\u{0301}cleo")), [0x4E, 0xFA, 0x63, 0x6C, 0x65, 0x6F])
    }

    func testCleaningAppliesToLaidOutLines() {
        var page = PageBuilder(1)
        page.line("The \u{FB01}nancial \u{200B}report of the Me\u{0301}xico o\u{FB03}ce.", y: 120)
        let text = analyze([page]).blocks.first?.lines.first?.text ?? ""
        XCTAssertEqual(scalars(text), scalars("The financial report of the M\u{00E9}xico office."))
    }
}

final class LayoutParametersTests: XCTestCase {
    func testDefaultsAreTheDocumentedValidValues() {
        let p = LayoutParameters()
        XCTAssertEqual(p, LayoutParameters(lineOverlap: 0.5, columnGap: 1.5, paragraphGap: 0.3, superscriptSize: 0.85,
                                           superscriptRaise: 0.15, marginBand: 0.12, footnoteSize: 0.92, indentStart: 1.0))
        XCTAssertTrue((0...1).contains(p.lineOverlap))
        XCTAssertGreaterThan(p.columnGap, 0)
        XCTAssertGreaterThan(p.paragraphGap, 0)
        XCTAssertTrue((0...1).contains(p.superscriptSize))
        XCTAssertGreaterThanOrEqual(p.superscriptRaise, 0)
        XCTAssertTrue((0...0.5).contains(p.marginBand))
        XCTAssertTrue((0...1).contains(p.footnoteSize))
        XCTAssertGreaterThan(p.indentStart, 0)
        XCTAssertEqual(LayoutAnalyzer().parameters, p)
    }
}
