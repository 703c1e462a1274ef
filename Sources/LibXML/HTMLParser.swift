import CLibXML2
import Foundation

/// Limits that keep a hostile or broken HTML file from exhausting memory, stack or time.
public enum HTMLLimits {
    /// Files above this many bytes are refused before parsing (letters are far smaller).
    public static let maxBytes = 50 * 1024 * 1024
    /// Elements nested deeper than this are dropped: the tree is copied recursively, and real
    /// letters nest a few dozen levels at most.
    public static let maxDepth = 256
}

/// Why an HTML file could not be read, as one line.
public struct HTMLError: Error, Equatable, Sendable, CustomStringConvertible {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}

/// Parses HTML with libxml2's HTML parser and copies the tree into ``HTMLDocument`` values.
///
/// The only place (with the XML writer and validator) that touches libxml2 pointers: the
/// document is freed before returning. Options: `HTML_PARSE_NONET` (no network),
/// `HTML_PARSE_RECOVER` (best effort on broken markup), no error output. The HTML parser
/// knows no entity declarations, so `<!ENTITY>` tricks and external DTDs are inert.
public enum HTMLParser {
    public static func parse(_ data: Data) throws(HTMLError) -> HTMLDocument {
        LibXML.prepare()
        if data.isEmpty { throw HTMLError("empty file") }
        if data.count > HTMLLimits.maxBytes {
            throw HTMLError("file too large for HTML (\(data.count / 1_048_576) MB; limit \(HTMLLimits.maxBytes / 1_048_576) MB)")
        }
        let encoding = declaredEncoding(data) == nil ? (String(data: data, encoding: .utf8) != nil ? "UTF-8" : "windows-1252") : nil
        let doc: htmlDocPtr? = data.withUnsafeBytes { raw -> htmlDocPtr? in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            return htmlReadMemory(base, Int32(raw.count), nil, encoding, letters_html_options())
        }
        guard let doc else { throw HTMLError("not an HTML document") }
        defer { xmlFreeDoc(doc) }
        var copier = TreeCopier()
        guard let rootNode = xmlDocGetRootElement(doc) else { return HTMLDocument(root: nil) }
        let root = copier.copy(rootNode, depth: 0)
        return HTMLDocument(root: root, truncatedDepth: copier.truncated)
    }

    /// A charset the file declares itself (BOM or `charset=` near the top). Without one,
    /// libxml2 2.9 assumes ISO-8859-1, which garbles the UTF-8 most files are written in.
    static func declaredEncoding(_ data: Data) -> String? {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) || data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) { return "bom" }
        let head = String(decoding: data.prefix(2048), as: UTF8.self).lowercased()
        return head.contains("charset=") || head.contains("charset =") ? "declared" : nil
    }

    /// Copies libxml2 nodes into values, numbering elements in document order.
    private struct TreeCopier {
        var nextIndex = 0
        var truncated = false

        mutating func copy(_ node: xmlNodePtr, depth: Int) -> HTMLElement {
            let name = LibXML.string(node.pointee.name)?.lowercased() ?? ""
            let index = nextIndex
            nextIndex += 1
            var attributes: [(name: String, value: String)] = []
            var attr = node.pointee.properties
            while let a = attr {
                if let attrName = LibXML.string(a.pointee.name) {
                    let value = LibXML.take(xmlNodeListGetString(node.pointee.doc, a.pointee.children, 1)) ?? ""
                    attributes.append((attrName.lowercased(), value))
                }
                attr = a.pointee.next
            }
            var children: [HTMLNode] = []
            var child = node.pointee.children
            while let c = child {
                if letters_node_is_text(c) != 0 {
                    if let text = LibXML.string(c.pointee.content) {
                        // Adjacent text nodes (split by entities) are merged.
                        if case .text(let previous)? = children.last { children[children.count - 1] = .text(previous + text) }
                        else { children.append(.text(text)) }
                    }
                } else if letters_node_is_element(c) != 0 {
                    if depth + 1 >= HTMLLimits.maxDepth { truncated = true } else { children.append(.element(copy(c, depth: depth + 1))) }
                }
                child = c.pointee.next
            }
            return HTMLElement(name: name, attributes: attributes, children: children, index: index)
        }
    }
}
