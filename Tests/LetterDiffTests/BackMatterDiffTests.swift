import LetterDiff
import LetterModel
import XCTest

/// Annexes and links, on the sample letter given back matter (see ``BackMatter``).
final class BackMatterDiffTests: XCTestCase {
    private func letter() throws -> Letter { BackMatter.apply(to: try sampleLetter()) }

    func testLetterWithBackMatterAgainstItselfHasNoChange() throws {
        let letter = try letter()
        let report = LetterDiffer.diff(old: letter, new: letter)
        XCTAssertTrue(report.identical, TextRenderer(color: false).render(report))
        XCTAssertEqual([report.annexes.countOld, report.annexes.countNew, report.links.countOld, report.links.countNew], [2, 2, 3, 3])
    }

    func testReorderedAndRetypesetBackMatterIsNoChange() throws {
        let old = try letter()
        var new = old
        new.annexes.reverse()
        new.annexes[1].title = "Annex 1:  list of\u{00A0}signatories"
        new.annexes[1].body[2].text = "Cor\u{00AD}ruption Watch"
        new.links.reverse()
        new.links[0].page = nil
        new.links[1].text = "Open Government\nDeclaration"
        let report = LetterDiffer.diff(old: old, new: new)
        XCTAssertTrue(report.identical, TextRenderer(color: false).render(report))
    }

    func testAnnexAddedRemovedAndReworded() throws {
        let old = try letter()
        let report = LetterDiffer.diff(old: old, new: BackMatter.editAnnexes(old))
        XCTAssertFalse(report.identical)
        let a = report.annexes
        XCTAssertEqual([a.countOld, a.countNew], [2, 2])
        XCTAssertEqual(a.added, [AnnexItem(title: "Annex 3: endorsements", text: "Endorsed by the Africa Freedom of Information Centre.")])
        XCTAssertEqual(a.removed, [AnnexItem(title: "Annex 2: earlier statements", text: BackMatter.statementsAnnex.body[0].text)])
        XCTAssertEqual(a.changed.count, 1)
        XCTAssertEqual(a.changed.first?.oldTitle, "Annex 1: list of signatories")
        XCTAssertEqual(a.changed.first?.newTitle, "Annex 1: list of signatories")
        XCTAssertEqual(a.changed.first?.words, [
            WordSegment(op: .equal, text: "Afesis-corplan"), WordSegment(op: .delete, text: " Black Sash"),
            WordSegment(op: .insert, text: " Right2Know Campaign"), WordSegment(op: .equal, text: " Corruption Watch"),
        ])
        XCTAssertTrue(report.links.isEmpty)
        XCTAssertTrue(report.body.isEmpty)
    }

    func testRetitledAnnexIsChangedWithoutWords() throws {
        let old = try letter()
        var new = old
        new.annexes[0].title = "Annex A: signatories"
        let a = LetterDiffer.diff(old: old, new: new).annexes
        XCTAssertEqual(a.added, [])
        XCTAssertEqual(a.removed, [])
        XCTAssertEqual(a.changed, [AnnexChange(oldTitle: "Annex 1: list of signatories", newTitle: "Annex A: signatories", words: nil)])
    }

    func testLinkAddedRemovedAndRetargeted() throws {
        let old = try letter()
        let report = LetterDiffer.diff(old: old, new: BackMatter.editLinks(old))
        XCTAssertFalse(report.identical)
        let l = report.links
        XCTAssertEqual([l.countOld, l.countNew], [3, 3])
        XCTAssertEqual(l.added, [LinkItem(text: "Right2Know Campaign", uri: BackMatter.addedLink.uri)])
        XCTAssertEqual(l.removed, [LinkItem(text: "letter", uri: BackMatter.mexicanLetter.uri)])
        XCTAssertEqual(l.changed, [LinkChange(text: "Open\u{00A0}Government  Declaration",
                                                       oldURI: BackMatter.declaration.uri, newURI: BackMatter.newDeclarationURI)])
        XCTAssertTrue(report.annexes.isEmpty)
    }

    /// URIs compare exactly; a link with new text is another link; duplicates pair one to one.
    func testLinkMatchingRules() throws {
        let old = try letter()
        var new = old
        new.links[2].uri += "/"
        new.links[1].text = "Open Government declaration"
        new.links.append(BackMatter.mexicanLetter)
        let l = LetterDiffer.diff(old: old, new: new).links
        XCTAssertEqual(l.changed.map(\.newURI), [BackMatter.tshwane.uri + "/"])
        XCTAssertEqual(l.removed.map(\.text), ["Open Government Declaration"])
        XCTAssertEqual(l.added, [LinkItem(text: "Open Government declaration", uri: BackMatter.declaration.uri),
                                 LinkItem(text: "letter", uri: BackMatter.mexicanLetter.uri)])
    }

    /// A text letter records no links: against the PDF or page it became, the missing links
    /// are no change. Between two formats that record links, they are.
    func testLinksAreComparedOnlyWhenBothFormatsRecordThem() throws {
        let page = try letter()
        var text = page
        text.source.format = .text
        text.links = []
        XCTAssertTrue(LetterDiffer.diff(old: page, new: text).identical)
        XCTAssertTrue(LetterDiffer.diff(old: text, new: page).identical)
        var pdf = text
        pdf.source.format = .pdf
        XCTAssertEqual(LetterDiffer.diff(old: page, new: pdf).links.removed.count, 3)
    }
}
