import Foundation
import XCTest

/// Provenance on real PDFs, checked against Poppler's own command-line reader: the text that
/// `pdftotext` finds inside a field's box (cropped with `-x -y -W -H`, in points at 72 dpi)
/// holds the field's text. An independent reading of the same page, not our geometry again.
final class ProvenanceCLITests: CLITestCase {
    private func cropped(_ pdf: String, page: Int, box: [Double]) throws -> String {
        let pdftotext = URL(fileURLWithPath: "/usr/bin/pdftotext")
        guard FileManager.default.isExecutableFile(atPath: pdftotext.path) else { throw XCTSkip("pdftotext (poppler-utils) is not installed") }
        // One point of margin: boxes are rounded to a tenth of a point.
        let x = Int((box[0] - 1).rounded(.down)), y = Int((box[1] - 1).rounded(.down))
        let w = Int((box[2] + 1).rounded(.up)) - x, h = Int((box[3] + 1).rounded(.up)) - y
        let run = try runProgram(pdftotext, ["-f", "\(page)", "-l", "\(page)", "-x", "\(x)", "-y", "\(y)", "-W", "\(w)", "-H", "\(h)", pdf, "-"])
        return run.out
    }

    /// Letters and digits only, lower-cased: line breaks and hyphenation aside.
    private func key(_ text: String) -> String { String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init)) }

    func testFieldBoxesHoldTheFieldsText() throws {
        for name in ["seed-word.pdf", "seed-letterhead.pdf", "seed-memo.pdf"] {
            let pdf = sample(name)
            let run = try letters("extract", pdf, "-o", temp.path)
            assertExit(run, 0)
            let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: temp.appendingPathComponent(name.replacingOccurrences(of: ".pdf", with: ".json")))) as? [String: Any])
            let provenance = try XCTUnwrap(json["provenance"] as? [String: Any])
            var checked = 0
            func check(_ text: String?, _ origin: Any?, _ what: String) throws {
                guard let text, let origin = origin as? [String: Any] else { return }
                let page = try XCTUnwrap(origin["page"] as? Int, "\(name) \(what): page")
                let box = try XCTUnwrap(origin["bbox"] as? [Double], "\(name) \(what): bbox")
                let inside = try cropped(pdf, page: page, box: box)
                XCTAssertTrue(key(inside).contains(key(text)), "\(name) \(what): \(text) not in \(inside)")
                checked += 1
            }
            try check((json["date"] as? [String: Any])?["text"] as? String, provenance["date"], "date")
            try check(json["salutation"] as? String, provenance["salutation"], "salutation")
            try check(json["closing"] as? String, provenance["closing"], "closing")
            try check(json["subject"] as? String, provenance["subject"], "subject")
            try check(((json["addressee"] as? [String: Any])?["lines"] as? [String])?.joined(separator: " "), provenance["addressee"], "addressee")
            let signatories = (json["signatories"] as? [[String: Any]]) ?? []
            let origins = (provenance["signatories"] as? [Any]) ?? []
            XCTAssertEqual(signatories.count, origins.count, name)
            for (signatory, origin) in zip(signatories, origins) { try check(signatory["name"] as? String, origin, "signatory") }
            XCTAssertGreaterThanOrEqual(checked, 4, "\(name): fields checked")
            XCTAssertEqual((json["extractor"] as? [String: Any])?["name"] as? String, "letters")
        }
    }
}
