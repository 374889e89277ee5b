import Foundation
import ResidencyCore

/// Writes MaxMind DB files (MaxMind DB File Format Specification 2.0) in pure Swift: the binary
/// search tree, the 16-byte separator, the data section and the metadata. Where networks overlap,
/// the most specific prefix wins for the addresses it covers; for equal prefixes the last one added wins.
public struct MMDBWriter: Sendable {
    public var databaseType: String
    public var description: [String: String]
    public var languages: [String]
    /// 6 (IPv4 under ::/96, ::ffff:0:0/96 aliased to it) or 4 (IPv4 networks only).
    public var ipVersion: Int
    /// 24, 28 or 32; nil picks the smallest that fits.
    public var recordSize: Int?
    public var buildDate: Date

    private var values: [MMDBValue] = []
    private var valueIndex: [MMDBValue: Int] = [:]
    private var entries: [(network: IPNetwork, value: Int)] = []

    public init(
        databaseType: String, description: [String: String] = [:], languages: [String] = ["en"],
        ipVersion: Int = 6, recordSize: Int? = nil, buildDate: Date = Date()
    ) {
        self.databaseType = databaseType
        self.description = description
        self.languages = languages
        self.ipVersion = ipVersion
        self.recordSize = recordSize
        self.buildDate = buildDate
    }

    /// Registers a record once, for adding many networks that share it (an import of countries).
    public mutating func register(_ value: MMDBValue) -> Int {
        if let known = valueIndex[value] { return known }
        values.append(value)
        valueIndex[value] = values.count - 1
        return values.count - 1
    }

    public mutating func add(_ network: IPNetwork, value: MMDBValue) throws(MMDBWriterError) {
        try add(network, registered: register(value))
    }

    public mutating func add(_ network: IPNetwork, registered index: Int) throws(MMDBWriterError) {
        if ipVersion == 4 && network.address.family == .v6 { throw .ipv6InIPv4Database(network.description) }
        entries.append((network, index))
    }

    public var networkCount: Int { entries.count }

