import Layout
import PDFText
import XCTest

/// A line whose words are spread across the width (a justified line with few words) is one
/// line; single words in columns over several rows are columns.
final class StretchedLineTests: XCTestCase {
    private func spread(_ words: [String], on builder: inout PageBuilder, y: Double, gap: Double) {
        var x = PageBuilder.left
        for w in words { x = builder.word(w, x: x, y: y) + gap }
    }

    func testSpacedOutLineInAParagraphStaysOneLine() {
        var builder = PageBuilder(1)
        builder.line("The first line of the paragraph runs across the page as usual and ends", y: 100)
        spread(["Sobre", "el", "caso,", "puede", "leerse", "aquí:"], on: &builder, y: 113.2, gap: 40)
        builder.line("and the last line finishes the paragraph with a full stop.", y: 126.4)
        let laidOut = analyze([builder])
        XCTAssertEqual(laidOut.lineTexts, [
            "The first line of the paragraph runs across the page as usual and ends",
            "Sobre el caso, puede leerse aquí:",
            "and the last line finishes the paragraph with a full stop.",
        ])
    }

    func testSingleWordsInColumnsOverSeveralRowsAreColumns() {
        var builder = PageBuilder(1)
        builder.line("We the undersigned organisations ask the committee to act on this now.", y: 100)
        spread(["Alpha", "Bravo", "Charlie", "Delta"], on: &builder, y: 140, gap: 90)
        spread(["Echo", "Foxtrot", "Golf", "Hotel"], on: &builder, y: 153.2, gap: 90)
        let lines = analyze([builder]).lineTexts
        XCTAssertTrue(lines.contains("Alpha") && lines.contains("Hotel"), "\(lines)")
        XCTAssertFalse(lines.contains { $0.contains("Alpha Bravo") }, "\(lines)")
    }
}
