import PDFText
import XCTest
@testable import OCRText

/// Pixel boxes from Tesseract into Poppler-shaped words, on words built in code.
final class OCRGeometryTests: XCTestCase {
    /// 300 dpi: 300/72 pixels per point. A 12 pt line has capitals ~0.7 × 50 px tall.
    let scale = 300.0 / 72
    let sizePx = 12 * 300.0 / 72

    private func raw(_ text: String, x: Double, baseline: Double, rise: Double) -> OCRGeometry.RawWord {
        OCRGeometry.RawWord(text: text, left: x, top: baseline - rise, right: x + Double(text.count) * 20, bottom: baseline,
                            baseline: baseline, confidence: 90)
    }

    func testFontSizeFromCapitalsAndXHeight() {
        let line = [raw("The", x: 100, baseline: 500, rise: 0.70 * sizePx), raw("man", x: 200, baseline: 500, rise: 0.47 * sizePx),
                    raw("Hill", x: 300, baseline: 500, rise: 0.70 * sizePx)]
        let words = OCRGeometry.words(lines: [line], scale: scale)
        XCTAssertEqual(words.map(\.text), ["The", "man", "Hill"])
        for word in words {
            XCTAssertEqual(word.font.size, 12, accuracy: 0.1)
            // Poppler's box: from the ascender to below the baseline, the baseline near its bottom.
            XCTAssertEqual(word.box.y1, 500 / scale + OCRGeometry.boxDescent * 12, accuracy: 0.01)
            XCTAssertEqual(word.box.height, (OCRGeometry.boxAscent + OCRGeometry.boxDescent) * 12, accuracy: 0.01)
        }
        XCTAssertEqual(words[0].box.x0, 100 / scale, accuracy: 0.001)
    }

    /// The dot of an `i` rises near ascender height: read as x-height it made a line of such
    /// words half as large again (seed-word-scan: "engaging in difficult conversations." at
    /// 16 pt among 11.5 pt lines), and the paragraph broke there.
    func testDottedAndAccentedLowerCaseIsNotMeasuredAsXHeight() {
        XCTAssertEqual(OCRGeometry.heightClass("man"), .short)
        XCTAssertEqual(OCRGeometry.heightClass("very,"), .short)
        XCTAssertEqual(OCRGeometry.heightClass("engaging"), .none)
        XCTAssertEqual(OCRGeometry.heightClass("ému"), .none)
        XCTAssertEqual(OCRGeometry.heightClass("été"), .tall, "an ascender measures the word whatever its accents")
        XCTAssertEqual(OCRGeometry.heightClass("little"), .tall)
        let dotRise = 0.68 * sizePx
        let line = [raw("engaging", x: 100, baseline: 500, rise: dotRise), raw("in", x: 300, baseline: 500, rise: dotRise),
                    raw("difficult", x: 400, baseline: 500, rise: 0.70 * sizePx),
                    raw("conversations.", x: 600, baseline: 500, rise: dotRise)]
        XCTAssertEqual(OCRGeometry.lineSize(line).map { $0 / scale } ?? 0, 12, accuracy: 0.3)
    }

    /// A note that is one long URL: the LSTM engine gave a few of its characters the whole
    /// line's height and more, and the word's box (their union) read it half as large again as
    /// it is. A line of one or two long words measures by the median of its characters.
    func testALongWordMeasuresByItsCharactersNotItsBox() {
        let note = 9 * 300.0 / 72, baseline = 2000.0
        var symbols: [OCRGeometry.Symbol] = []
        for (i, c) in "http://www.example.org/reports".enumerated() {
            let x = 100 + Double(i) * 20
            let rise: Double
            if i % 10 == 3 { rise = 1.1 * note }  // a rough box: the whole line and more
            else if "bdfhklt".contains(c) { rise = 0.70 * note } else if c.isLetter { rise = 0.47 * note } else { rise = 0.6 * note }
            symbols.append(.init(text: String(c), left: x, top: baseline - rise, right: x + 18, bottom: baseline))
        }
        let word = OCRGeometry.RawWord(symbols: symbols, left: 100, top: baseline - 1.1 * note, right: 100 + 20 * 30,
                                       bottom: baseline, baseline: baseline, confidence: 60)
        XCTAssertEqual(OCRGeometry.lineSize([word]).map { $0 / scale } ?? 0, 9, accuracy: 0.5)
        // A line of several words keeps the words' own boxes (tops of the ink).
        let words = [raw("The", x: 100, baseline: 500, rise: 0.70 * sizePx), raw("man", x: 200, baseline: 500, rise: 0.47 * sizePx),
                     raw("Hill", x: 300, baseline: 500, rise: 0.70 * sizePx)]
        XCTAssertEqual(OCRGeometry.lineSize(words).map { $0 / scale } ?? 0, 12, accuracy: 0.1)
    }

