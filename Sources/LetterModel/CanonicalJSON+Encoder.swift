import Foundation

/// The `Encoder` behind ``CanonicalJSON``: it builds a ``JSONNode`` tree that
/// ``JSONTextWriter`` then lays out. Types encode exactly as through `JSONEncoder` with its
/// default strategies (`URL` as its absolute string, `Data` as Base64, `Decimal` as a number),
/// so any `Codable` type keeps its JSON shape.
final class JSONTreeEncoder: Encoder {
    let path: JSONPath
    var codingPath: [any CodingKey] { path.keys }
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    /// What was encoded; nil until a container is asked for.
    var node: JSONNode?

    init(path: JSONPath) {
        self.path = path
    }

    /// The node for `value`; the common scalar types skip building an encoder.
    ///
    /// The types are told apart by their metatypes, as `JSONEncoder` does: a comparison of two
    /// pointers, where `value as String` and the like were a runtime cast each, seven of them
    /// for every struct the letter holds. (A URL inside an existential therefore encodes as
    /// URL's own `Codable` says, as through `JSONEncoder`.)
    static func node<T: Encodable>(for value: T, path: JSONPath) throws -> JSONNode {
        // T is the type compared with, so reading the value as that type is no conversion.
        if T.self == String.self { return .string(unsafeBitCast(value, to: String.self)) }
        if T.self == Int.self { return .scalar(JSONScalar.integer(unsafeBitCast(value, to: Int.self))) }
        if T.self == Double.self { return .scalar(try JSONScalar.number(unsafeBitCast(value, to: Double.self), codingPath: path.keys)) }
        if T.self == Bool.self { return .scalar(unsafeBitCast(value, to: Bool.self) ? JSONScalar.true : JSONScalar.false) }
        if T.self == URL.self { return .string((value as! URL).absoluteString) }
        if T.self == Data.self { return .string((value as! Data).base64EncodedString()) }
        if T.self == Decimal.self { return .scalar(Array((value as! Decimal).description.utf8)) }
        let encoder = JSONTreeEncoder(path: path)
        try value.encode(to: encoder)
        return encoder.node ?? .object(JSONObjectBox())
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let box: JSONObjectBox
        if case .object(let existing)? = node {
            box = existing
        } else {
            box = JSONObjectBox()
            node = .object(box)
        }
        return KeyedEncodingContainer(JSONKeyedContainer<Key>(box: box, path: path))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let box: JSONArrayBox
        if case .array(let existing)? = node {
            box = existing
        } else {
            box = JSONArrayBox()
            node = .array(box)
        }
        return JSONUnkeyedContainer(box: box, path: path)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONSingleValueContainer(encoder: self)
    }
}

struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: JSONObjectBox
    let path: JSONPath
    var codingPath: [any CodingKey] { path.keys }

    private func set(_ node: JSONNode, _ key: Key) { box.set(key.stringValue, node) }

    mutating func encodeNil(forKey key: Key) throws { set(.scalar(JSONScalar.null), key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { set(.scalar(value ? JSONScalar.true : JSONScalar.false), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { set(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        set(.scalar(try JSONScalar.number(value, codingPath: path.appending(key).keys)), key)
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        set(.scalar(try JSONScalar.number(value, codingPath: path.appending(key).keys)), key)
    }
    mutating func encode(_ value: Int, forKey key: Key) throws { set(.scalar(JSONScalar.integer(value)), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { set(.scalar(JSONScalar.integer(value)), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { set(.scalar(JSONScalar.integer(value)), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { set(.scalar(JSONScalar.integer(value)), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { set(.scalar(JSONScalar.integer(value)), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { set(.scalar(JSONScalar.integer(value)), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { set(.scalar(JSONScalar.integer(value)), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { set(.scalar(JSONScalar.integer(value)), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { set(.scalar(JSONScalar.integer(value)), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { set(.scalar(JSONScalar.integer(value)), key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        set(try JSONTreeEncoder.node(for: value, path: path.appending(key)), key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONObjectBox()
        set(.object(nested), key)
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(box: nested, path: path.appending(key)))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = JSONArrayBox()
        set(.array(nested), key)
        return JSONUnkeyedContainer(box: nested, path: path.appending(key))
    }

    mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }
    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key.stringValue) }

    private func superEncoder(named name: String) -> any Encoder {
        let encoder = JSONTreeEncoder(path: path.appending(JSONIndexKey(name)))
        box.set(name, .pending(encoder))
        return encoder
    }
}

struct JSONUnkeyedContainer: UnkeyedEncodingContainer {
    let box: JSONArrayBox
    let path: JSONPath
    var codingPath: [any CodingKey] { path.keys }
    var count: Int { box.items.count }

    private var nextPath: JSONPath { path.appending(JSONIndexKey(box.items.count)) }

    mutating func encodeNil() throws { box.items.append(.scalar(JSONScalar.null)) }
    mutating func encode(_ value: Bool) throws { box.items.append(.scalar(value ? JSONScalar.true : JSONScalar.false)) }
    mutating func encode(_ value: String) throws { box.items.append(.string(value)) }
    mutating func encode(_ value: Double) throws { box.items.append(.scalar(try JSONScalar.number(value, codingPath: nextPath.keys))) }
    mutating func encode(_ value: Float) throws { box.items.append(.scalar(try JSONScalar.number(value, codingPath: nextPath.keys))) }
    mutating func encode(_ value: Int) throws { box.items.append(.scalar(JSONScalar.integer(value))) }
    mutating func encode(_ value: Int8) throws { box.items.append(.scalar(JSONScalar.integer(value))) }
    mutating func encode(_ value: Int16) throws { box.items.append(.scalar(JSONScalar.integer(value))) }
    mutating func encode(_ value: Int32) throws { box.items.append(.scalar(JSONScalar.integer(value))) }
    mutating func encode(_ value: Int64) throws { box.items.append(.scalar(JSONScalar.integer(value))) }
    mutating func encode(_ value: UInt) throws { box.items.append(.scalar(JSONScalar.integer(value))) }
    mutating func encode(_ value: UInt8) throws { box.items.append(.scalar(JSONScalar.integer(value))) }
    mutating func encode(_ value: UInt16) throws { box.items.append(.scalar(JSONScalar.integer(value))) }
    mutating func encode(_ value: UInt32) throws { box.items.append(.scalar(JSONScalar.integer(value))) }
    mutating func encode(_ value: UInt64) throws { box.items.append(.scalar(JSONScalar.integer(value))) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        box.items.append(try JSONTreeEncoder.node(for: value, path: nextPath))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONObjectBox()
        let path = nextPath
        box.items.append(.object(nested))
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(box: nested, path: path))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = JSONArrayBox()
        let path = nextPath
        box.items.append(.array(nested))
        return JSONUnkeyedContainer(box: nested, path: path)
    }

    mutating func superEncoder() -> any Encoder {
        let encoder = JSONTreeEncoder(path: nextPath)
        box.items.append(.pending(encoder))
        return encoder
    }
}

struct JSONSingleValueContainer: SingleValueEncodingContainer {
    let encoder: JSONTreeEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    private func set(_ text: [UInt8]) { encoder.node = .scalar(text) }

    mutating func encodeNil() throws { set(JSONScalar.null) }
    mutating func encode(_ value: Bool) throws { set(value ? JSONScalar.true : JSONScalar.false) }
    mutating func encode(_ value: String) throws { encoder.node = .string(value) }
    mutating func encode(_ value: Double) throws { set(try JSONScalar.number(value, codingPath: codingPath)) }
    mutating func encode(_ value: Float) throws { set(try JSONScalar.number(value, codingPath: codingPath)) }
    mutating func encode(_ value: Int) throws { set(JSONScalar.integer(value)) }
    mutating func encode(_ value: Int8) throws { set(JSONScalar.integer(value)) }
    mutating func encode(_ value: Int16) throws { set(JSONScalar.integer(value)) }
    mutating func encode(_ value: Int32) throws { set(JSONScalar.integer(value)) }
    mutating func encode(_ value: Int64) throws { set(JSONScalar.integer(value)) }
    mutating func encode(_ value: UInt) throws { set(JSONScalar.integer(value)) }
    mutating func encode(_ value: UInt8) throws { set(JSONScalar.integer(value)) }
    mutating func encode(_ value: UInt16) throws { set(JSONScalar.integer(value)) }
    mutating func encode(_ value: UInt32) throws { set(JSONScalar.integer(value)) }
    mutating func encode(_ value: UInt64) throws { set(JSONScalar.integer(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.node = try JSONTreeEncoder.node(for: value, path: encoder.path)
    }
}

/// A coding-path entry for an array index or a super encoder. An index's text is made only
/// when asked for (in an error), not for every element encoded.
struct JSONIndexKey: CodingKey {
    private let name: String?
    let intValue: Int?

    var stringValue: String { name ?? "Index \(intValue ?? 0)" }

    init(_ index: Int) { name = nil; intValue = index }
    init(_ name: String) { self.name = name; intValue = nil }
    init?(stringValue: String) { self.init(stringValue) }
    init?(intValue: Int) { self.init(intValue) }
}

/// A coding path as links to its parent: a child's path costs one small object, not a copy
/// of its parent's array, and the array is built only when something reads `codingPath`
/// (errors, and types that look at their path).
struct JSONPath {
    final class Link {
        let parent: Link?
        let key: any CodingKey
        init(parent: Link?, key: any CodingKey) { self.parent = parent; self.key = key }
    }

    var last: Link?

    static var root: JSONPath { JSONPath(last: nil) }

    func appending(_ key: any CodingKey) -> JSONPath { JSONPath(last: Link(parent: last, key: key)) }

    var keys: [any CodingKey] {
        var out: [any CodingKey] = []
        var link = last
        while let l = link { out.append(l.key); link = l.parent }
        return out.reversed()
    }
}
