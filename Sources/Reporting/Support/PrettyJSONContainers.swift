import Foundation

// `Encoder` and its containers for `PrettyJSONWriter`: each says which frame it writes to, the
// writer does the rest. Structs, so handing them out allocates nothing beyond what `Codable`
// itself boxes.

/// The encoder one value is handed: where in the writer its frame is.
struct PrettyJSONNodeEncoder: Encoder {
    let writer: PrettyJSONWriter
    let frame: Int
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        // A failure is remembered by the writer and ends the value when it returns.
        try? writer.open(frame, as: .object)
        return KeyedEncodingContainer(PrettyJSONKeyedContainer<Key>(writer: writer, frame: frame))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        try? writer.open(frame, as: .array)
        return PrettyJSONUnkeyedContainer(writer: writer, frame: frame)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        PrettyJSONSingleContainer(writer: writer, frame: frame)
    }
}

/// A value's object: each member written where the writer stands, sorted when the value is done.
struct PrettyJSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: PrettyJSONWriter
    let frame: Int
    var codingPath: [any CodingKey] { [] }

    @inline(__always)
    private func member(_ key: Key, _ write: (PrettyJSONWriter) throws -> Void) throws {
        let m = try writer.beginMember(frame, key: key.stringValue)
        try write(writer)
        writer.endMember(m)
    }

    mutating func encodeNil(forKey key: Key) throws { try member(key) { $0.writeNull() } }
    mutating func encode(_ value: Bool, forKey key: Key) throws { try member(key) { $0.writeBool(value) } }
    mutating func encode(_ value: String, forKey key: Key) throws { try member(key) { $0.writeQuoted(value) } }
    mutating func encode(_ value: Double, forKey key: Key) throws { try member(key) { try $0.writeDouble(value) } }
    mutating func encode(_ value: Float, forKey key: Key) throws { throw writer.unsupported() }
    mutating func encode(_ value: Int, forKey key: Key) throws { try member(key) { $0.writeInt(value) } }
    mutating func encode(_ value: Int8, forKey key: Key) throws { try member(key) { $0.writeInteger(value) } }
    mutating func encode(_ value: Int16, forKey key: Key) throws { try member(key) { $0.writeInteger(value) } }
    mutating func encode(_ value: Int32, forKey key: Key) throws { try member(key) { $0.writeInteger(value) } }
    mutating func encode(_ value: Int64, forKey key: Key) throws { try member(key) { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt, forKey key: Key) throws { try member(key) { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { try member(key) { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { try member(key) { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { try member(key) { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { try member(key) { $0.writeInteger(value) } }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        let level = writer.level(frame) + 1
        try member(key) { try $0.write(value, level: level) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        _ = writer.unsupported()
        return PrettyJSONNodeEncoder.discarded.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        _ = writer.unsupported()
        return PrettyJSONNodeEncoder.discarded.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        _ = writer.unsupported()
        return PrettyJSONNodeEncoder.discarded
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        _ = writer.unsupported()
        return PrettyJSONNodeEncoder.discarded
    }
}

extension PrettyJSONNodeEncoder {
    /// Where a value that has already failed writes the rest of itself: a writer of its own,
    /// thrown away (it has no open frame, so every write there fails too).
    static var discarded: PrettyJSONNodeEncoder { PrettyJSONNodeEncoder(writer: PrettyJSONWriter(capacity: 0), frame: 0) }
}

/// A value's array: each item written where the writer stands.
struct PrettyJSONUnkeyedContainer: UnkeyedEncodingContainer {
    let writer: PrettyJSONWriter
    let frame: Int
    var codingPath: [any CodingKey] { [] }
    var count: Int { writer.itemCount(frame) }

    @inline(__always)
    private func item(_ write: (PrettyJSONWriter) throws -> Void) throws {
        try writer.beginItem(frame)
        try write(writer)
    }

    mutating func encodeNil() throws { try item { $0.writeNull() } }
    mutating func encode(_ value: Bool) throws { try item { $0.writeBool(value) } }
    mutating func encode(_ value: Double) throws { try item { try $0.writeDouble(value) } }
    mutating func encode(_ value: Int) throws { try item { $0.writeInt(value) } }
    mutating func encode(_ value: Int8) throws { try item { $0.writeInteger(value) } }
    mutating func encode(_ value: Int16) throws { try item { $0.writeInteger(value) } }
    mutating func encode(_ value: Int32) throws { try item { $0.writeInteger(value) } }
    mutating func encode(_ value: Int64) throws { try item { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt) throws { try item { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt8) throws { try item { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt16) throws { try item { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt32) throws { try item { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt64) throws { try item { $0.writeInteger(value) } }
    mutating func encode(_ value: Float) throws { throw writer.unsupported() }
    mutating func encode(_ value: String) throws { try item { $0.writeQuoted(value) } }
    mutating func encode<T: Encodable>(_ value: T) throws {
        let level = writer.level(frame) + 1
        try item { try $0.write(value, level: level) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        _ = writer.unsupported()
        return PrettyJSONNodeEncoder.discarded.container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        _ = writer.unsupported()
        return PrettyJSONNodeEncoder.discarded.unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        _ = writer.unsupported()
        return PrettyJSONNodeEncoder.discarded
    }
}

/// A value written as one scalar (an enum's raw value) or as another value (a wrapper), in
/// the place its own value stands.
struct PrettyJSONSingleContainer: SingleValueEncodingContainer {
    let writer: PrettyJSONWriter
    let frame: Int
    var codingPath: [any CodingKey] { [] }

    @inline(__always)
    private func value(_ write: (PrettyJSONWriter) throws -> Void) throws {
        try writer.beginSingle(frame)
        try write(writer)
    }

    mutating func encodeNil() throws { try value { $0.writeNull() } }
    mutating func encode(_ value: Bool) throws { try self.value { $0.writeBool(value) } }
    mutating func encode(_ value: Double) throws { try self.value { try $0.writeDouble(value) } }
    mutating func encode(_ value: Int) throws { try self.value { $0.writeInt(value) } }
    mutating func encode(_ value: Int8) throws { try self.value { $0.writeInteger(value) } }
    mutating func encode(_ value: Int16) throws { try self.value { $0.writeInteger(value) } }
    mutating func encode(_ value: Int32) throws { try self.value { $0.writeInteger(value) } }
    mutating func encode(_ value: Int64) throws { try self.value { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt) throws { try self.value { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt8) throws { try self.value { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt16) throws { try self.value { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt32) throws { try self.value { $0.writeInteger(value) } }
    mutating func encode(_ value: UInt64) throws { try self.value { $0.writeInteger(value) } }
    mutating func encode(_ value: Float) throws { throw writer.unsupported() }
    mutating func encode(_ value: String) throws { try self.value { $0.writeQuoted(value) } }
    mutating func encode<T: Encodable>(_ value: T) throws {
        let level = writer.level(frame)
        try self.value { try $0.write(value, level: level) }
    }
}
