import Layout
import LetterModel
import LetterParser
import Geometry
import XCTest

/// Page, box and confidence of each field, and footnote markers' offsets, on a letter whose
/// geometry is built in code: every line 12 pt high, blocks one blank line apart.
final class ProvenanceTests: XCTestCase {
    /// Blocks with boxes: each line at the next 14 pt step down the page, blocks 14 pt apart.
    private struct Sheet {
        var y = 72.0
        var page = 1
        mutating func block(_ lines: [String], markers: [Int: [Marker]] = [:], x: Double = 72) -> Block {
            var out: [Line] = []
            for (i, text) in lines.enumerated() {
                out.append(Line(text: text, box: Rect(x0: x, y0: y, x1: x + 5.5 * Double(text.count), y1: y + 12), page: page,
                                fontSize: 11, markers: markers[i] ?? []))
                y += 14
            }
            y += 14
            return Block(lines: out)
        }
    }

    private func segment(_ blocks: [Block], notes: [Block] = []) -> Letter {
        let source = Source(file: "letter.pdf", sha256: String(repeating: "0", count: 64), format: .pdf, pages: 1)
        return LetterSegmenter().segment(LaidOutDocument(blocks: blocks, footnoteBlocks: notes), source: source)
    }

    private let paragraph = "We write to ask the Committee to publish the draft regulation, and we call on its members to hold a public hearing before the vote."

    private func letter() -> (blocks: [Block], notes: [Block]) {
        var sheet = Sheet()
        let blocks = [
            sheet.block(["Example Foundation", "1 Main Street"]),
            sheet.block(["Berlin, 16 May 2017"], x: 400),
            sheet.block(["Committee on Civil Liberties", "European Parliament"]),
            sheet.block(["Subject: The draft regulation"]),
            sheet.block(["Dear Members of the Committee,"]),
            sheet.block(["We write to ask the Committee to publish the draft regulation, and we call",
                         "on its members to hold a public hearing before the vote."], markers: [1: [Marker(label: "1", offset: 14)]]),
            sheet.block(["Yours sincerely,"]),
            sheet.block(["Jane Doe", "Director, Example Foundation"]),
        ]
        let notes = [sheet.block(["See the consultation of 2016."], markers: [0: [Marker(label: "1", offset: 0)]])]
        return (blocks, notes)
    }

    func testEveryFieldHasThePageAndBoxItWasReadFrom() throws {
        let (blocks, notes) = letter()
        let letter = segment(blocks, notes: notes)
        let p = letter.provenance
        func box(_ block: Block) -> BoundingBox? { block.box.map { BoundingBox(x0: $0.x0, y0: $0.y0, x1: $0.x1, y1: $0.y1) } }
        XCTAssertEqual(letter.date?.iso, "2017-05-16")
        XCTAssertEqual(p.date?.page, 1)
        XCTAssertEqual(p.date?.bbox, box(blocks[1]))
        XCTAssertEqual(p.place?.bbox, box(blocks[1]))
        XCTAssertEqual(p.sender?.bbox, box(blocks[0]))
        XCTAssertEqual(p.addressee?.bbox, box(blocks[2]))
        XCTAssertEqual(letter.subject, "The draft regulation")
        XCTAssertEqual(p.subject?.bbox, box(blocks[3]))
        XCTAssertEqual(p.salutation?.bbox, box(blocks[4]))
        XCTAssertEqual(p.closing?.bbox, box(blocks[6]))
        XCTAssertEqual(letter.signatories.map(\.name), ["Jane Doe"])
        XCTAssertEqual(p.signatories.count, 1)
        // The name's line only, not the role under it.
        XCTAssertEqual(p.signatories.first?.bbox, BoundingBox(x0: 72, y0: blocks[7].box!.y0, x1: 72 + 5.5 * 8, y1: blocks[7].box!.y0 + 12))
        XCTAssertEqual(p.footnotes.first?.bbox, box(notes[0]))
        XCTAssertEqual(p.callsToAction.count, letter.callsToAction.count)
        XCTAssertFalse(letter.callsToAction.isEmpty)
        XCTAssertEqual(p.callsToAction.first?.bbox, box(blocks[5]))
    }

    func testLabelledAndFormulaFieldsAreSurerThanPositionalOnes() throws {
        let (blocks, notes) = letter()
        let p = segment(blocks, notes: notes).provenance
        let subject = try XCTUnwrap(p.subject?.confidence), sender = try XCTUnwrap(p.sender?.confidence)
        XCTAssertGreaterThanOrEqual(subject, 0.9, "a labelled subject")
        XCTAssertLessThan(sender, subject, "a letterhead read by position")
        XCTAssertGreaterThan(try XCTUnwrap(p.salutation?.confidence), 0.9, "a salutation formula")
        XCTAssertGreaterThan(try XCTUnwrap(p.closing?.confidence), 0.9, "a closing formula")
        XCTAssertGreaterThan(try XCTUnwrap(p.footnotes.first?.confidence), 0.9, "a note the body cites")
        for origin in [p.date, p.place, p.sender, p.addressee, p.subject, p.salutation, p.closing].compactMap({ $0 }) + p.signatories {
            XCTAssert((0...1).contains(origin.confidence))
        }
    }

    func testFootnoteMarkOffsetsPointIntoTheJoinedText() throws {
        let (blocks, notes) = letter()
        let body = segment(blocks, notes: notes).body
        let block = try XCTUnwrap(body.first)
        XCTAssertEqual(block.footnoteRefs, ["1"])
        // The marker stood after "on its members" (14 characters into the second line).
        let offset = try XCTUnwrap(block.footnoteMarks.first?.offset)
        XCTAssertEqual(block.footnoteMarks.first?.label, "1")
        let before = String(String.UnicodeScalarView(Array(block.text.unicodeScalars)[..<offset]))
        XCTAssertTrue(before.hasSuffix("we call on its members"), before)
    }

    func testUnpagedFieldsHaveConfidenceButNoGeometry() {
        let blocks = ["Dear friends,", paragraph, "Sincerely,", "Jane Doe"].map { Block(lines: [Line(text: $0)]) }
        let letter = segment(blocks)
        XCTAssertNotNil(letter.provenance.salutation)
        XCTAssertNil(letter.provenance.salutation?.page)
        XCTAssertNil(letter.provenance.salutation?.bbox)
        XCTAssertNil(letter.provenance.date, "no date, no origin")
    }
}
