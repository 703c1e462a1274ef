import Foundation
import LetterModel
import TestSupport
import XCTest

/// Runs the built `letters` binary, found next to the test bundle, with Foundation's `Process`.
enum BatchCLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let samples = packageRoot.appendingPathComponent("samples")
    static let fixtures = packageRoot.appendingPathComponent("Tests/Fixtures/batch")

    /// The built binary (from TestSupport: one way of finding it for every suite).
    static var binary: URL { builtLettersBinary() ?? URL(fileURLWithPath: "letters") }

    /// Starts `letters ARGUMENTS`; standard output and error go to files read by ``finish(_:)``.
    static func start(_ arguments: [String], hooks: Bool = false) throws -> (Process, URL) {
        let logs = FileManager.default.temporaryDirectory.appendingPathComponent("letters-batch-log-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: logs.appendingPathComponent("out").path, contents: nil)
        _ = FileManager.default.createFile(atPath: logs.appendingPathComponent("err").path, contents: nil)
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["LETTERS_TEST_HOOKS"] = hooks ? "1" : nil
        process.environment = environment
        process.standardOutput = try FileHandle(forWritingTo: logs.appendingPathComponent("out"))
        process.standardError = try FileHandle(forWritingTo: logs.appendingPathComponent("err"))
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return (process, logs)
    }

    static func finish(_ started: (Process, URL)) throws -> Result {
        let (process, logs) = started
        process.waitUntilExit()
        defer { try? FileManager.default.removeItem(at: logs) }
        return Result(
            status: process.terminationStatus,
            stdout: try String(contentsOf: logs.appendingPathComponent("out"), encoding: .utf8),
            stderr: try String(contentsOf: logs.appendingPathComponent("err"), encoding: .utf8))
    }

    static func run(_ arguments: [String], hooks: Bool = false) throws -> Result {
        try finish(start(arguments, hooks: hooks))
    }
}

/// A scratch folder removed after the test.
final class Scratch {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("letters-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ relative: String) -> String { url.appendingPathComponent(relative).path }

    /// Copies `source` to `relative`, creating folders.
    func copy(_ source: URL, to relative: String) throws {
        let target = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source, to: target)
    }

    func write(_ text: String, to relative: String) throws {
        let target = url.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: target)
    }

    /// Every file under `relative` whose name ends in `suffix`, as paths relative to it, sorted.
    func files(under relative: String, endingWith suffix: String) -> [String] {
        let root = path(relative)
        let all = FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []
        return all.filter { $0.hasSuffix(suffix) }.sorted()
    }
}

/// The sample letters (text and PDF) the package ships.
func sampleFiles() throws -> [URL] {
    try FileManager.default.contentsOfDirectory(at: BatchCLI.samples, includingPropertiesForKeys: nil)
        .filter { ["pdf", "txt", "md"].contains($0.pathExtension) }
        .sorted { $0.lastPathComponent < $1.lastPathComponent }
}

func sha256(ofFile path: String) throws -> String {
    SHA256.hex(try Data(contentsOf: URL(fileURLWithPath: path)))
}
