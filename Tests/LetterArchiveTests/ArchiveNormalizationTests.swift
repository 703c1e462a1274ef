@testable import LetterArchive
import LetterModel
import XCTest

/// Name keys and date bounds: the values both stores match on, computed once in Swift.
final class ArchiveNormalizationTests: XCTestCase {
    func testNameKeysFoldCaseSpacingPunctuationHonorificsAndThe() {
        XCTAssertEqual(NameKey.normalize("Dr. Jane  Smith"), "jane smith")
        XCTAssertEqual(NameKey.normalize("JANE SMITH,"), "jane smith")
        XCTAssertEqual(NameKey.normalize("Prof. Dr. José Núñez"), "jose nunez")
        XCTAssertEqual(NameKey.normalize("The Open Knowledge Foundation"), "open knowledge foundation")
        XCTAssertEqual(NameKey.normalize("Freedom of Expression Institute (FXI)"), "freedom of expression institute fxi")
        XCTAssertEqual(NameKey.normalize("Mme Claire Dupont"), "claire dupont")
        XCTAssertEqual(NameKey.normalize("Dr."), "dr", "a name made only of an honorific keeps it")
        XCTAssertEqual(NameKey.normalize("The Theatre Company"), "theatre company")
    }

    func testDateBoundsAtEachPrecision() {
        XCTAssertEqual(DateBounds.of(iso: "2017-06-14").0, "2017-06-14")
        XCTAssertEqual(DateBounds.of(iso: "2016-02").1, "2016-02-29")
        XCTAssertEqual(DateBounds.of(iso: "2017").0, "2017-01-01")
        XCTAssertEqual(DateBounds.of(iso: "2017").1, "2017-12-31")
        XCTAssertNil(DateBounds.of(iso: "June 2017").0)
        XCTAssertNil(DateBounds.of(iso: "2017-13").0)
    }

    func testVersionMeasureIgnoresAdditions() {
        let base = "We the undersigned organisations call on the government to release the detained journalists now."
        let longer = base + " We also ask the parliament to repeal the law on foreign agents adopted last year."
        let a = VersionMatcher.shingles(base), b = VersionMatcher.shingles(longer)
        XCTAssertEqual(VersionMatcher.containment(a, b), 1)
        let other = VersionMatcher.shingles("The government must release data on air quality in every city by the end of the year.")
        XCTAssertLessThan(VersionMatcher.containment(a, other), VersionMatcher.sharedTextWithSubject)
    }

    func testQueryWordsAreTextNotSyntax() {
        XCTAssertEqual(ArchiveQuery(text: "\"OGP\" -- (members): NEAR*").words, ["ogp", "members", "near"])
        XCTAssertEqual(ArchiveQuery.folded("Núcleo"), "nucleo")
    }
}
