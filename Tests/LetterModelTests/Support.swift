import Foundation
import XCTest

/// The repository root: three levels up from this file (Tests/LetterModelTests/Support.swift).
let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let schemaFile = repoRoot.appendingPathComponent("schema/letter.schema.json")

/// The result of running a program to the end.
struct Run {
    var status: Int32
    var stdout: Data
    var stderr: Data
    var out: String { String(decoding: stdout, as: UTF8.self) }
    var err: String { String(decoding: stderr, as: UTF8.self) }
}

/// Runs `arguments` through `/usr/bin/env` (so `python3` is looked up in PATH), output to files
/// so that large outputs cannot fill a pipe and block the child.
func runProgram(_ arguments: [String]) throws -> Run {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("letters-model-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let outURL = dir.appendingPathComponent("out"), errURL = dir.appendingPathComponent("err")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    let outHandle = try FileHandle(forWritingTo: outURL), errHandle = try FileHandle(forWritingTo: errURL)
    process.standardOutput = outHandle
    process.standardError = errHandle
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try outHandle.close(); try errHandle.close()
    return Run(status: process.terminationStatus, stdout: try Data(contentsOf: outURL), stderr: try Data(contentsOf: errURL))
}

/// Validates JSON documents against the schema with Python's `jsonschema` (Draft 2020-12),
/// a validator written independently of this package.
enum SchemaValidator {
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

    /// Outcome for a set of files: `nil` when all are valid, else the validator's messages.
    /// Fails the test (rather than passing silently) when python3 or jsonschema is missing.
    static func errors(files: [URL], schema: URL = schemaFile, file: StaticString = #filePath, line: UInt = #line) throws -> String? {
        let run = try runProgram(["python3", "-c", script, schema.path] + files.map(\.path))
        switch run.status {
        case 0: return nil
        case 1: return run.out
        case 3:
            XCTFail("schema validation needs jsonschema: \(run.out)", file: file, line: line)
            throw CocoaError(.featureUnsupported)
        case 127:
            XCTFail("schema validation needs python3 in PATH (with the jsonschema package; `make deps` installs it)", file: file, line: line)
            throw CocoaError(.featureUnsupported)
        default:
            XCTFail("validator crashed (status \(run.status)): \(run.out)\(run.err)", file: file, line: line)
            throw CocoaError(.featureUnsupported)
        }
    }

    /// Same for JSON held in memory.
    static func errors(data: [Data], file: StaticString = #filePath, line: UInt = #line) throws -> String? {
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
