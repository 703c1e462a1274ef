import Foundation
@_exported import TestSupport
import XCTest

let repoRoot = repositoryRoot
let schemaFile = SchemaValidator.schemaFile

typealias Run = ProgramResult

/// Runs `arguments` through `/usr/bin/env` (so `python3` is looked up in PATH).
func runProgram(_ arguments: [String]) throws -> Run {
    try runProgram(URL(fileURLWithPath: "/usr/bin/env"), arguments)
}
