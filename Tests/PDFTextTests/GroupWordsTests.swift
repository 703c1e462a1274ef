import Foundation
@testable import PDFText
import XCTest

/// `groupWords` compares and copies a glyph's font only where the font run changes; it must
/// group exactly as the reference that did both for every glyph.
final class GroupWordsTests: XCTestCase {
    private typealias Glyph = PDFTextReader.Glyph
    private typealias FontRun = PDFTextReader.FontRun

    /// Glyphs of `text` set left to right from `x` on the line whose top is `y`, `advance` apart.
    private func glyphs(_ text: String, x: Double, y: Double, advance: Double = 5) -> [Glyph] {
        text.unicodeScalars.enumerated().map { i, scalar in
            let x0 = x + Double(i) * advance
            return Glyph(scalar: scalar, box: Rect(x0: x0, y0: y, x1: x0 + advance, y1: y + 10))
        }
    }

    private func assertSameWords(_ glyphs: [Glyph], _ fonts: [FontRun], file: StaticString = #filePath, line: UInt = #line) {
        let fast = PDFTextReader.groupWords(glyphs, fonts: fonts)
        let reference = PDFTextReader.referenceGroupWords(glyphs, fonts: fonts)
        // Field by field: a Word with a NaN size equals no Word, not even itself.
        XCTAssertEqual(fast.map(\.text), reference.map(\.text), file: file, line: line)
        XCTAssertEqual(fast.map(\.box), reference.map(\.box), file: file, line: line)
        XCTAssertEqual(fast.map(\.font.name), reference.map(\.font.name), file: file, line: line)
        XCTAssertEqual(fast.map(\.font.size.bitPattern), reference.map(\.font.size.bitPattern), file: file, line: line)
        XCTAssertEqual(fast.map(\.font.isBold), reference.map(\.font.isBold), file: file, line: line)
        XCTAssertEqual(fast.map(\.font.isItalic), reference.map(\.font.isItalic), file: file, line: line)
    }

    func testRunsOfEqualFontsGapsBetweenRunsAndUnicode() {
        let regular = FontStyle(name: "Helvetica", size: 10)
        let bold = FontStyle(name: "Helvetica-Bold", size: 10)
        let small = FontStyle(name: "Helvetica", size: 6)
        let text = "Müller’s café naïve 12€ x\u{301}y well-known"
        let g = glyphs(text, x: 72, y: 100)
        let n = g.count
        let layouts: [[FontRun]] = [
            [],
            [FontRun(start: 0, end: n - 1, font: regular)],
            // Two runs of one font: a word spanning them stays one word.
            [FontRun(start: 0, end: 9, font: regular), FontRun(start: 10, end: n - 1, font: regular)],
            // A font change mid-word splits it.
            [FontRun(start: 0, end: 3, font: regular), FontRun(start: 4, end: 7, font: bold), FontRun(start: 8, end: n - 1, font: regular)],
            // Glyphs outside every run keep the open word's font, or take the fallback.
            [FontRun(start: 2, end: 4, font: bold), FontRun(start: 12, end: 15, font: small), FontRun(start: 30, end: n - 1, font: regular)],
            // Runs that overlap and runs out of order with the glyphs.
            [FontRun(start: 0, end: 10, font: regular), FontRun(start: 5, end: 20, font: bold), FontRun(start: 18, end: n + 5, font: small)],
            // A size that is not a number equals nothing, not even itself.
            [FontRun(start: 0, end: 8, font: FontStyle(name: "Broken", size: .nan)), FontRun(start: 9, end: n - 1, font: regular)],
            [FontRun(start: 0, end: n - 1, font: FontStyle(name: "Broken", size: .nan))],
        ]
        for fonts in layouts {
            assertSameWords(g, fonts)
        }
    }

    func testLineJumpsGapsAndBlanks() {
        let font = FontStyle(name: "Times", size: 10)
        var g = glyphs("first line", x: 72, y: 100) + glyphs("second", x: 72, y: 114)
        g += glyphs("wide gap", x: 300, y: 114, advance: 9)
        g += [Glyph(scalar: "\u{A0}", box: Rect(x0: 400, y0: 114, x1: 405, y1: 124))] + glyphs("back", x: 60, y: 114)
        g += [Glyph(scalar: "\0", box: Rect(x0: 0, y0: 0, x1: 0, y1: 0))] + glyphs("end", x: 80, y: 130)
        let n = g.count
        assertSameWords(g, [FontRun(start: 0, end: n - 1, font: font)])
        assertSameWords(g, [FontRun(start: 0, end: 12, font: font), FontRun(start: 13, end: n - 1, font: font)])
        assertSameWords(g, [])
    }
}

/// The page text's scalars decoded from its bytes pair with the rectangles as the scalar walk did.
final class GlyphDecodingTests: XCTestCase {
    func testDecodedScalarsMatchTheScalarWalk() {
        let texts = ["", "plain ASCII\n", "Müller’s café – 12 € \u{1F44D}\u{1F3FD} x\u{301} 한국어 \u{10FFFF}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}",
                     String(decoding: [0x61, 0xFF, 0x62, 0xE2, 0x82], as: UTF8.self)]
        for text in texts {
            for count in [0, 3, text.unicodeScalars.count, text.unicodeScalars.count + 5] {
                func box(_ i: Int) -> Rect { Rect(x0: Double(i), y0: 0, x1: Double(i) + 1, y1: 2) }
                var copy = text
                let fast = copy.withUTF8 { PDFTextReader.glyphs(scalars: $0, count: count, box: box) }
                let reference = PDFTextReader.referenceGlyphs(text, count: count, box: box)
                XCTAssertEqual(fast.map(\.scalar), reference.map(\.scalar), text.debugDescription)
                XCTAssertEqual(fast.map(\.box), reference.map(\.box), text.debugDescription)
            }
        }
    }
}
