import Foundation
import LetterExtractor
import LetterModel
import XCTest

/// The repository root: three levels up from this file (Tests/LetterDiffTests/Support.swift).
let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
func sample(_ name: String) -> String { repoRoot.appendingPathComponent("samples/\(name)").path }

/// The OGP solidarity letter as the extractor reads it: the real letter every pair is made from.
func sampleLetter(file: StaticString = #filePath, line: UInt = #line) throws -> Letter {
    try LetterExtractor.extract(path: sample("open-letter-ogp-solidarity-2017.txt"))
}

/// The result of running a program to the end.
struct Run {
    var status: Int32
    var reason: Process.TerminationReason
    var stdout: Data
    var stderr: Data
    var out: String { String(decoding: stdout, as: UTF8.self) }
    var err: String { String(decoding: stderr, as: UTF8.self) }
}

/// Runs a program with output to files (a pipe could fill and block on large outputs).
func runProgram(_ executable: URL, _ arguments: [String], in directory: URL) throws -> Run {
    let out = directory.appendingPathComponent(".out-\(UUID().uuidString)"), err = directory.appendingPathComponent(".err-\(UUID().uuidString)")
    FileManager.default.createFile(atPath: out.path, contents: nil)
    FileManager.default.createFile(atPath: err.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: out); try? FileManager.default.removeItem(at: err) }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
    process.standardOutput = outHandle
    process.standardError = errHandle
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try outHandle.close(); try errHandle.close()
    return Run(status: process.terminationStatus, reason: process.terminationReason,
               stdout: try Data(contentsOf: out), stderr: try Data(contentsOf: err))
}

/// The `letters` binary built beside this test bundle (any scratch path, debug or release).
func lettersBinary(file: StaticString = #filePath, line: UInt = #line) throws -> URL {
    final class Marker {}
    var candidates: [URL] = []
    for base in [Bundle(for: Marker.self).bundleURL, URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()] {
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

/// A fresh temporary folder per test, removed afterwards.
class TempDirTestCase: XCTestCase {
    var temp: URL!

    override func setUpWithError() throws {
        temp = FileManager.default.temporaryDirectory.appendingPathComponent("letters-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temp, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let temp { try? FileManager.default.removeItem(at: temp) }
    }

    func write(_ text: String, _ name: String) throws -> String {
        let url = temp.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func write(_ letter: Letter, _ name: String) throws -> String {
        let url = temp.appendingPathComponent(name)
        try CanonicalJSON.encode(letter).write(to: url)
        return url.path
    }
}

/// The sample letter's text re-typeset: lines re-wrapped at about 60 columns, straight quotes
/// for curly ones, `--` for en dashes, doubled spaces. Its content is the same letter.
func retypeset(_ text: String) -> String {
    let swapped = text
        .replacingOccurrences(of: "\u{201C}", with: "\"").replacingOccurrences(of: "\u{201D}", with: "\"")
        .replacingOccurrences(of: "\u{2018}", with: "'").replacingOccurrences(of: "\u{2019}", with: "'")
        .replacingOccurrences(of: "\u{2013}", with: "--")
    var lines: [String] = []
    for line in swapped.components(separatedBy: "\n") {
        // Only long prose lines: lists, notes and URLs keep their lines.
        guard line.count > 80, !line.hasPrefix("- "), !line.contains("http"), let first = line.unicodeScalars.first,
              !(0x2070...0x209F).contains(first.value), !"¹²³".unicodeScalars.contains(first) else {
            lines.append(line)
            continue
        }
        var current = ""
        for word in line.split(separator: " ") {
            if !current.isEmpty, current.count + word.count > 60 { lines.append(current); current = "" }
            current += current.isEmpty ? String(word) : "  " + word
        }
        if !current.isEmpty { lines.append(current) }
    }
    return lines.joined(separator: "\n")
}
