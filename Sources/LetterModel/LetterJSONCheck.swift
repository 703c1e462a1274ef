import Foundation

/// Why some JSON is not a letter, in words a reader can act on: not JSON at all, JSON of another
/// shape, a letter of an unknown schema version, or a field of the wrong type (with its path).
public struct LetterJSONError: Error, Equatable, Sendable, CustomStringConvertible {
    public var reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}

extension CanonicalJSON {
    /// Decodes a letter after checking what ``decodeLetter(_:)`` would take without comment:
    /// a schema version from another major version, and `null` where the schema has a list
    /// (`"body": null` would otherwise read as a letter without a body).
    public static func decodeLetterChecked(_ data: Data) throws(LetterJSONError) -> Letter {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw LetterJSONError("not valid JSON")
        }
        guard let fields = object as? [String: Any] else {
            throw LetterJSONError("not a letter JSON: the top level is \(kind(of: object)), not an object (as written by `letters extract`)")
        }
        guard let version = fields["schema_version"] else {
            throw LetterJSONError("not a letter JSON: no schema_version (as written by `letters extract`)")
        }
        guard let text = version as? String else {
            throw LetterJSONError("not a letter JSON: schema_version is \(kind(of: version)), not a string")
        }
        let major = text.split(separator: ".").first.flatMap { Int($0) }
        guard let major, Letter.readableMajorVersions.contains(major) else {
            let known = Letter.readableMajorVersions.sorted().map { "\($0).x" }.joined(separator: " and ")
            throw LetterJSONError("letter schema version \(text) is not supported (this version of letters reads \(known))")
        }
        guard fields["source"] is [String: Any] else {
            throw LetterJSONError("not a letter JSON: source is \(fields["source"].map(kind(of:)) ?? "missing"), not an object")
        }
        for key in ["body", "calls_to_action", "footnotes", "signatories", "cc", "annexes", "links", "warnings"] {
            if let value = fields[key], !(value is [Any]) {
                throw LetterJSONError("not a letter JSON: \(key) is \(kind(of: value)), not a list")
            }
        }
        if fields["body"] == nil { throw LetterJSONError("not a letter JSON: no body") }
        do {
            return try decodeLetter(data)
        } catch let error as DecodingError {
            throw LetterJSONError("not a letter JSON: \(describe(error))")
        } catch {
            throw LetterJSONError("not a letter JSON: \(error)")
        }
    }

    /// Why decoding a letter failed, in words: the field path for a decoding error, the reason
    /// of a ``LetterJSONError``, the domain and code of anything else, never Foundation's
    /// "The operation could not be completed".
    public static func explain(_ error: Error) -> String {
        switch error {
        case let error as LetterJSONError: return error.reason
        case let error as DecodingError: return describe(error)
        default:
            let ns = error as NSError
            return "\(ns.domain) error \(ns.code)"
        }
    }

    private static func kind(of value: Any) -> String {
        switch value {
        case is NSNull: return "null"
        case is String: return "a string"
        case is [Any]: return "a list"
        case is [String: Any]: return "an object"
        case is NSNumber: return "a number or boolean"
        default: return "\(type(of: value))"
        }
    }

    /// `source.format: expected one of …` rather than the decoder's debug dump.
    private static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        switch error {
        case let .keyNotFound(key, context): return "\(path(context.codingPath + [key])) is missing"
        case let .valueNotFound(_, context): return "\(path(context.codingPath)) is null"
        case let .typeMismatch(type, context): return "\(path(context.codingPath)) is not \(type == String.self ? "a string" : "of type \(type)")"
        case let .dataCorrupted(context): return "\(path(context.codingPath)): \(context.debugDescription)"
        @unknown default: return "\(error)"
        }
    }
}
