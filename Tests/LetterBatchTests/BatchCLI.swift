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

    /// Starts `letters ARGUMENTS` (the test hooks on when asked); ``finish(_:)`` waits for it.
    static func start(_ arguments: [String], hooks: Bool = false) throws -> StartedProgram {
        try StartedProgram(binary, arguments, environment: ["LETTERS_TEST_HOOKS": hooks ? "1" : nil])
    }

    static func finish(_ started: StartedProgram) throws -> Result {
        let run = try started.finish()
        return Result(status: run.status, stdout: run.out, stderr: run.err)
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
