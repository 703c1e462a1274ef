import LetterDiff
import LetterExtractor
import LetterModel
import XCTest

/// The engine on pairs made by editing the real sample letter.
final class LetterDifferTests: TempDirTestCase {
    func testLetterAgainstItselfHasNoChange() throws {
        let letter = try sampleLetter()
        let report = LetterDiffer.diff(old: letter, new: letter)
        XCTAssertTrue(report.identical)
        XCTAssertEqual(report.body.unchanged, 26)
        XCTAssertEqual(report.body.entries, [BodyChanges.Entry(kind: .unchanged, oldIndex: 0, newIndex: 0, count: 26)])
    }

    func testRetypesetTextCopyHasNoChange() throws {
        let original = try String(contentsOfFile: sample("open-letter-ogp-solidarity-2017.txt"), encoding: .utf8)
        let copy = retypeset(original)
        XCTAssertNotEqual(copy, original)
        XCTAssertTrue(copy.contains("\"government-led"), "quotes were straightened")
        XCTAssertTrue(copy.contains("--") && !copy.contains("\u{2013}"), "dashes were changed")
        let path = try write(copy, "retypeset.txt")
        let report = LetterDiffer.diff(old: try sampleLetter(), new: try LetterExtractor.extract(path: path))
        XCTAssertTrue(report.identical, TextRenderer(color: false).render(report))
    }

    func testPDFAndTextOfTheSameLetterHaveNoChange() throws {
        // seed-word.pdf is the sample letter typeset in a word processor (3 pages, footnotes
        // at the page bottoms): different layout, same content.
        let pdf = try LetterExtractor.extract(path: sample("seed-word.pdf"))
        let report = LetterDiffer.diff(old: try sampleLetter(), new: pdf)
        XCTAssertTrue(report.identical, TextRenderer(color: false).render(report))
    }

    func testRevisionReportsEverySection() throws {
        let old = try sampleLetter()
        let report = LetterDiffer.diff(old: old, new: Revision.apply(to: old))
        XCTAssertFalse(report.identical)

        XCTAssertEqual(report.metadata, [FieldChange(field: "date", old: "14 June 2017", new: "21 June 2017")])

        let s = report.signatories
        XCTAssertEqual([s.countOld, s.countNew], [9, 9])
        XCTAssertEqual(s.added.map(\.name), ["Right2Know Campaign"])
        XCTAssertEqual(s.removed.map(\.name), ["Black Sash"])
        XCTAssertEqual(s.changed.map(\.new.name), ["Open Democracy Advice Centre (ODAC)"])
        XCTAssertEqual(s.changed.first?.fields, ["role"])
        XCTAssertEqual(s.changed.first?.new.role, "Secretariat")

        let calls = report.callsToAction
        XCTAssertEqual(calls.added, [])
        XCTAssertEqual(calls.removed, [])
        XCTAssertEqual(calls.reworded.count, 1)
        XCTAssertEqual(calls.reworded.first?.words.prefix(3), [
            WordSegment(op: .equal, text: "We"), WordSegment(op: .delete, text: " call on"), WordSegment(op: .insert, text: " urge"),
        ])

        let notes = report.footnotes
        XCTAssertEqual(notes.changed.count, 1)
        XCTAssertEqual(notes.changed.first?.oldLabel, "2")
        XCTAssertEqual(notes.changed.first?.words, [
            WordSegment(op: .equal, text: "Refer to"), WordSegment(op: .delete, text: " detailed"),
            WordSegment(op: .insert, text: " the full"), WordSegment(op: .equal, text: " Open Government Declaration"),
        ])
        XCTAssertEqual(notes.added, [])
        XCTAssertEqual(notes.removed, [])
        XCTAssertEqual(notes.renumbered, [])

        let body = report.body
        XCTAssertEqual([body.countOld, body.countNew, body.unchanged], [26, 27, 24])
        XCTAssertEqual(body.entries.map(\.kind), [.unchanged, .changed, .unchanged, .inserted, .unchanged, .moved, .unchanged])
        XCTAssertEqual(body.entries.map(\.count), [2, 1, 2, 1, 19, 1, 1])
        let changed = body.entries[1], inserted = body.entries[3], moved = body.entries[5]
        XCTAssertEqual([changed.oldIndex, changed.newIndex], [2, 2])
        XCTAssertEqual(inserted.newIndex, 5)
        XCTAssertEqual(inserted.text, Revision.insertedParagraph)
        XCTAssertEqual([moved.oldIndex, moved.newIndex], [10, 25])
        XCTAssertNil(moved.words, "moved without edits")
        XCTAssertTrue(moved.text?.hasPrefix("It is with this in mind") ?? false)
    }

