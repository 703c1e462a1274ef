@testable import LetterDiff
import LetterModel
import XCTest

/// Letters far longer than any real one: the body alignment must stay right when it leaves the
/// full old × new table for anchors and linear space (figures in docs/diff.md, not asserted).
final class LargeLetterDiffTests: XCTestCase {
    /// A deterministic paragraph: eight words drawn from a small vocabulary by a linear
    /// congruential generator, plus its number, so every paragraph is distinct but they share words.
    static func paragraph(_ n: Int) -> String {
        let words = ["freedom", "press", "civil", "society", "surveillance", "government", "partnership", "trust",
                     "openness", "declaration", "members", "urge", "respect", "principles", "state", "powers"]
        var seed = UInt64(n) &* 6364136223846793005 &+ 1442695040888963407
        var out: [String] = []
        for _ in 0..<8 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            out.append(words[Int((seed >> 33) % UInt64(words.count))])
        }
        return "Paragraph \(n): " + out.joined(separator: " ") + "."
    }

    static func letter(_ texts: [String], sha: String) -> Letter {
        Letter(source: Source(file: "large.json", sha256: sha, format: .text),
               body: texts.map { BodyBlock(kind: .paragraph, text: $0) })
    }

    /// Old: `count` paragraphs. New: every 50th deleted, a new one inserted after every 40th,
    /// every 30th reworded (one word added; not when deleted), and one paragraph moved from
    /// near the start to near the end.
    static func pair(_ count: Int) -> (old: [String], new: [String], deleted: Set<Int>, inserted: Int, changed: Set<Int>, moved: Int) {
        let old = (0..<count).map(paragraph)
        var new: [String] = []
        var deleted: Set<Int> = [], changed: Set<Int> = []
        var inserted = 0
        let moved = 7
        for i in 0..<count where i != moved {
            if i % 50 == 49 { deleted.insert(i); continue }
            if i % 30 == 29 { new.append(old[i].replacingOccurrences(of: ":", with: ": indeed")); changed.insert(i) } else { new.append(old[i]) }
            if i % 40 == 39 { new.append("Inserted paragraph after \(i) about quokka habitats."); inserted += 1 }
            if i == count - 3 { new.append(old[moved]) }
        }
        return (old, new, deleted, inserted, changed, moved)
    }

    func check(_ report: LetterDiffReport, _ p: (old: [String], new: [String], deleted: Set<Int>, inserted: Int, changed: Set<Int>, moved: Int),
               file: StaticString = #filePath, line: UInt = #line) {
        let entries = report.body.entries
        XCTAssertEqual(Set(entries.filter { $0.kind == .deleted }.compactMap(\.oldIndex)), p.deleted, file: file, line: line)
        XCTAssertEqual(entries.filter { $0.kind == .inserted }.count, p.inserted, file: file, line: line)
        XCTAssertEqual(Set(entries.filter { $0.kind == .changed }.compactMap(\.oldIndex)), p.changed, file: file, line: line)
        XCTAssertEqual(entries.filter { $0.kind == .moved }.map(\.oldIndex), [p.moved], file: file, line: line)
        let expectedUnchanged = p.old.count - p.deleted.count - p.changed.count - 1
        XCTAssertEqual(report.body.unchanged, expectedUnchanged, file: file, line: line)
        XCTAssertEqual(report.body.countOld, p.old.count, file: file, line: line)
        XCTAssertEqual(report.body.countNew, p.new.count, file: file, line: line)
    }

    /// 5,000 paragraphs a side: 25 M cells, past the full table's budget, so anchors and
    /// Hirschberg align it (the full table would hold 400 MB of doubles).
    func testFiveThousandParagraphsAlignThroughAnchors() {
        let p = Self.pair(5_000)
        XCTAssertGreaterThan(p.old.count * p.new.count, ParagraphAlignment.exactCellBudget)
        let report = LetterDiffer.diff(old: Self.letter(p.old, sha: "a"), new: Self.letter(p.new, sha: "b"))
        check(report, p)
    }

    /// With a tiny budget the linear-space path (anchors, then Hirschberg inside gaps without
    /// anchors) gives the same links as the full table on a letter where both can run.
    func testLinearSpaceMatchesFullTable() {
        let p = Self.pair(400)
        let interner = Interner()
        let a = p.old.map { PreparedText($0, interner: interner) }, b = p.new.map { PreparedText($0, interner: interner) }
        let full = ParagraphAlignment.align(old: a, new: b, cellBudget: .max)
        for budget in [1, 16, 500] {
            XCTAssertEqual(ParagraphAlignment.align(old: a, new: b, cellBudget: budget), full, "budget \(budget)")
        }
        // Gaps with no anchor at all (every paragraph edited) go through Hirschberg alone.
        let edited = p.old.map { $0 + " Edited." }
        let c = edited.map { PreparedText($0, interner: interner) }
        XCTAssertEqual(ParagraphAlignment.align(old: a, new: c, cellBudget: 7), ParagraphAlignment.align(old: a, new: c, cellBudget: .max))
    }
}
