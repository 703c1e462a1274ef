import Foundation
import LetterModel
import XCTest

/// Schema 2: coded warnings, provenance and the extractor, and schema-1 letters still read.
final class SchemaTwoTests: XCTestCase {
    private let schemaOne = #"""
    {"schema_version": "1.0.0", "source": {"file": "a.txt", "sha256": "\#(String(repeating: "0", count: 64))", "format": "text",
     "pages": null, "metadata": {"title": null, "author": null, "producer": null, "created": null}},
     "language": "en", "sender": null, "date": null, "place": null, "addressee": null, "cc": [], "subject": null,
     "salutation": "Dear all,", "body": [{"kind": "paragraph", "text": "Hello.", "footnote_refs": [], "page": null, "bbox": null}],
     "calls_to_action": [], "footnotes": [], "closing": null, "signatories": [], "annexes": [], "links": [],
     "warnings": ["no salutation or closing found; body boundaries are estimated"]}
    """#

    func testSchemaOneLetterIsReadAndUpgraded() throws {
        let letter = try CanonicalJSON.decodeLetterChecked(Data(schemaOne.utf8))
        XCTAssertEqual(letter.schemaVersion, Letter.schemaVersion)
        XCTAssertEqual(letter.warnings, [LetterWarning(.note, "no salutation or closing found; body boundaries are estimated")])
        XCTAssertEqual(letter.provenance, Provenance())
        XCTAssertEqual(letter.extractor, ExtractorInfo(name: "letters", version: "unknown"))
        XCTAssertEqual(letter.body.first?.footnoteMarks, [])
        // Written again, it is a valid schema-2 letter that reads back the same.
        let again = try CanonicalJSON.decodeLetterChecked(try CanonicalJSON.encode(letter))
        XCTAssertEqual(again, letter)
    }

    func testUnknownMajorVersionIsRefused() {
        let three = schemaOne.replacingOccurrences(of: "\"1.0.0\"", with: "\"3.0.0\"")
        XCTAssertThrowsError(try CanonicalJSON.decodeLetterChecked(Data(three.utf8))) { error in
            XCTAssertEqual("\(error)", "letter schema version 3.0.0 is not supported (this version of letters reads 1.x and 2.x)")
        }
    }

    func testWarningsAndProvenanceRoundTrip() throws {
        var letter = Samples.full
        letter.warnings = [LetterWarning(.closingByPosition, field: "closing", "placed by position")]
        letter.provenance = Provenance(date: FieldOrigin(page: 1, bbox: BoundingBox(x0: 1, y0: 2, x1: 3, y1: 4), confidence: 0.956),
                                       signatories: [FieldOrigin(confidence: 0.5)])
        let data = try CanonicalJSON.encode(letter)
        let text = String(decoding: data, as: UTF8.self)
        XCTAssertTrue(text.contains(#""code": "closing_by_position""#), text)
        XCTAssertTrue(text.contains(#""confidence": 0.96"#), "two decimals: \(text)")
        XCTAssertEqual(try CanonicalJSON.decodeLetter(data), letter)
    }

    func testConfidenceIsClampedToTheUnitInterval() {
        XCTAssertEqual(FieldOrigin(confidence: 1.7).confidence, 1)
        XCTAssertEqual(FieldOrigin(confidence: -0.2).confidence, 0)
    }
}
