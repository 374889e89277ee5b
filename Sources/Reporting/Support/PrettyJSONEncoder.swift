import Foundation

/// Writes exactly what `JSONEncoder` with `[.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]`
/// writes (keys ordered by their UTF-8 bytes, two spaces a level, `" : "`, the same string
/// escapes and number forms), straight into bytes. Foundation's encoder builds a tree of boxed
/// values first; on the 70,000 findings and endpoints of a large estate that was a third of an
/// audit. Values it has special forms for (dates, data, URLs, decimals) and containers it does
/// not know how to place (nested containers, super encoders) make it give up with
/// `Unsupported`, and `JSONOutput` then uses `JSONEncoder`, so the output never differs.
enum PrettyJSONEncoder {
    struct Unsupported: Error {}

    static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        try bytes(of: value, level: 0)
    }

    /// The value's JSON, its first line unindented and the rest as at `level`.
    static func bytes<T: Encodable>(of value: T, level: Int) throws -> [UInt8] {
        switch value {
        case let s as String: return quoted(s)
        case let b as Bool: return scalar(b)
        case let i as Int: return scalar(i)
        case let d as Double: return try number(d)
        case is Date, is Data, is URL, is Decimal, is Float: throw Unsupported()
        default:
            let encoder = NodeEncoder(level: level)
            try value.encode(to: encoder)
            return try encoder.finish()
        }
    }

    /// As `JSONEncoder` writes a Double: its description without a trailing `.0`; not finite is
    /// an error there (no non-conforming float strategy is set), so it is left to it here.
    static func number(_ d: Double) throws -> [UInt8] {
        guard d.isFinite else { throw Unsupported() }
        var s = d.description
        if s.hasSuffix(".0") { s.removeLast(2) }
        return Array(s.utf8)
    }

    /// A JSON string: `"` and `\` escaped, the short escapes for \b \f \n \r \t, `\u00xx` for the
    /// other controls, `/` and everything else as is.
    static func quoted(_ string: String) -> [UInt8] {
        var s = string
        return s.withUTF8 { u in
            var out: [UInt8] = []
            out.reserveCapacity(u.count + 2)
            out.append(0x22)
            for b in u {
                switch b {
                case 0x22:
                    out.append(0x5C)
                    out.append(0x22)
                case 0x5C:
                    out.append(0x5C)
                    out.append(0x5C)
                case 0x08:
                    out.append(0x5C)
                    out.append(UInt8(ascii: "b"))
                case 0x0C:
                    out.append(0x5C)
                    out.append(UInt8(ascii: "f"))
                case 0x0A:
                    out.append(0x5C)
                    out.append(UInt8(ascii: "n"))
                case 0x0D:
                    out.append(0x5C)
                    out.append(UInt8(ascii: "r"))
                case 0x09:
                    out.append(0x5C)
                    out.append(UInt8(ascii: "t"))
                case 0x00..<0x20:
                    let hex = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: Array("\\u00".utf8))
                    out.append(hex[Int(b >> 4)])
                    out.append(hex[Int(b & 0xF)])
                default: out.append(b)
                }
            }
            out.append(0x22)
            return out
        }
    }

    static func scalar(_ b: Bool) -> [UInt8] { Array((b ? "true" : "false").utf8) }
    static func scalar(_ d: Double) throws -> [UInt8] { try number(d) }
    static func scalar<I: FixedWidthInteger>(_ i: I) -> [UInt8] { Array(String(i).utf8) }

    static func indent(_ level: Int, into out: inout [UInt8]) {
        for _ in 0..<(2 * level) { out.append(0x20) }
    }
}

/// What one value asked for: a single value, an object or an array (members already written).
private final class NodeEncoder: Encoder {
    enum Content {
        case none
        case single([UInt8])
        case object([String: [UInt8]])
        case array([[UInt8]])
    }

