import CLibXML2
import Foundation

/// Writes XML through libxml2's `xmlTextWriter`, so every document is well-formed and every
/// text and attribute escaped by construction, whatever the letter contains.
///
/// Indentation is done here rather than by libxml2: its indenter also indents inside mixed
/// content (`<p>text <ref/> more</p>`), which would change the text. Elements opened with
/// `mixed: true` are written inline, with everything inside them. Output bytes depend only on
/// the calls made: no dates, no random ids.
package final class XMLWriter {
    private let buffer: xmlBufferPtr
    private var writer: xmlTextWriterPtr?
    /// One entry per open element: whether it is mixed content (written inline) and whether
    /// it has child elements yet (so its end tag goes on a new line).
    private var stack: [(mixed: Bool, hasChildren: Bool)] = []
    private(set) var failed = false

    package init() {
        LibXML.prepare()
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil))
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
        xmlBufferFree(buffer)
    }

    private var inline: Bool { stack.last?.mixed ?? false }

    private func check(_ result: Int32) { if result < 0 { failed = true } }

    /// Opens `name` with `attributes` (written in the order given; `nil` values are omitted).
    package func start(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], mixed: Bool = false) {
        if !stack.isEmpty && !inline {
            stack[stack.count - 1].hasChildren = true
            raw("\n" + String(repeating: "  ", count: stack.count))
        }
        Self.withXML(name) { check(xmlTextWriterStartElement(writer, $0)) }
        for (key, value) in attributes {
            guard let value else { continue }
            Self.withXML(key) { k in Self.withXML(Self.xmlSafe(value)) { v in check(xmlTextWriterWriteAttribute(writer, k, v)) } }
        }
        stack.append((mixed: mixed || inline, hasChildren: false))
    }

    package func end() {
        guard let top = stack.popLast() else { failed = true; return }
        if top.hasChildren && !top.mixed { raw("\n" + String(repeating: "  ", count: stack.count)) }
        check(xmlTextWriterEndElement(writer))
    }

    /// Escaped character data; characters XML 1.0 forbids (most C0 controls) are dropped.
    package func text(_ value: String) {
        guard !value.isEmpty else { return }
        Self.withXML(Self.xmlSafe(value)) { check(xmlTextWriterWriteString(writer, $0)) }
    }

    /// `<name attributes>text</name>`, or nothing when `text` is `nil`.
    package func element(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:], text value: String?) {
        guard let value else { return }
        start(name, attributes, mixed: true)
        text(value)
        end()
    }

    package func comment(_ value: String) {
        if !stack.isEmpty && !inline {
            stack[stack.count - 1].hasChildren = true
            raw("\n" + String(repeating: "  ", count: stack.count))
        }
        let safe = Self.xmlSafe(value).replacingOccurrences(of: "--", with: "- -")
        Self.withXML(safe) { check(xmlTextWriterWriteComment(writer, $0)) }
    }

    private func raw(_ value: String) {
        Self.withXML(value) { check(xmlTextWriterWriteRaw(writer, $0)) }
    }

    /// Closes every open element and returns the document, ending in a newline.
    package func finish() -> Data {
        while !stack.isEmpty { end() }
        check(xmlTextWriterEndDocument(writer))
        if let writer { xmlFreeTextWriter(writer) }
        writer = nil
        guard let content = xmlBufferContent(buffer) else { return Data() }
        var data = Data(bytes: content, count: Int(xmlBufferLength(buffer)))
        if data.last != UInt8(ascii: "\n") { data.append(UInt8(ascii: "\n")) }
        return data
    }

    static func withXML<R>(_ s: String, _ body: (UnsafePointer<xmlChar>) -> R) -> R {
        var bytes = Array(s.utf8)
        bytes.append(0)
        return bytes.withUnsafeBufferPointer { body($0.baseAddress!) }
    }

    /// Keeps only characters XML 1.0 allows (tab, newline, carriage return, U+0020 and above
    /// except surrogates, U+FFFE and U+FFFF).
    package static func xmlSafe(_ s: String) -> String {
        func allowed(_ v: UInt32) -> Bool {
            v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v) || v >= 0x10000
        }
        if s.unicodeScalars.allSatisfy({ allowed($0.value) }) { return s }
        var out = String.UnicodeScalarView()
        for scalar in s.unicodeScalars where allowed(scalar.value) { out.append(scalar) }
        return String(out)
    }
}
