import Foundation

/// The `Encoder` behind ``CanonicalJSON``: it builds a ``JSONNode`` tree that
/// ``JSONTextWriter`` then lays out. Types encode exactly as through `JSONEncoder` with its
/// default strategies (`URL` as its absolute string, `Data` as Base64, `Decimal` as a number),
/// so any `Codable` type keeps its JSON shape.
final class JSONTreeEncoder: Encoder {
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    /// What was encoded; nil until a container is asked for.
    var node: JSONNode?

    init(codingPath: [any CodingKey]) {
        self.codingPath = codingPath
    }

    /// The node for `value`; the common scalar types skip building an encoder.
    static func node<T: Encodable>(for value: T, codingPath: [any CodingKey]) throws -> JSONNode {
        switch value {
        case let text as String: return .scalar(JSONScalar.string(text))
        case let number as Int: return .scalar(JSONScalar.integer(number))
        case let number as Double: return .scalar(try JSONScalar.number(number, codingPath: codingPath))
        case let flag as Bool: return .scalar(flag ? JSONScalar.true : JSONScalar.false)
        case let url as URL: return .scalar(JSONScalar.string(url.absoluteString))
        case let data as Data: return .scalar(JSONScalar.string(data.base64EncodedString()))
        case let decimal as Decimal: return .scalar(Array(decimal.description.utf8))
        default:
            let encoder = JSONTreeEncoder(codingPath: codingPath)
            try value.encode(to: encoder)
            return encoder.node ?? .object(JSONObjectBox())
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let box: JSONObjectBox
        if case .object(let existing)? = node {
            box = existing
        } else {
            box = JSONObjectBox()
            node = .object(box)
        }
        return KeyedEncodingContainer(JSONKeyedContainer<Key>(box: box, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let box: JSONArrayBox
        if case .array(let existing)? = node {
            box = existing
        } else {
            box = JSONArrayBox()
            node = .array(box)
        }
        return JSONUnkeyedContainer(box: box, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONSingleValueContainer(encoder: self)
    }
}

struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: JSONObjectBox
    let codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { box.members[key.stringValue] = .scalar(JSONScalar.null) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { box.members[key.stringValue] = .scalar(value ? JSONScalar.true : JSONScalar.false) }
    mutating func encode(_ value: String, forKey key: Key) throws { box.members[key.stringValue] = .scalar(JSONScalar.string(value)) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        box.members[key.stringValue] = .scalar(try JSONScalar.number(value, codingPath: codingPath + [key]))
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
        box.members[key.stringValue] = .scalar(try JSONScalar.number(value, codingPath: codingPath + [key]))
    }
    mutating func encode(_ value: Int, forKey key: Key) throws { box.members[key.stringValue] = .scalar(JSONScalar.integer(value)) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { box.members[key.stringValue] = .scalar(JSONScalar.integer(value)) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { box.members[key.stringValue] = .scalar(JSONScalar.integer(value)) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { box.members[key.stringValue] = .scalar(JSONScalar.integer(value)) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { box.members[key.stringValue] = .scalar(JSONScalar.integer(value)) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { box.members[key.stringValue] = .scalar(JSONScalar.integer(value)) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { box.members[key.stringValue] = .scalar(JSONScalar.integer(value)) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { box.members[key.stringValue] = .scalar(JSONScalar.integer(value)) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { box.members[key.stringValue] = .scalar(JSONScalar.integer(value)) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { box.members[key.stringValue] = .scalar(JSONScalar.integer(value)) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        box.members[key.stringValue] = try JSONTreeEncoder.node(for: value, codingPath: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONObjectBox()
        box.members[key.stringValue] = .object(nested)
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(box: nested, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = JSONArrayBox()
        box.members[key.stringValue] = .array(nested)
        return JSONUnkeyedContainer(box: nested, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }
    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key.stringValue) }

    private func superEncoder(named name: String) -> any Encoder {
        let encoder = JSONTreeEncoder(codingPath: codingPath + [JSONIndexKey(name)])
        box.members[name] = .pending(encoder)
        return encoder
    }
}

struct JSONUnkeyedContainer: UnkeyedEncodingContainer {
    let box: JSONArrayBox
    let codingPath: [any CodingKey]
    var count: Int { box.items.count }

    private var nextPath: [any CodingKey] { codingPath + [JSONIndexKey(box.items.count)] }

    mutating func encodeNil() throws { box.items.append(.scalar(JSONScalar.null)) }
    mutating func encode(_ value: Bool) throws { box.items.append(.scalar(value ? JSONScalar.true : JSONScalar.false)) }
    mutating func encode(_ value: String) throws { box.items.append(.scalar(JSONScalar.string(value))) }
    mutating func encode(_ value: Double) throws { box.items.append(.scalar(try JSONScalar.number(value, codingPath: nextPath))) }
    mutating func encode(_ value: Float) throws { box.items.append(.scalar(try JSONScalar.number(value, codingPath: nextPath))) }
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
        box.items.append(try JSONTreeEncoder.node(for: value, codingPath: nextPath))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONObjectBox()
        let path = nextPath
        box.items.append(.object(nested))
        return KeyedEncodingContainer(JSONKeyedContainer<NestedKey>(box: nested, codingPath: path))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = JSONArrayBox()
        let path = nextPath
        box.items.append(.array(nested))
        return JSONUnkeyedContainer(box: nested, codingPath: path)
    }

    mutating func superEncoder() -> any Encoder {
        let encoder = JSONTreeEncoder(codingPath: nextPath)
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
    mutating func encode(_ value: String) throws { set(JSONScalar.string(value)) }
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
        encoder.node = try JSONTreeEncoder.node(for: value, codingPath: codingPath)
    }
}

/// A coding-path entry for an array index or a super encoder.
struct JSONIndexKey: CodingKey {
    let stringValue: String
    let intValue: Int?

    init(_ index: Int) { stringValue = "Index \(index)"; intValue = index }
    init(_ name: String) { stringValue = name; intValue = nil }
    init?(stringValue: String) { self.init(stringValue) }
    init?(intValue: Int) { self.init(intValue) }
}
