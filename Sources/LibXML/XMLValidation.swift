import CLibXML2
import Foundation

/// Checks XML with libxml2: well-formedness, and validity against a RelaxNG schema.
///
/// Used by the tests to check TEI and CMIF output, and available to callers that hold a
/// schema (the TEI consortium's `tei_all.rng`). Documents are read from memory without
/// network, entity substitution or DTD loading.
public enum XMLValidation {
    /// libxml2's messages for the document, empty when it is well-formed.
    public static func wellFormednessErrors(_ xml: Data) -> [String] {
        LibXML.prepare()
        let collector = ErrorCollector()
        return collector.collecting {
            guard let doc = read(xml) else { return collector.messages.isEmpty ? ["not XML"] : collector.messages }
            xmlFreeDoc(doc)
            return collector.messages
        }
    }

    /// A compiled RelaxNG schema; compile once, validate many documents (tei_all takes seconds).
    public final class RelaxNG: @unchecked Sendable {
        private let schema: xmlRelaxNGPtr
        private let lock = NSLock()

        /// Compiles a schema given as bytes (no `include`s are followed: the schema must be
        /// self-contained, as the TEI's generated `tei_all.rng` is).
        public init(schema data: Data) throws(XMLSchemaError) {
            LibXML.prepare()
            let collector = ErrorCollector()
            let compiled: xmlRelaxNGPtr? = collector.collecting {
                data.withUnsafeBytes { raw -> xmlRelaxNGPtr? in
                    guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self), raw.count <= Int(Int32.max) else { return nil }
                    guard let parser = xmlRelaxNGNewMemParserCtxt(base, Int32(raw.count)) else { return nil }
                    defer { xmlRelaxNGFreeParserCtxt(parser) }
                    xmlRelaxNGSetParserStructuredErrors(parser, ErrorCollector.callback, Unmanaged.passUnretained(collector).toOpaque())
                    return xmlRelaxNGParse(parser)
                }
            }
            guard let compiled else { throw XMLSchemaError(reason: "invalid RelaxNG schema: \(collector.messages.first ?? "unknown error")") }
            schema = compiled
        }

        deinit { xmlRelaxNGFree(schema) }

        /// The validation errors of `xml`, empty when it is valid.
        public func errors(_ xml: Data) -> [String] {
            lock.lock()
            defer { lock.unlock() }
            LibXML.prepare()
            let collector = ErrorCollector()
            return collector.collecting {
                guard let doc = XMLValidation.read(xml) else { return ["not well-formed XML"] + collector.messages }
                defer { xmlFreeDoc(doc) }
                guard let context = xmlRelaxNGNewValidCtxt(schema) else { return ["cannot create a validation context"] }
                defer { xmlRelaxNGFreeValidCtxt(context) }
                xmlRelaxNGSetValidStructuredErrors(context, ErrorCollector.callback, Unmanaged.passUnretained(collector).toOpaque())
                let result = xmlRelaxNGValidateDoc(context, doc)
                if result != 0 && collector.messages.isEmpty { return ["invalid (libxml2 code \(result))"] }
                return result == 0 ? [] : collector.messages
            }
        }
    }

    static func read(_ xml: Data) -> xmlDocPtr? {
        xml.withUnsafeBytes { raw -> xmlDocPtr? in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            guard raw.count <= Int(Int32.max) else { return nil }
            return xmlReadMemory(base, Int32(raw.count), nil, "UTF-8", letters_xml_read_options())
        }
    }
}

/// A schema libxml2 could not compile, with its first message.
public struct XMLSchemaError: Error, Equatable, Sendable, CustomStringConvertible {
    public var reason: String
    public var description: String { reason }
}

/// Gathers libxml2's structured errors as one line each ("line 12: Element p: …").
private final class ErrorCollector {
    var messages: [String] = []

    static let callback: xmlStructuredErrorFunc = { user, error in
        guard let user, let error else { return }
        let collector = Unmanaged<ErrorCollector>.fromOpaque(user).takeUnretainedValue()
        let message = error.pointee.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "error"
        collector.messages.append("line \(error.pointee.line): \(message)")
    }

    /// Runs `body` with this collector as the thread's structured error handler.
    func collecting<R>(_ body: () -> R) -> R {
        xmlSetStructuredErrorFunc(Unmanaged.passUnretained(self).toOpaque(), Self.callback)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return body()
    }
}
