import Foundation
@testable import PDFText
import XCTest

/// Lines turned 90° (margin notes, sidebars, watermarks) are left out of the page's words;
/// a page whose text is mostly turned keeps it.
final class VerticalTextTests: XCTestCase {
    private typealias Glyph = PDFTextReader.Glyph

    /// Glyphs of `text` from `(x, y)`, each `step` further along (dx, dy), then a newline.
    private func line(_ text: String, x: Double, y: Double, dx: Double, dy: Double) -> [Glyph] {
        var glyphs: [Glyph] = []
        for (i, scalar) in text.unicodeScalars.enumerated() {
            let x0 = x + Double(i) * dx, y0 = y + Double(i) * dy
            glyphs.append(Glyph(scalar: scalar, box: Rect(x0: x0, y0: y0, x1: x0 + 5, y1: y0 + 5)))
        }
        glyphs.append(Glyph(scalar: "\n", box: Rect(x0: 0, y0: 0, x1: 0, y1: 0)))
        return glyphs
    }

    private func text(_ glyphs: [Glyph]) -> String { String(String.UnicodeScalarView(glyphs.map(\.scalar))) }

    func testATurnedLineAmongUprightOnesIsBlanked() {
        let glyphs = line("Dear friends, we write to you today", x: 72, y: 100, dx: 5, dy: 0)
            + line("Registered charity", x: 30, y: 600, dx: 0, dy: -5)
            + line("about the law before parliament.", x: 72, y: 114, dx: 5, dy: 0)
        let result = PDFTextReader.blankingVerticalLines(glyphs)
        XCTAssertEqual(result.count, glyphs.count, "indices stay in step with the font runs")
        XCTAssertEqual(text(result), "Dear friends, we write to you today\n                  \nabout the law before parliament.\n")
    }

    func testAMostlyTurnedPageIsKept() {
        let glyphs = line("A landscape table turned on the page", x: 30, y: 700, dx: 0, dy: -5)
            + line("Its second row, turned as well", x: 45, y: 700, dx: 0, dy: -5)
            + line("Page 1", x: 280, y: 800, dx: 5, dy: 0)
        XCTAssertEqual(text(PDFTextReader.blankingVerticalLines(glyphs)), text(glyphs))
    }

    func testShortAndSlightlySlopedLinesAreNotVertical() {
        var progress = PDFTextReader.LineProgress(start: 0)
        progress.add(Rect(x0: 0, y0: 0, x1: 5, y1: 5))
        progress.add(Rect(x0: 0, y0: 10, x1: 5, y1: 15))
        XCTAssertFalse(progress.isVertical, "two glyphs say nothing")
        let sloped = line("a line set at a slight slope", x: 72, y: 100, dx: 5, dy: 1)
        XCTAssertEqual(text(PDFTextReader.blankingVerticalLines(sloped + line("upright", x: 72, y: 140, dx: 5, dy: 0))),
                       "a line set at a slight slope\nupright\n")
    }

    /// The fixture (scripts/fixtures/make-rotated-margin-note-pdf.py) read through Poppler.
    func testRotatedMarginNoteInARealPDFGivesNoWords() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/rotated-margin-note.pdf").path
        let words = try PDFTextReader.read(data: Data(contentsOf: URL(fileURLWithPath: path)), name: "rotated-margin-note.pdf")
            .pages[0].words.map(\.text)
        XCTAssertTrue(words.contains("Parliament,"), "\(words)")
        XCTAssertFalse(words.contains { $0.contains("charity") || $0.contains("Registered") }, "\(words)")
        XCTAssertFalse(words.contains { $0.count == 1 && $0 != "-" && Int($0) == nil && $0 != "a" }, "one-letter words: \(words)")
    }
}