    func testJitterSnapsToThePageSizeButSmallerLinesStaySmaller() {
        let body = (0..<5).map { i in [raw("Word", x: 100, baseline: Double(300 + 100 * i), rise: 0.70 * sizePx * (i == 2 ? 1.04 : 1))] }
        let note = [raw("Note", x: 100, baseline: 1200, rise: 0.70 * sizePx * 0.8)]
        let words = OCRGeometry.words(lines: body + [note], scale: scale)
        XCTAssertEqual(Set(words.prefix(5).map(\.font.size)), [12], "a 4% jitter is not a font change")
        XCTAssertEqual(words[5].font.size, 9.6, accuracy: 0.1, "a footnote line set 80% as large keeps its size")
    }

    func testDustIsDropped() {
        let line = [raw("Sincerely", x: 100, baseline: 500, rise: 0.7 * sizePx),
                    OCRGeometry.RawWord(text: ",", left: 900, top: 495, right: 905, bottom: 505, baseline: 500, confidence: 40),
                    OCRGeometry.RawWord(text: "i", left: 1900, top: 470, right: 1905, bottom: 500, baseline: 500, confidence: 70)]
        XCTAssertEqual(OCRGeometry.words(lines: [line], scale: scale).map(\.text), ["Sincerely"])
    }

    func testRaisedMarkerFoundOnTheInkIsReadAgain() {
        // journalists”'. : a quote, the marker read as an apostrophe, a period.
        let size = sizePx, baseline = 500.0
        let period = OCRGeometry.Glyph(left: 300, right: 306, top: baseline - 6, bottom: baseline)
        let marker = OCRGeometry.Glyph(left: 290, right: 298, top: baseline - 0.75 * size, bottom: baseline - 0.3 * size)
        XCTAssertEqual(OCRGeometry.trailingMarker(glyphs: [period, marker], baseline: baseline, size: size), marker)
        let quote = OCRGeometry.Glyph(left: 290, right: 298, top: baseline - 0.75 * size, bottom: baseline - 0.55 * size)
        XCTAssertNil(OCRGeometry.trailingMarker(glyphs: [period, quote], baseline: baseline, size: size), "a quote mark is too short")
        let letter = OCRGeometry.Glyph(left: 290, right: 298, top: baseline - 0.47 * size, bottom: baseline)
        XCTAssertNil(OCRGeometry.trailingMarker(glyphs: [letter], baseline: baseline, size: size), "on the baseline")

        let symbols = ["j", "s", "”", "'", "."].enumerated().map { i, t in
            OCRGeometry.Symbol(text: t, left: Double(200 + 10 * i), top: baseline - 40, right: Double(209 + 10 * i), bottom: baseline)
        }
        let word = OCRGeometry.RawWord(symbols: symbols, left: 200, top: baseline - 40, right: 306, bottom: baseline, baseline: baseline, confidence: 90)
        let marked = OCRGeometry.withMarker(word, digits: "1", box: marker)
        XCTAssertEqual(marked.text, "js”.1")
        XCTAssertEqual(OCRGeometry.words(lines: [[raw("About", x: 0, baseline: baseline, rise: 0.7 * size), marked]], scale: scale).map(\.text),
                       ["About", "js”.", "1"])
    }

    func testRaisedTrailingDigitBecomesAMarkerWord() {
        let baseline = 500.0
        let symbols = "concern".enumerated().map { i, c in
            OCRGeometry.Symbol(text: String(c), left: 100 + Double(i) * 20, top: baseline - 0.47 * sizePx, right: 118 + Double(i) * 20, bottom: baseline)
        } + [OCRGeometry.Symbol(text: "1", left: 242, top: baseline - 0.75 * sizePx, right: 252, bottom: baseline - 0.35 * sizePx)]
        let word = OCRGeometry.RawWord(symbols: symbols, left: 100, top: baseline - 0.75 * sizePx, right: 252, bottom: baseline,
                                       baseline: baseline, confidence: 90)
        let words = OCRGeometry.words(lines: [[raw("About", x: 0, baseline: baseline, rise: 0.7 * sizePx), word]], scale: scale)
        XCTAssertEqual(words.map(\.text), ["About", "concern", "1"])
        XCTAssertLessThan(words[2].font.size, 0.85 * words[1].font.size, "smaller, as the layout stage's markers are")
        XCTAssertLessThan(words[2].baseline, words[1].baseline - 0.15 * words[1].font.size, "raised above the line")
    }

