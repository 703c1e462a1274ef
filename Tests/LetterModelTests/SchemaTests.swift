import Foundation
import LetterModel
import XCTest

final class SchemaTests: XCTestCase {
    private func schemaObject() throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: schemaFile)) as? [String: Any])
    }

    /// The binary's embedded copy is the file, byte for byte (regenerate with scripts/embed-schema.sh).
    func testEmbeddedSchemaEqualsFile() throws {
        let file = try String(contentsOf: schemaFile, encoding: .utf8)
        XCTAssertEqual(LetterSchema.json, file, "Sources/LetterModel/SchemaText.swift is stale: run scripts/embed-schema.sh")
    }

    func testSchemaHeader() throws {
        let schema = try schemaObject()
        XCTAssertEqual(schema["$schema"] as? String, "https://json-schema.org/draft/2020-12/schema")
        XCTAssertNotNil(schema["$id"] as? String)
        XCTAssertEqual(schema["title"] as? String, "Letter")
        XCTAssertEqual(schema["version"] as? String, Letter.schemaVersion)
        let properties = try XCTUnwrap(schema["properties"] as? [String: Any])
        let version = try XCTUnwrap(properties["schema_version"] as? [String: Any])
        XCTAssertEqual(version["const"] as? String, Letter.schemaVersion)
    }

    /// Every object in the schema is closed, requires every property it lists (the encoder
    /// always writes every key), and describes each property. One exception: `source.ocr` is
    /// written only when some page was read by OCR, so typed letters' outputs did not change
    /// when OCR came.
    func testEveryPropertyDescribedAndRequired() throws {
        let optional: [String: Set<String>] = ["/$defs/Source": ["ocr"]]
        var objects = 0
        func walk(_ node: Any, path: String) {
            if let dict = node as? [String: Any] {
                if let properties = dict["properties"] as? [String: Any] {
                    objects += 1
                    XCTAssertEqual(dict["additionalProperties"] as? Bool, false, "\(path) is not closed")
                    XCTAssertEqual(Set(dict["required"] as? [String] ?? []), Set(properties.keys).subtracting(optional[path] ?? []),
                                   "\(path): required ≠ properties")
                    for (key, value) in properties {
                        let description = (value as? [String: Any])?["description"] as? String ?? ""
                        XCTAssertFalse(description.isEmpty, "\(path)/\(key) has no description")
                    }
                }
                for (key, value) in dict { walk(value, path: "\(path)/\(key)") }
            } else if let array = node as? [Any] {
                for (i, value) in array.enumerated() { walk(value, path: "\(path)/\(i)") }
            }
        }
        walk(try schemaObject(), path: "")
        // Letter and its sixteen object types: Source, OCRPage, Metadata, Party, LetterDate,
        // BodyBlock, its footnote marks, CallToAction, Footnote, Signatory, Annex, Link, and
        // schema 2's Warning, FieldOrigin, Provenance and the extractor.
        XCTAssertEqual(objects, 17)
    }

    func testEnumsMatchModel() throws {
        let defs = try XCTUnwrap(try schemaObject()["$defs"] as? [String: Any])
        func enumValues(_ def: String, _ property: String) -> [String] {
            (((defs[def] as? [String: Any])?["properties"] as? [String: Any])?[property] as? [String: Any])?["enum"] as? [String] ?? []
        }
        XCTAssertEqual(enumValues("BodyBlock", "kind"), BodyBlock.Kind.allCases.map(\.rawValue))
        XCTAssertEqual(enumValues("Source", "format"), Source.Format.allCases.map(\.rawValue))
        XCTAssertEqual(enumValues("LetterDate", "precision"), [LetterDate.Precision.day, .month, .year].map(\.rawValue))
        XCTAssertEqual(enumValues("Signatory", "kind"), [Signatory.Kind.person, .organization].map(\.rawValue))
        XCTAssertEqual(enumValues("Warning", "code"), LetterWarning.Code.allCases.map(\.rawValue))
    }

    func testFullLetterValidates() throws {
        XCTAssertNil(try SchemaValidator.errors(data: [CanonicalJSON.encode(Samples.full)]))
    }

    func testMinimalLetterValidates() throws {
        XCTAssertNil(try SchemaValidator.errors(data: [CanonicalJSON.encode(Samples.minimal)]))
    }

    /// Whatever `make run` left in output/ (possibly nothing yet).
    func testEveryOutputFileValidates() throws {
        let dir = repoRoot.appendingPathComponent("output")
        let files = ((try? FileManager.default.contentsOfDirectory(at: dir, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "json" }
        try XCTSkipIf(files.isEmpty, "no output/*.json yet")
        XCTAssertNil(try SchemaValidator.errors(files: files))
    }

    /// The validator is real: each of these mutations of a valid letter must be rejected.
    func testInvalidDocumentsAreRejected() throws {
        let valid = try XCTUnwrap(JSONSerialization.jsonObject(with: CanonicalJSON.encode(Samples.full)) as? [String: Any])
        func mutated(_ change: (inout [String: Any]) -> Void) throws -> Data {
            var copy = valid
            change(&copy)
            return try JSONSerialization.data(withJSONObject: copy)
        }
        func block(_ letter: [String: Any], _ change: (inout [String: Any]) -> Void) -> [[String: Any]] {
            var body = letter["body"] as! [[String: Any]]
            change(&body[0])
            return body
        }
        let cases: [(String, Data)] = [
            ("pages is a string", try mutated { var s = $0["source"] as! [String: Any]; s["pages"] = "three"; $0["source"] = s }),
            ("subject is a number", try mutated { $0["subject"] = 42 }),
            ("cc is null", try mutated { $0["cc"] = NSNull() }),
            ("unknown kind", try mutated { $0["body"] = block($0) { $0["kind"] = "poem" } }),
            ("bbox of three numbers", try mutated { $0["body"] = block($0) { $0["bbox"] = [1, 2, 3] } }),
            ("extra key", try mutated { $0["mood"] = "hopeful" }),
            ("missing key", try mutated { $0.removeValue(forKey: "warnings") }),
            ("bad sha256", try mutated { var s = $0["source"] as! [String: Any]; s["sha256"] = "ABC"; $0["source"] = s }),
            ("wrong schema_version", try mutated { $0["schema_version"] = "0.9.0" }),
        ]
        for (name, data) in cases {
            let errors = try SchemaValidator.errors(data: [data])
            XCTAssertNotNil(errors, "accepted: \(name)")
        }
        let typeError = try SchemaValidator.errors(data: [cases[0].1])
        XCTAssertTrue(typeError?.contains("source/pages") == true, typeError ?? "")
    }
}
