import Foundation
import LetterXML
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif

/// correspSearch's two checks of a CMIF file: the official RELAX NG schema and the rules of the
/// official Schematron (`../shared/schemas/cmif/`), the latter implemented here with XPath, one
/// function per rule, so a failure names the rule (E0001 …).
enum CMIFChecks {
    static let folder = xmlRepoRoot.deletingLastPathComponent().appendingPathComponent("shared/schemas/cmif")
    nonisolated(unsafe) private static var compiled: XMLValidation.RelaxNG?

    /// The compiled schema; skips the test when `../shared` is absent.
    static func schema() throws -> XMLValidation.RelaxNG {
        if let compiled { return compiled }
        let url = folder.appendingPathComponent("cmi-customization.rng")
        guard FileManager.default.fileExists(atPath: url.path) else { throw XCTSkip("no CMIF schema at \(url.path)") }
        let schema = try XMLValidation.RelaxNG(schema: Data(contentsOf: url))
        compiled = schema
        return schema
    }

    /// Schema errors, then Schematron errors (role="error") and warnings (role="warning").
    static func problems(_ xml: Data) throws -> [String] {
        try schema().errors(xml) + schematron(xml)
    }

    static func schematron(_ xml: Data) throws -> [String] {
        let document = try XMLDocument(data: xml, options: [])
        func nodes(_ xpath: String, in node: XMLNode? = nil) throws -> [XMLNode] { try (node ?? document).nodes(forXPath: xpath) }
        var problems: [String] = []
        let biblIDs = try nodes("//*[local-name()='bibl']/@*[local-name()='id']").compactMap(\.stringValue)
        // W0001: a UUID in bibl/@xml:id.
        for bibl in try nodes("//*[local-name()='bibl']") {
            let id = try nodes("@*[local-name()='id']", in: bibl).first?.stringValue ?? ""
            if id.firstMatch(of: /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/) == nil {
                problems.append("W0001: bibl/@xml:id \(id) is not a UUID")
            }
        }
        for (k, desc) in try nodes("//*[local-name()='correspDesc']").enumerated() {
            let types = try nodes("*[local-name()='correspAction']/@type", in: desc).compactMap(\.stringValue)
            if !types.contains("sent") { problems.append("E0001: correspDesc \(k + 1) has no correspAction type=sent") }
            if !types.contains("received") { problems.append("E0002: correspDesc \(k + 1) has no correspAction type=received") }
            if let source = try nodes("@source", in: desc).first?.stringValue {
                let target = source.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).dropFirst().first.map(String.init) ?? ""
                if !biblIDs.contains(target) { problems.append("E0003: correspDesc \(k + 1) @source \(source) names no bibl") }
            }
        }
        // E0004: every date carries a dating attribute.
        for date in try nodes("//*[local-name()='date']") {
            let attributes = try nodes("@when|@from|@to|@notBefore|@notAfter", in: date)
            if attributes.isEmpty { problems.append("E0004: a date without @when, @from, @to, @notBefore or @notAfter") }
        }
        return problems
    }
}