    func testDigitsOnTheBaselineStayInTheWord() {
        let baseline = 500.0
        let symbols = "2017".enumerated().map { i, c in
            OCRGeometry.Symbol(text: String(c), left: 100 + Double(i) * 20, top: baseline - 0.7 * sizePx, right: 118 + Double(i) * 20, bottom: baseline)
        }
        let word = OCRGeometry.RawWord(symbols: symbols, left: 100, top: baseline - 0.7 * sizePx, right: 178, bottom: baseline, baseline: baseline, confidence: 90)
        XCTAssertEqual(OCRGeometry.words(lines: [[word]], scale: scale).map(\.text), ["2017"])
    }

    /// seed-word-scan: a speck of three pixels before "a genuine…" was read as `-` with 91%
    /// confidence, kept as a dash bullet, and made the rest of a paragraph a list item. A dash
    /// as wide as a real one (a third of an em) still opens the line.
    func testSpeckOpeningALineIsNotABullet() {
        func line(dashWidth: Double) -> [OCRGeometry.RawWord] {
            [OCRGeometry.RawWord(text: "-", left: 60, top: 480, right: 60 + dashWidth, bottom: 483, baseline: 500, confidence: 91),
             raw("a", x: 100, baseline: 500, rise: 0.47 * sizePx), raw("genuine", x: 130, baseline: 500, rise: 0.68 * sizePx),
             raw("state", x: 300, baseline: 500, rise: 0.7 * sizePx)]
        }
        XCTAssertEqual(OCRGeometry.words(lines: [line(dashWidth: 3)], scale: scale).map(\.text), ["a", "genuine", "state"])
        XCTAssertEqual(OCRGeometry.words(lines: [line(dashWidth: 0.33 * sizePx)], scale: scale).map(\.text), ["-", "a", "genuine", "state"])
    }

    func testLoneSymbolOpeningALineIsABullet() {
        let line = [OCRGeometry.RawWord(text: "¢", left: 100, top: 480, right: 110, bottom: 500, baseline: 500, confidence: 60),
                    raw("Black", x: 150, baseline: 500, rise: 0.7 * sizePx), raw("Sash", x: 280, baseline: 500, rise: 0.7 * sizePx)]
        XCTAssertEqual(OCRGeometry.words(lines: [line], scale: scale).map(\.text), ["•", "Black", "Sash"])
        // Alone on its line and doubtful: dust, dropped. Read with confidence: kept as read.
        let alone = [OCRGeometry.RawWord(text: "+", left: 100, top: 480, right: 110, bottom: 500, baseline: 500, confidence: 60)]
        XCTAssertEqual(OCRGeometry.words(lines: [alone], scale: scale).map(\.text), [])
        var sure = alone
        sure[0].confidence = 95
        XCTAssertEqual(OCRGeometry.words(lines: [sure], scale: scale).map(\.text), ["+"])
    }

    /// A word whose ink sits on `inkBottom`, with one symbol per letter, while Tesseract gave it
    /// the `baseline` it fitted to the whole row.
    private func inked(_ text: String, x: Double, inkBottom: Double, baseline: Double) -> OCRGeometry.RawWord {
        let symbols = text.enumerated().map { i, c in
            OCRGeometry.Symbol(text: String(c), left: x + Double(i) * 20, top: inkBottom - 0.7 * sizePx,
                               right: x + Double(i + 1) * 20, bottom: inkBottom)
        }
        return OCRGeometry.RawWord(symbols: symbols, left: x, top: inkBottom - 0.7 * sizePx, right: x + Double(text.count) * 20,
                                   bottom: inkBottom, baseline: baseline, confidence: 90)
    }