    let level: Int
    var content = Content.none
    /// Set when the value asked for what this encoder does not write (a nested container, a
    /// super encoder): `finish` then gives up.
    var failed = false
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(level: Int) { self.level = level }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .none = content { content = .object([:]) }
        return KeyedEncodingContainer(KeyedContainer<Key>(node: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .none = content { content = .array([]) }
        return UnkeyedContainer(node: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleContainer(node: self) }

    func set(_ key: String, _ bytes: [UInt8]) throws {
        guard case .object(var members) = content else { throw PrettyJSONEncoder.Unsupported() }
        content = .none  // one reference to the dictionary while it grows
        members[key] = bytes
        content = .object(members)
    }

    func append(_ bytes: [UInt8]) throws {
        guard case .array(var items) = content else { throw PrettyJSONEncoder.Unsupported() }
        content = .none
        items.append(bytes)
        content = .array(items)
    }

    func finish() throws -> [UInt8] {
        if failed { throw PrettyJSONEncoder.Unsupported() }
        var out: [UInt8] = []
        switch content {
        case .none: throw PrettyJSONEncoder.Unsupported()
        case .single(let bytes): return bytes
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            out.append(0x0A)
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (i, key) in keys.enumerated() {
                if i > 0 {
                    out.append(UInt8(ascii: ","))
                    out.append(0x0A)
                }
                PrettyJSONEncoder.indent(level + 1, into: &out)
                out.append(contentsOf: PrettyJSONEncoder.quoted(key))
                out.append(contentsOf: [0x20, UInt8(ascii: ":"), 0x20])
                out.append(contentsOf: members[key]!)
            }
            out.append(0x0A)
            PrettyJSONEncoder.indent(level, into: &out)
            out.append(UInt8(ascii: "}"))
        case .array(let items):
            out.append(UInt8(ascii: "["))
            out.append(0x0A)
            for (i, item) in items.enumerated() {
                if i > 0 {
                    out.append(UInt8(ascii: ","))
                    out.append(0x0A)
                }
                PrettyJSONEncoder.indent(level + 1, into: &out)
                out.append(contentsOf: item)
            }
            out.append(0x0A)
            PrettyJSONEncoder.indent(level, into: &out)
            out.append(UInt8(ascii: "]"))
        }
        return out
    }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: NodeEncoder
    var codingPath: [any CodingKey] { [] }

    private func put<T: Encodable>(_ value: T, _ key: Key) throws {
        try node.set(key.stringValue, PrettyJSONEncoder.bytes(of: value, level: node.level + 1))
    }

    mutating func encodeNil(forKey key: Key) throws { try node.set(key.stringValue, Array("null".utf8)) }
    mutating func encode(_ value: Bool, forKey key: Key) throws {
        try node.set(key.stringValue, PrettyJSONEncoder.scalar(value))
    }
    mutating func encode(_ value: String, forKey key: Key) throws {
        try node.set(key.stringValue, PrettyJSONEncoder.quoted(value))
    }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        try node.set(key.stringValue, PrettyJSONEncoder.scalar(value))
    }
    mutating func encode(_ value: Float, forKey key: Key) throws { throw PrettyJSONEncoder.Unsupported() }
    mutating func encode(_ value: Int, forKey key: Key) throws {
        try node.set(key.stringValue, PrettyJSONEncoder.scalar(value))
    }
    mutating func encode(_ value: Int8, forKey key: Key) throws {
        try node.set(key.stringValue, PrettyJSONEncoder.scalar(value))
    }
    mutating func encode(_ value: Int16, forKey key: Key) throws {
        try node.set(key.stringValue, PrettyJSONEncoder.scalar(value))
    }
    mutating func encode(_ value: Int32, forKey key: Key) throws {
        try node.set(key.stringValue, PrettyJSONEncoder.scalar(value))
    }
    mutating func encode(_ value: Int64, forKey key: Key) throws {
        try node.set(key.stringValue, PrettyJSONEncoder.scalar(value))
    }
    mutating func encode(_ value: UInt, forKey key: Key) throws {
        try node.set(key.stringValue, PrettyJSONEncoder.scalar(value))
    }
    mutating func encode(_ value: UInt8, forKey key: Key) throws {
        try node.set(key.stringValue, PrettyJSONEncoder.scalar(value))
    }
    mutating func encode(_ value: UInt16, forKey key: Key) throws {
        try node.set(key.stringValue, PrettyJSONEncoder.scalar(value))
    }
    mutating func encode(_ value: UInt32, forKey key: Key) throws {
        try node.set(key.stringValue, PrettyJSONEncoder.scalar(value))
    }
    mutating func encode(_ value: UInt64, forKey key: Key) throws {
        try node.set(key.stringValue, PrettyJSONEncoder.scalar(value))
    }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try put(value, key) }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        node.failed = true
        return NodeEncoder(level: 0).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        node.failed = true
        return NodeEncoder(level: 0).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        node.failed = true
        return NodeEncoder(level: 0)
    }
    mutating func superEncoder(forKey key: Key) -> any Encoder {
        node.failed = true
        return NodeEncoder(level: 0)
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let node: NodeEncoder
    var codingPath: [any CodingKey] { [] }
    var count: Int {
        if case .array(let items) = node.content { return items.count }
        return 0
    }

    mutating func encodeNil() throws { try node.append(Array("null".utf8)) }
    mutating func encode(_ value: Bool) throws { try node.append(PrettyJSONEncoder.scalar(value)) }
    mutating func encode(_ value: Double) throws { try node.append(PrettyJSONEncoder.scalar(value)) }
    mutating func encode(_ value: Int) throws { try node.append(PrettyJSONEncoder.scalar(value)) }
    mutating func encode(_ value: Int8) throws { try node.append(PrettyJSONEncoder.scalar(value)) }
    mutating func encode(_ value: Int16) throws { try node.append(PrettyJSONEncoder.scalar(value)) }
    mutating func encode(_ value: Int32) throws { try node.append(PrettyJSONEncoder.scalar(value)) }
    mutating func encode(_ value: Int64) throws { try node.append(PrettyJSONEncoder.scalar(value)) }
    mutating func encode(_ value: UInt) throws { try node.append(PrettyJSONEncoder.scalar(value)) }
    mutating func encode(_ value: UInt8) throws { try node.append(PrettyJSONEncoder.scalar(value)) }
    mutating func encode(_ value: UInt16) throws { try node.append(PrettyJSONEncoder.scalar(value)) }
    mutating func encode(_ value: UInt32) throws { try node.append(PrettyJSONEncoder.scalar(value)) }
    mutating func encode(_ value: UInt64) throws { try node.append(PrettyJSONEncoder.scalar(value)) }
    mutating func encode(_ value: Float) throws { throw PrettyJSONEncoder.Unsupported() }
    mutating func encode(_ value: String) throws { try node.append(PrettyJSONEncoder.quoted(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try node.append(PrettyJSONEncoder.bytes(of: value, level: node.level + 1))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        node.failed = true
        return NodeEncoder(level: 0).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        node.failed = true
        return NodeEncoder(level: 0).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        node.failed = true
        return NodeEncoder(level: 0)
    }
}

/// A value written as one scalar (an enum's raw value) or as another value (a wrapper).
private struct SingleContainer: SingleValueEncodingContainer {
    let node: NodeEncoder
    var codingPath: [any CodingKey] { [] }

    private func put(_ bytes: [UInt8]) throws {
        guard case .none = node.content else { throw PrettyJSONEncoder.Unsupported() }
        node.content = .single(bytes)
    }

    mutating func encodeNil() throws { try put(Array("null".utf8)) }
    mutating func encode(_ value: Bool) throws { try put(PrettyJSONEncoder.scalar(value)) }
    mutating func encode(_ value: Double) throws { try put(PrettyJSONEncoder.scalar(value)) }
    mutating func encode(_ value: Int) throws { try put(PrettyJSONEncoder.scalar(value)) }
    mutating func encode(_ value: Int8) throws { try put(PrettyJSONEncoder.scalar(value)) }
    mutating func encode(_ value: Int16) throws { try put(PrettyJSONEncoder.scalar(value)) }
    mutating func encode(_ value: Int32) throws { try put(PrettyJSONEncoder.scalar(value)) }
    mutating func encode(_ value: Int64) throws { try put(PrettyJSONEncoder.scalar(value)) }
    mutating func encode(_ value: UInt) throws { try put(PrettyJSONEncoder.scalar(value)) }
    mutating func encode(_ value: UInt8) throws { try put(PrettyJSONEncoder.scalar(value)) }
    mutating func encode(_ value: UInt16) throws { try put(PrettyJSONEncoder.scalar(value)) }
    mutating func encode(_ value: UInt32) throws { try put(PrettyJSONEncoder.scalar(value)) }
    mutating func encode(_ value: UInt64) throws { try put(PrettyJSONEncoder.scalar(value)) }
    mutating func encode(_ value: Float) throws { throw PrettyJSONEncoder.Unsupported() }
    mutating func encode(_ value: String) throws { try put(PrettyJSONEncoder.quoted(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        try put(PrettyJSONEncoder.bytes(of: value, level: node.level))
    }
}
