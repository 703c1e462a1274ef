import Foundation
import XCTest

/// Validates JSON documents against the letter schema with Python's `jsonschema` (Draft
/// 2020-12), a validator written independently of this package.
public enum SchemaValidator {
    public static let schemaFile = repositoryRoot.appendingPathComponent("schema/letter.schema.json")

    static let script = #"""
import json, sys
try:
    import jsonschema
except ImportError:
    print("python3 has no jsonschema module: run `make deps` or `python3 -m pip install jsonschema`")
    sys.exit(3)
with open(sys.argv[1], encoding="utf-8") as f:
    schema = json.load(f)
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
bad = 0
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    for e in sorted(validator.iter_errors(doc), key=lambda e: list(map(str, e.absolute_path))):
        bad += 1
        print("%s: /%s: %s" % (path, "/".join(map(str, e.absolute_path)), e.message))
sys.exit(1 if bad else 0)
"""#

    /// `nil` when every file is valid, else the validator's messages. Fails the test (rather
    /// than passing silently) when python3 or jsonschema is missing.
    public static func errors(files: [URL], schema: URL = schemaFile, file: StaticString = #filePath, line: UInt = #line) throws -> String? {
        let run = try runProgram(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, schema.path] + files.map(\.path))
        switch run.status {
        case 0: return nil
        case 1: return run.out
        case 3: XCTFail("schema validation needs jsonschema: \(run.out)", file: file, line: line)
        case 127: XCTFail("schema validation needs python3 in PATH with jsonschema (`make deps` installs it)", file: file, line: line)
        default: XCTFail("validator failed (status \(run.status)): \(run.out)\(run.err)", file: file, line: line)
        }
        throw CocoaError(.featureUnsupported)
    }

    /// Same for JSON held in memory.
    public static func errors(data: [Data], file: StaticString = #filePath, line: UInt = #line) throws -> String? {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("letters-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var urls: [URL] = []
        for (i, d) in data.enumerated() {
            let url = dir.appendingPathComponent("doc\(i).json")
            try d.write(to: url)
            urls.append(url)
        }
        return try errors(files: urls, file: file, line: line)
    }
}
