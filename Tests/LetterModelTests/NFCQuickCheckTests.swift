import Foundation
@testable import LetterModel
import XCTest

/// The quick check lets already-NFC letters skip normalization; a wrong range would let
/// un-normalized text through, so its claims are checked against Foundation's own tables.
final class NFCQuickCheckTests: XCTestCase {
    /// Every scalar the quick check accepts, in the Basic Multilingual Plane.
    private var accepted: [Unicode.Scalar] {
        (0..<0xD800).compactMap(Unicode.Scalar.init).filter { CanonicalJSON.isNFCByQuickCheck(String($0)) }
    }

    func testAcceptedScalarsAreUnchangedByNFCAndNeverFollowInADecomposition() {
        let accepted = accepted
        XCTAssertGreaterThan(accepted.count, 3000)
        // A scalar that is not first in some scalar's canonical decomposition could compose with
        // what precedes it; none of those may be accepted.
        var following = Set<UInt32>()
        for value in 0..<0x30000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let parts = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            for part in parts.dropFirst() { following.insert(part.value) }
        }
        for scalar in accepted {
            let text = String(scalar)
            XCTAssertEqual(text.precomposedStringWithCanonicalMapping, text, "U+\(String(scalar.value, radix: 16)) changes under NFC")
            XCTAssertFalse(following.contains(scalar.value), "U+\(String(scalar.value, radix: 16)) can compose with what precedes it")
        }
    }

    func testTypicalLetterTextPassesAndMarksDoNot() {
        XCTAssertTrue(CanonicalJSON.isNFCByQuickCheck("“Déjà vu” — 12 € – Ærøskøbing, Łódź, Ελλάδα, Москва…"))
        XCTAssertFalse(CanonicalJSON.isNFCByQuickCheck("Cafe\u{301}"))
        XCTAssertFalse(CanonicalJSON.isNFCByQuickCheck("\u{2126}"))  // OHM SIGN decomposes to Ω
        XCTAssertFalse(CanonicalJSON.isNFCByQuickCheck("\u{1100}\u{1161}"))  // Hangul jamo compose
    }

    /// Text the quick check turns away is still normalized.
    func testTextOutsideTheRangesIsNormalized() throws {
        let data = try CanonicalJSON.encode(["\u{2126} \u{212B} \u{1100}\u{1161}"])
        let text = String(decoding: data, as: UTF8.self)
        XCTAssertTrue(text.contains("\u{3A9} \u{C5} \u{AC00}"), text)
    }
}
