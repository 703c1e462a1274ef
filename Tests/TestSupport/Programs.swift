import Foundation
import XCTest

/// Helpers shared by the test targets that run programs: the built `letters` binary, python3's
/// jsonschema, the scoring script. One copy, so a fix to how a child process is run (or how the
/// binary is found on another platform) reaches every suite.

/// The repository root: three levels up from this file (Tests/TestSupport/Programs.swift).
public let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The result of running a program to the end.
public struct ProgramResult: Sendable {
    public var status: Int32
    public var reason: Process.TerminationReason
    public var stdout: Data
    public var stderr: Data
    public var out: String { String(decoding: stdout, as: UTF8.self) }
    public var err: String { String(decoding: stderr, as: UTF8.self) }
    /// Standard error split into lines (without the final empty one).
    public var errLines: [String] { err.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) }
}

/// A program started with its output going to files, for tests that run several at once or
/// kill one mid-way; ``finish()`` waits and reads the output.
public struct StartedProgram {
    public let process: Process
    let logs: URL

    /// Starts `executable`. `environment` overrides the inherited variables; a `nil` value
    /// removes one.
    public init(_ executable: URL, _ arguments: [String], environment: [String: String?] = [:], in directory: URL? = nil) throws {
        logs = FileManager.default.temporaryDirectory.appendingPathComponent("letters-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        for name in ["out", "err"] { _ = FileManager.default.createFile(atPath: logs.appendingPathComponent(name).path, contents: nil) }
        process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var variables = ProcessInfo.processInfo.environment
        for (key, value) in environment { variables[key] = value }
        process.environment = variables
        if let directory { process.currentDirectoryURL = directory }
        process.standardOutput = try FileHandle(forWritingTo: logs.appendingPathComponent("out"))
        process.standardError = try FileHandle(forWritingTo: logs.appendingPathComponent("err"))
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// Waits for the program to end and returns its status and output.
    public func finish() throws -> ProgramResult {
        process.waitUntilExit()
        defer { try? FileManager.default.removeItem(at: logs) }
        return ProgramResult(status: process.terminationStatus, reason: process.terminationReason,
                             stdout: try Data(contentsOf: logs.appendingPathComponent("out")),
                             stderr: try Data(contentsOf: logs.appendingPathComponent("err")))
    }
}

/// Runs a program to the end with its output in files (a pipe could fill and block the child).
public func runProgram(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil,
                       in directory: URL? = nil) throws -> ProgramResult {
    try StartedProgram(executable, arguments, environment: (environment ?? [:]).mapValues { $0 }, in: directory).finish()
}

/// The `letters` binary built beside the test bundle (any scratch path, debug or release), or
/// `nil` when it has not been built.
public func builtLettersBinary() -> URL? {
    var candidates: [URL] = []
    let bases = Bundle.allBundles.map(\.bundleURL) + [URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()]
    for base in bases {
        candidates.append(base.appendingPathComponent("letters"))
        candidates.append(base.deletingLastPathComponent().appendingPathComponent("letters"))
        // macOS: debug/LettersPackageTests.xctest/Contents/MacOS/LettersPackageTests
        candidates.append(base.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("letters"))
    }
    return candidates.first { url in
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
            && FileManager.default.isExecutableFile(atPath: url.path)
    }
}

/// The built `letters` binary; fails the test (rather than skipping it) when it is missing.
public func lettersBinary(file: StaticString = #filePath, line: UInt = #line) throws -> URL {
    if let found = builtLettersBinary() { return found }
    XCTFail("no `letters` binary beside the test bundle; build with `swift build --build-tests`", file: file, line: line)
    throw CocoaError(.fileNoSuchFile)
}