    /// The whole file.
    public func data() throws(MMDBWriterError) -> [UInt8] {
        guard ipVersion == 4 || ipVersion == 6 else { throw .unsupportedIPVersion(ipVersion) }
        if let recordSize, ![24, 28, 32].contains(recordSize) { throw .unsupportedRecordSize(recordSize) }
        var tree = SearchTree(depth: ipVersion == 4 ? 32 : 128)
        // Least specific first (a stable bucket sort by prefix length), so more specific
        // prefixes overwrite what they cover and equal ones keep the order they were added in.
        var buckets = [[Int]](repeating: [], count: 129)
        for (index, entry) in entries.enumerated() { buckets[prefix(entry.network)].append(index) }
        for bucket in buckets {
            for index in bucket {
                let entry = entries[index]
                tree.insert(
                    bits: ipVersion == 4 ? entry.network.address.value : entry.network.treeBits,
                    prefixLength: prefix(entry.network), value: entry.value)
            }
        }
        if ipVersion == 6 { tree.aliasIPv4Mapped() }

        var encoder = MMDBDataEncoder()
        var offsets = [Int](repeating: -1, count: values.count)
        for index in tree.usedValues(valueCount: values.count) { offsets[index] = encoder.offset(of: values[index]) }

        let nodeCount = tree.nodeCount
        let maxRecord = nodeCount + 16 + encoder.bytes.count
        let size: Int
        if let recordSize {
            guard maxRecord < 1 << recordSize else { throw .tooLarge(recordSize) }
            size = recordSize
        } else {
            guard let fit = [24, 28, 32].first(where: { maxRecord < 1 << $0 }) else { throw .tooLarge(32) }
            size = fit
        }

        func record(_ r: SearchTree.Record) -> UInt32 {
            switch r {
            case .empty: return UInt32(nodeCount)
            case .node(let n): return UInt32(n)
            case .data(let v): return UInt32(nodeCount + 16 + offsets[v])
            }
        }
        let nodeBytes = size / 4
        var out = [UInt8](repeating: 0, count: nodeCount * nodeBytes)
        out.withUnsafeMutableBufferPointer { buffer in
            for node in 0..<nodeCount {
                let (l, r) = (record(tree.left(node)), record(tree.right(node)))
                let at = node * nodeBytes
                switch size {
                case 24:
                    buffer[at] = UInt8(truncatingIfNeeded: l >> 16)
                    buffer[at + 1] = UInt8(truncatingIfNeeded: l >> 8)
                    buffer[at + 2] = UInt8(truncatingIfNeeded: l)
                    buffer[at + 3] = UInt8(truncatingIfNeeded: r >> 16)
                    buffer[at + 4] = UInt8(truncatingIfNeeded: r >> 8)
                    buffer[at + 5] = UInt8(truncatingIfNeeded: r)
                case 28:
                    buffer[at] = UInt8(truncatingIfNeeded: l >> 16)
                    buffer[at + 1] = UInt8(truncatingIfNeeded: l >> 8)
                    buffer[at + 2] = UInt8(truncatingIfNeeded: l)
                    // The middle byte holds the top nibble of each record.
                    buffer[at + 3] = UInt8(truncatingIfNeeded: (l >> 24 & 0x0F) << 4 | (r >> 24 & 0x0F))
                    buffer[at + 4] = UInt8(truncatingIfNeeded: r >> 16)
                    buffer[at + 5] = UInt8(truncatingIfNeeded: r >> 8)
                    buffer[at + 6] = UInt8(truncatingIfNeeded: r)
                default:
                    for k in 0..<4 {
                        buffer[at + k] = UInt8(truncatingIfNeeded: l >> UInt32(24 - 8 * k))
                        buffer[at + 4 + k] = UInt8(truncatingIfNeeded: r >> UInt32(24 - 8 * k))
                    }
                }
            }
        }
        out += [UInt8](repeating: 0, count: 16)
        out += encoder.bytes
        out += [0xAB, 0xCD, 0xEF] + Array("MaxMind.com".utf8)
        var meta = MMDBDataEncoder(deduplicate: false)
        _ = meta.offset(
            of: .map([
                "binary_format_major_version": .uint16(2),
                "binary_format_minor_version": .uint16(0),
                "build_epoch": .uint64(UInt64(max(0, buildDate.timeIntervalSince1970))),
                "database_type": .string(databaseType),
                "description": .map(description.mapValues { .string($0) }),
                "ip_version": .uint16(UInt16(ipVersion)),
                "languages": .array(languages.map { .string($0) }),
                "node_count": .uint32(UInt32(nodeCount)),
                "record_size": .uint16(UInt16(size)),
            ]))
        out += meta.bytes
        return out
    }

    /// Writes the file atomically (a temporary beside it, then a rename).
    public func write(to url: URL) throws(MMDBWriterError) {
        let bytes = try data()
        do {
            try Data(bytes).write(to: url, options: .atomic)
        } catch {
            throw .cannotWrite(url.path, error.localizedDescription)
        }
    }

    private func prefix(_ network: IPNetwork) -> Int {
        ipVersion == 4 ? network.prefixLength : network.treePrefixLength
    }
}

public enum MMDBWriterError: Error, Equatable, CustomStringConvertible {
    case ipv6InIPv4Database(String)
    case unsupportedIPVersion(Int)
    case unsupportedRecordSize(Int)
    case tooLarge(Int)
    case cannotWrite(String, String)

    public var description: String {
        switch self {
        case .ipv6InIPv4Database(let n): "\(n): an IPv6 network cannot go into an IPv4 database"
        case .unsupportedIPVersion(let v): "ip_version \(v) is not 4 or 6"
        case .unsupportedRecordSize(let s): "record size \(s) is not 24, 28 or 32"
        case .tooLarge(let s): "the search tree and data do not fit \(s)-bit records"
        case .cannotWrite(let path, let why): "\(path): cannot write (\(why))"
        }
    }
}
