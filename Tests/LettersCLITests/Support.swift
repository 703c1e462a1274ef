import Foundation
import XCTest

/// The repository root: three levels up from this file (Tests/LettersCLITests/Support.swift).
let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let schemaFile = repoRoot.appendingPathComponent("schema/letter.schema.json")
func fixture(_ name: String) -> String { repoRoot.appendingPathComponent("Tests/Fixtures/\(name)").path }
func sample(_ name: String) -> String { repoRoot.appendingPathComponent("samples/\(name)").path }

/// The result of running a program to the end.
struct Run {
    var status: Int32
    var reason: Process.TerminationReason
    var stdout: Data
    var stderr: Data
    var out: String { String(decoding: stdout, as: UTF8.self) }
    var err: String { String(decoding: stderr, as: UTF8.self) }
    /// Standard error split into lines (without the final empty one).
    var errLines: [String] { err.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
}

/// Runs a program with output to files (so large outputs cannot fill a pipe and block it).
func runProgram(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil, in directory: URL? = nil) throws -> Run {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("letters-cli-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let outURL = dir.appendingPathComponent("out"), errURL = dir.appendingPathComponent("err")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let environment { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
    if let directory { process.currentDirectoryURL = directory }
    let outHandle = try FileHandle(forWritingTo: outURL), errHandle = try FileHandle(forWritingTo: errURL)
    process.standardOutput = outHandle
    process.standardError = errHandle
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try outHandle.close(); try errHandle.close()
    return Run(status: process.terminationStatus, reason: process.terminationReason,
               stdout: try Data(contentsOf: outURL), stderr: try Data(contentsOf: errURL))
}

/// The `letters` binary built beside this test bundle (any scratch path, debug or release).
func lettersBinary(file: StaticString = #filePath, line: UInt = #line) throws -> URL {
    var candidates: [URL] = []
    for base in [Bundle(for: CLITestCase.self).bundleURL, Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()] {
        candidates.append(base.appendingPathComponent("letters"))
        candidates.append(base.deletingLastPathComponent().appendingPathComponent("letters"))
        // macOS: debug/LettersPackageTests.xctest/Contents/MacOS/LettersPackageTests
        candidates.append(base.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("letters"))
    }
    var isDirectory: ObjCBool = false
    if let found = candidates.first(where: {
        FileManager.default.fileExists(atPath: $0.path, isDirectory: &isDirectory) && !isDirectory.boolValue
            && FileManager.default.isExecutableFile(atPath: $0.path)
    }) {
        return found
    }
    XCTFail("no `letters` binary beside the test bundle (looked at \(candidates.map(\.path))); build with `swift build --build-tests`",
            file: file, line: line)
    throw CocoaError(.fileNoSuchFile)
}

/// Base class: a fresh temporary folder per test, removed afterwards.
class CLITestCase: XCTestCase {
    var temp: URL!

    override func setUpWithError() throws {
        temp = FileManager.default.temporaryDirectory.appendingPathComponent("letters-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let temp { try? FileManager.default.removeItem(at: temp) }
    }

    func letters(_ arguments: String..., environment: [String: String]? = nil) throws -> Run {
        try runProgram(try lettersBinary(), arguments, environment: environment, in: temp)
    }

    func letters(arguments: [String], environment: [String: String]? = nil) throws -> Run {
        try runProgram(try lettersBinary(), arguments, environment: environment, in: temp)
    }

    /// Asserts a normal exit (not a signal: no crash) with `status`.
    func assertExit(_ run: Run, _ status: Int32, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(run.reason, .exit, "terminated by signal \(run.status); stderr: \(run.err)", file: file, line: line)
        XCTAssertEqual(run.status, status, "stderr: \(run.err)", file: file, line: line)
    }
}

/// Validates JSON files against the schema with Python's `jsonschema` (Draft 2020-12).
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

    /// `nil` when every file is valid, else the validator's messages. Fails the test when
    /// python3 or jsonschema is missing, rather than passing silently.
    static func errors(files: [URL], file: StaticString = #filePath, line: UInt = #line) throws -> String? {
        let run = try runProgram(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, schemaFile.path] + files.map(\.path))
        switch run.status {
        case 0: return nil
        case 1: return run.out
        case 3: XCTFail("schema validation needs jsonschema: \(run.out)", file: file, line: line)
        case 127: XCTFail("schema validation needs python3 in PATH with jsonschema (`make deps` installs it)", file: file, line: line)
        default: XCTFail("validator failed (status \(run.status)): \(run.out)\(run.err)", file: file, line: line)
        }
        throw CocoaError(.featureUnsupported)
    }
}
