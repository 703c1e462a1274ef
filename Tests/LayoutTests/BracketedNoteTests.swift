import Layout
import PDFText
import XCTest

/// Notes set at the body's size, each opening with its label in brackets, at the foot of the
/// page (web pages printed to PDF): size cannot find the zone, the labels can.
final class BracketedNoteTests: XCTestCase {
    private func page(citing: Bool) -> PageBuilder {
        var page = PageBuilder(1)
        var y = 120.0
        for (i, sentence) in ["We are dismayed by the surveillance of journalists", "We ask you to publish the assessment"].enumerated() {
            var x = page.line(sentence, y: y)
            if citing { x = page.superscript(String(i + 1), x: x, lineY: y) }
            page.line("and to hear the families.", x: x + 2.75, y: y)
            y += 30
        }
        page.line("[1] See the report of the Special Rapporteur, 2019.", y: 700)
        page.line("[2] https://example.org/assessment.", y: 713.2)
        return page
    }

    func testBracketedNotesCitedByTheBodyAreNotes() {
        let laidOut = analyze([page(citing: true)])
        XCTAssertEqual(laidOut.noteLabels, ["1", "2"])
        XCTAssertEqual(laidOut.noteTexts.first, "See the report of the Special Rapporteur, 2019.")
        XCTAssertFalse(laidOut.lineTexts.contains { $0.hasPrefix("[1]") }, "\(laidOut.lineTexts)")
    }

    /// Uncited, bracketed lines at the foot (a numbered list, references the body never marks)
    /// stay in the body.
    func testUncitedBracketedLinesStayInTheBody() {
        let laidOut = analyze([page(citing: false)])
        XCTAssertEqual(laidOut.footnoteBlocks, [])
        XCTAssertTrue(laidOut.lineTexts.contains { $0.hasPrefix("[1]") }, "\(laidOut.lineTexts)")
    }

    /// A note symbol glued to the note's text ("*Please visit …") at body size, cited by a "*"
    /// in the body, is the note; uncited, the line stays body.
    func testASymbolNoteAtBodySizeCitedByTheBody() {
        for citing in [true, false] {
            var page = PageBuilder(1)
            var x = page.line("Please complete the enclosed response card", y: 120)
            if citing { x = page.superscript("*", x: x, lineY: 120) }
            page.line("to pledge your support.", x: x + 2.75, y: 120)
            page.line("*Please visit www.example.org/contribute to reach us.", y: 700)
            let laidOut = analyze([page])
            if citing {
                XCTAssertEqual(laidOut.noteLabels, ["*"])
                XCTAssertEqual(laidOut.noteTexts, ["Please visit www.example.org/contribute to reach us."])
            } else {
                XCTAssertEqual(laidOut.footnoteBlocks, [])
            }
        }
    }
}