    func testDeletedAndMovedEditedParagraphsAndRenumberedNotes() throws {
        let old = try sampleLetter()
        var new = old
        // Old ¶ 9 ("The undermining of the core tenets…") deleted; old ¶ 1 moved to the end with an edit.
        let first = new.body.removeFirst()
        new.body.remove(at: 7)
        new.body.append(BodyBlock(kind: .paragraph, text: first.text.replacingOccurrences(of: "write this letter", with: "wrote this letter")))
        // A new note 1: every old note moves up by one.
        new.footnotes = [Footnote(label: "1", text: "See the annex for the full list of signatories.")]
            + old.footnotes.map { Footnote(label: String(Int($0.label)! + 1), text: $0.text) }

        let report = LetterDiffer.diff(old: old, new: new)
        let kinds = report.body.entries.filter { $0.kind != .unchanged }
        XCTAssertEqual(kinds.map(\.kind), [.deleted, .moved])
        XCTAssertEqual(kinds[0].oldIndex, 8)
        XCTAssertTrue(kinds[0].text?.hasPrefix("The undermining of the core tenets") ?? false)
        XCTAssertEqual([kinds[1].oldIndex, kinds[1].newIndex], [0, 24])
        XCTAssertEqual(kinds[1].words?.filter { $0.op != .equal }, [WordSegment(op: .delete, text: " write"), WordSegment(op: .insert, text: " wrote")])

        XCTAssertEqual(report.footnotes.added.map { [$0.label, $0.text] }, [["1", "See the annex for the full list of signatories."]])
        XCTAssertEqual(report.footnotes.renumbered.map { "\($0.oldLabel)→\($0.newLabel)" }, ["1→2", "2→3", "3→4", "4→5", "5→6", "6→7", "7→8", "8→9"])
        XCTAssertEqual(report.footnotes.changed, [])
        XCTAssertEqual(report.footnotes.removed, [])
    }

    func testParagraphTurnedIntoHeadingIsReclassified() throws {
        let old = try sampleLetter()
        var new = old
        let i = try XCTUnwrap(BackMatter.alarmedParagraph(in: new))
        new.body[i].kind = .heading
        let report = LetterDiffer.diff(old: old, new: new)
        XCTAssertFalse(report.identical)
        XCTAssertEqual(report.body.unchanged, 25)
        XCTAssertEqual(report.body.entries, [
            BodyChanges.Entry(kind: .unchanged, oldIndex: 0, newIndex: 0, count: i),
            BodyChanges.Entry(kind: .reclassified, oldIndex: i, newIndex: i, text: old.body[i].text,
                              blockKind: BodyChanges.KindChange(old: .paragraph, new: .heading)),
            BodyChanges.Entry(kind: .unchanged, oldIndex: i + 1, newIndex: i + 1, count: 25 - i),
        ])
    }

    func testChangedAndMovedParagraphsCarryTheirKindChange() throws {
        let old = try sampleLetter()
        var new = old
        new.body[2].text = new.body[2].text.replacingOccurrences(of: Revision.oldCall, with: Revision.newCall)
        new.body[2].kind = .listItem
        var moved = new.body.remove(at: 10)
        moved.kind = .quote
        new.body.insert(moved, at: new.body.count - 1)
        let entries = LetterDiffer.diff(old: old, new: new).body.entries.filter { $0.kind != .unchanged }
        XCTAssertEqual(entries.map(\.kind), [.changed, .moved])
        XCTAssertEqual(entries.map(\.blockKind), [.init(old: .paragraph, new: .listItem), .init(old: .paragraph, new: .quote)])
        XCTAssertNil(LetterDiffer.diff(old: old, new: Revision.apply(to: old)).body.entries.first { $0.blockKind != nil })
    }

    func testReorderedAndRetitledSignatoriesAreNoChange() throws {
        let old = try sampleLetter()
        var new = old
        new.signatories.shuffle()
        new.signatories = new.signatories.map { s in
            var s = s
            s.name = s.name.hasPrefix("The ") ? String(s.name.dropFirst(4)).uppercased() : s.name.lowercased()
            return s
        }
        let report = LetterDiffer.diff(old: old, new: new)
        XCTAssertTrue(report.signatories.isEmpty, "\(report.signatories)")
        XCTAssertTrue(report.identical)
    }

    func testDateWrittenDifferentlyIsNoChange() throws {
        let old = try sampleLetter()
        var new = old
        new.date = LetterDate(text: "June 14, 2017", iso: "2017-06-14", precision: .day)
        XCTAssertTrue(LetterDiffer.diff(old: old, new: new).metadata.isEmpty)
        new.place = "Johannesburg"
        new.subject = nil
        XCTAssertEqual(LetterDiffer.diff(old: old, new: new).metadata, [
            FieldChange(field: "place", old: nil, new: "Johannesburg"),
            FieldChange(field: "subject", old: old.subject, new: nil),
        ])
    }
}
