import Foundation
@_exported import TestSupport
import XCTest

let repoRoot = repositoryRoot
let schemaFile = SchemaValidator.schemaFile
func fixture(_ name: String) -> String { repoRoot.appendingPathComponent("Tests/Fixtures/\(name)").path }
func sample(_ name: String) -> String { repoRoot.appendingPathComponent("samples/\(name)").path }

typealias Run = ProgramResult

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
