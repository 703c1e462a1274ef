@testable import LetterDiff
import LetterModel
import XCTest

/// Typesetting is not a change; wording, punctuation and case are.
final class NormalizationTests: XCTestCase {
    private func same(_ a: String, _ b: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(TextNormalizer.normalized(a), TextNormalizer.normalized(b), file: file, line: line)
    }

    private func different(_ a: String, _ b: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertNotEqual(TextNormalizer.normalized(a), TextNormalizer.normalized(b), file: file, line: line)
    }

    func testQuoteDashAndSpacingStylesCompareEqual() {
        same("the \u{201C}government-led\u{201D} purchases", "the \"government-led\" purchases")
        same("the country\u{2019}s surveillance", "the country's surveillance")
        same("To this end \u{2013} we call", "To this end -- we call")
        same("To this end \u{2014} we call", "To this end-we call")
        same("words   spread\n over\tlines", "words spread over lines")
        same("wait\u{2026}", "wait...")
        same("non\u{00A0}breaking", "non breaking")
    }

    func testSoftAndLineBreakHyphensCompareEqual() {
        same("co\u{00AD}creation process", "cocreation process")
        same("the recog-\nnised principles", "the recognised principles")
        // A hyphen before a capital at a line end is a real hyphen, kept as a token.
        different("South-\nAfrica", "SouthAfrica")
    }

    func testWordingPunctuationAndCaseAreChanges() {
        different("We call on all members", "We urge all members")
        different("mutual trust.", "mutual trust,")
        different("Mexican government", "Mexican Government")
    }

    func testTokensKeepPrintedTextAndSpacing() {
        let tokens = TextNormalizer.tokens("Mexico \u{2013} like \u{201C}South Africa\u{201D}.")
        XCTAssertEqual(tokens.map(\.text), ["Mexico", "\u{2013}", "like", "\u{201C}", "South", "Africa", "\u{201D}", "."])
        XCTAssertEqual(tokens.map(\.key), ["Mexico", "-", "like", "\"", "South", "Africa", "\"", "."])
        XCTAssertEqual(tokens.map(\.spaceBefore), [false, true, true, true, false, true, false, false])
        XCTAssertEqual(TextNormalizer.join(tokens[...], leadingSpace: false), "Mexico \u{2013} like \u{201C}South Africa\u{201D}.")
    }

    func testNameKeyIgnoresHonorificsCasePunctuationAndLeadingThe() {
        XCTAssertEqual(NameKey.normalize("Dr. Jane  Doe"), NameKey.normalize("jane doe"))
        XCTAssertEqual(NameKey.normalize("Prof. Dr. José Álvarez, PhD"), NameKey.normalize("Jose Alvarez"))
        XCTAssertEqual(NameKey.normalize("The Public Service Accountability Monitor (PSAM)"), NameKey.normalize("Public Service Accountability Monitor PSAM"))
        XCTAssertEqual(NameKey.normalize("Afesis-corplan"), NameKey.normalize("AFESIS CORPLAN"))
        XCTAssertNotEqual(NameKey.normalize("John Smith Sr."), NameKey.normalize("John Smith"))
        XCTAssertNotEqual(NameKey.normalize("Black Sash"), NameKey.normalize("Black Sash Trust"))
        // "The" alone is a name, not a prefix to drop.
        XCTAssertEqual(NameKey.normalize("The"), "the")
    }
}

/// The word-level edit script: minimal, and it must rebuild both texts.
final class SequenceDiffTests: XCTestCase {
    private func apply(_ edits: [Edit], _ a: [Int], _ b: [Int]) -> (old: [Int], new: [Int]) {
        var old: [Int] = [], new: [Int] = []
        for e in edits {
            switch e.op {
            case .equal: old += a[e.old]; new += b[e.new]; XCTAssertEqual(Array(a[e.old]), Array(b[e.new]))
            case .delete: old += a[e.old]
            case .insert: new += b[e.new]
            }
        }
        return (old, new)
    }

    func testClassicExampleIsMinimal() {
        // Myers' paper: ABCABBA → CBABAC takes 5 edits (LCS of 4).
        let a = Array("ABCABBA".unicodeScalars.map { Int($0.value) }), b = Array("CBABAC".unicodeScalars.map { Int($0.value) })
        let edits = SequenceDiff.diff(a, b)
        let rebuilt = apply(edits, a, b)
        XCTAssertEqual(rebuilt.old, a)
        XCTAssertEqual(rebuilt.new, b)
        XCTAssertEqual(edits.filter { $0.op == .equal }.map(\.old.count).reduce(0, +), 4)
    }

    func testEdgeCases() {
        XCTAssertEqual(SequenceDiff.diff([], []), [])
        XCTAssertEqual(SequenceDiff.diff([1, 2], []), [Edit(op: .delete, old: 0..<2, new: 0..<0)])
        XCTAssertEqual(SequenceDiff.diff([], [3]), [Edit(op: .insert, old: 0..<0, new: 0..<1)])
        XCTAssertEqual(SequenceDiff.diff([1, 2, 3], [1, 9, 3]), [
            Edit(op: .equal, old: 0..<1, new: 0..<1), Edit(op: .delete, old: 1..<2, new: 1..<1),
            Edit(op: .insert, old: 2..<2, new: 1..<2), Edit(op: .equal, old: 2..<3, new: 2..<3),
        ])
    }

    func testRandomSequencesRebuild() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let a = (0..<Int.random(in: 0...30, using: &rng)).map { _ in Int.random(in: 0...5, using: &rng) }
            let b = (0..<Int.random(in: 0...30, using: &rng)).map { _ in Int.random(in: 0...5, using: &rng) }
            let rebuilt = apply(SequenceDiff.diff(a, b), a, b)
            XCTAssertEqual(rebuilt.old, a)
            XCTAssertEqual(rebuilt.new, b)
        }
    }

    func testWordDiffShowsNewTextAndOldWords() {
        let interner = Interner()
        let old = PreparedText("We call on all \u{201C}OGP\u{201D} members to recall", interner: interner)
        let new = PreparedText("We urge all \"OGP\" members to recall and respect", interner: interner)
        XCTAssertEqual(old.wordDiff(to: new), [
            WordSegment(op: .equal, text: "We"), WordSegment(op: .delete, text: " call on"), WordSegment(op: .insert, text: " urge"),
            WordSegment(op: .equal, text: " all \"OGP\" members to recall"), WordSegment(op: .insert, text: " and respect"),
        ])
    }
}
