@testable import LetterArchive
import LetterModel
import XCTest

/// The one name key (LetterModel's, used by the archive, diff and the web view; docs/archive.md,
/// **signatories**): the cases its rules are written for.
final class NameKeyTests: XCTestCase {
    func testSpellingsOfOneSignerShareAKey() {
        for name in ["Dr. Jane  Smith", "JANE SMITH,", "Jane Smith, PhD", "Prof. Dr. Jane Smith", "jane-smith"] {
            XCTAssertEqual(NameKey.normalize(name), "jane smith", name)
        }
        XCTAssertEqual(NameKey.normalize("Seán O'Brien"), "sean obrien")
        XCTAssertEqual(NameKey.normalize("Seán O’Brien"), "sean obrien")
        XCTAssertEqual(NameKey.normalize("The Open Knowledge Foundation"), "open knowledge foundation")
        XCTAssertEqual(NameKey.normalize("The The"), "the", "a name of only dropped words keeps its last")
        XCTAssertEqual(NameKey.normalize("Smith Sr"), "smith sr", "only leading honorifics are dropped")
        XCTAssertEqual(NameKey.normalize("Don Smith"), "don smith", "Don is a first name too often to drop")
    }

    func testWholeWordsNotParts() {
        let key = NameKey.padded(NameKey.words("Christian Djeffal"))
        XCTAssertFalse(key.contains(NameKey.padded(NameKey.words("EFF"))))
        XCTAssertTrue(NameKey.padded(NameKey.words("The EFF")).contains(NameKey.padded(NameKey.words("eff"))))
        XCTAssertEqual(NameKey.plainWords("Mr. Ángel Pérez-García"), ["mr", "angel", "perez", "garcia"], "plain words keep honorifics")
    }
}