    /// One Tesseract line across a three-column list whose rows do not line up: cut at the
    /// gutters, each column's words stand on their own ink, not on the row's fitted baseline.
    func testARowAcrossColumnGuttersIsCutAndEachPieceKeepsItsOwnBaseline() {
        let row = [inked("Black", x: 100, inkBottom: 520, baseline: 505), inked("Sash", x: 220, inkBottom: 520, baseline: 505),
                   inked("Mobile", x: 900, inkBottom: 505, baseline: 505),
                   inked("Foundation", x: 1700, inkBottom: 490, baseline: 505)]
        let pieces = OCRGeometry.splitAtGutters(row)
        XCTAssertEqual(pieces.map { $0.map(\.text) }, [["Black", "Sash"], ["Mobile"], ["Foundation"]])
        XCTAssertEqual(pieces.map { $0[0].baseline }, [520, 505, 490])
        // Word spaces, even wide justified ones, do not cut a line; its baseline stays.
        let prose = [inked("wide", x: 100, inkBottom: 520, baseline: 505), inked("spaces", x: 100 + 80 + 0.8 * sizePx, inkBottom: 520, baseline: 505)]
        XCTAssertEqual(OCRGeometry.splitAtGutters(prose), [prose])
    }

    /// A word box stretched over the next word ("co-creation" over "and") would put the two on
    /// separate lines in the layout stage: the box ends where the next word begins.
    func testAWordBoxReachingOverItsNeighbourIsCutBack() {
        var first = raw("co-creation", x: 524, baseline: 1146, rise: 0.7 * sizePx)
        first.right = 834
        let line = [first, raw("and", x: 765, baseline: 1146, rise: 0.7 * sizePx), raw("process", x: 857, baseline: 1146, rise: 0.7 * sizePx)]
        let untangled = OCRGeometry.untangled(line)
        XCTAssertEqual(untangled[0].right, 764)
        XCTAssertTrue(untangled[0].symbols.allSatisfy { $0.right <= 764 && $0.left <= $0.right })
        XCTAssertEqual(Array(untangled.dropFirst()), Array(line.dropFirst()))
        let words = OCRGeometry.words(lines: [line], scale: scale)
        XCTAssertLessThanOrEqual(words[0].box.x1, words[1].box.x0)
    }

    /// A mark without letters or digits far smaller than the line's words is noise wherever it
    /// stands (a speck read as "|" after "(ODAC)"); a dash the size of one is kept.
    func testAPunctuationSpeckIsDroppedAnywhereInTheLine() {
        let speck = OCRGeometry.RawWord(text: "|", left: 700, top: 450, right: 705, bottom: 455, baseline: 500, confidence: 93)
        let dash = OCRGeometry.RawWord(text: "-", left: 420, top: 480, right: 440, bottom: 484, baseline: 500, confidence: 93)
        let line = [raw("Centre", x: 100, baseline: 500, rise: 0.7 * sizePx), dash,
                    raw("(ODAC)", x: 460, baseline: 500, rise: 0.7 * sizePx), speck]
        XCTAssertEqual(OCRGeometry.words(lines: [line], scale: scale).map(\.text), ["Centre", "-", "(ODAC)"])
    }

    func testAnExclamationMarkAmongCapitalsIsTheLetterI() {
        XCTAssertEqual(OCRGeometry.capitalIRestored("(FX!)"), "(FXI)")
        XCTAssertEqual(OCRGeometry.capitalIRestored("F!FA"), "FIFA")
        XCTAssertEqual(OCRGeometry.capitalIRestored("NOW!"), "NOW!", "an exclamation ends a word")
        XCTAssertEqual(OCRGeometry.capitalIRestored("Now!)"), "Now!)")
        XCTAssertEqual(OCRGeometry.capitalIRestored("(Stop!)"), "(Stop!)", "not an acronym")
        XCTAssertEqual(OCRGeometry.capitalIRestored("!"), "!")
    }

    /// A capital O read as zero before lower-case letters is the letter; zeros among digits,
    /// or before a unit after a digit, stay.
    func testALetterOReadAsZeroIsRestored() {
        XCTAssertEqual(OCRGeometry.letterORestored("500/0pen"), "500/Open")
        XCTAssertEqual(OCRGeometry.letterORestored("0pen"), "Open")
        XCTAssertEqual(OCRGeometry.letterORestored("2005"), "2005")
        XCTAssertEqual(OCRGeometry.letterORestored("10am"), "10am")
        XCTAssertEqual(OCRGeometry.letterORestored("0.5"), "0.5")
        XCTAssertEqual(OCRGeometry.letterORestored("0x"), "0x")
    }
}
