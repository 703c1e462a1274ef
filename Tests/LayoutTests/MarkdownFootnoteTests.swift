import Layout
import XCTest

/// Markdown footnote definitions on consecutive lines are separate notes.
final class MarkdownFootnoteTests: XCTestCase {
    func testConsecutiveDefinitionsAreSeparateNotes() {
        let text = """
            Dear Minister,

            We write about surveillance.[^1] It must stop.[^2]

            [^1]: First note, https://example.org/one
            [^2]: Second note.
            continued on a second line.
            [^3]: Third note.
            """
        let document = TextLayout.analyze(text, markdown: true)
        XCTAssertEqual(document.footnoteBlocks.count, 3)
        XCTAssertEqual(document.footnoteBlocks.map { $0.lines.first?.markers.first?.label }, ["1", "2", "3"])
        XCTAssertEqual(document.footnoteBlocks.map(\.lines.count), [1, 2, 1])
    }

    func testSuperscriptNotesOnConsecutiveLines() {
        let document = TextLayout.analyze("Body text¹ and more².\n\n¹ One.\n² Two.\n", markdown: false)
        XCTAssertEqual(document.footnoteBlocks.map { $0.lines.first?.markers.first?.label }, ["1", "2"])
    }
}
