internal import CMaxMindDB
import Foundation
import ResidencyCore

/// One MaxMind DB file opened through libmaxminddb (memory-mapped). Lookups only read the
/// mapping, so one instance serves a whole task group; entries never outlive the handle because
/// every value is copied out into Swift before a lookup returns.
public final class MaxMindDatabase: @unchecked Sendable {
    public let path: String
    public let metadata: DatabaseMetadata
    private let handle: UnsafeMutablePointer<MMDB_s>

    public init(path: String) throws(GeolocationError) {
        // Open into a local and keep it only on success: MMDB_open frees what it allocated on
        // failure, so closing a failed handle again would double-free.
        let local = UnsafeMutablePointer<MMDB_s>.allocate(capacity: 1)
        local.initialize(to: MMDB_s())
        let status = MMDB_open(path, UInt32(MMDB_MODE_MMAP), local)
        guard status == MMDB_SUCCESS else {
            let savedErrno = errno
            local.deallocate()
            var reason = String(cString: MMDB_strerror(status))
            if status == MMDB_IO_ERROR || status == MMDB_FILE_OPEN_ERROR {
                reason += ": " + String(cString: strerror(savedErrno))
            }
            throw .cannotOpen(path: path, reason: reason)
        }
        handle = local
        self.path = path
        metadata = Self.readMetadata(local.pointee.metadata)
    }

    deinit {
        MMDB_close(handle)
        handle.deallocate()
    }

    // Metadata strings are NUL-terminated copies that libmaxminddb made at open.
    private static func readMetadata(_ m: MMDB_metadata_s) -> DatabaseMetadata {
        var languages: [String] = []
        for i in 0..<m.languages.count {
            if let name = m.languages.names[i] { languages.append(String(cString: name)) }
        }
        var description: [String: String] = [:]
        for i in 0..<m.description.count {
            if let d = m.description.descriptions[i], let lang = d.pointee.language, let text = d.pointee.description {
                description[String(cString: lang)] = String(cString: text)
            }
        }
        return DatabaseMetadata(
            databaseType: m.database_type.map { String(cString: $0) } ?? "",
            buildDate: Date(timeIntervalSince1970: TimeInterval(m.build_epoch)),
            ipVersion: Int(m.ip_version), languages: languages, description: description,
            nodeCount: Int(m.node_count), recordSize: Int(m.record_size),
            binaryFormatVersion: "\(m.binary_format_major_version).\(m.binary_format_minor_version)")
    }

    /// The record of the longest prefix holding `address`, or nil when no network does.
    public func lookup(_ address: IPAddress) throws(GeolocationError) -> GeoMatch? {
        guard var result = try rawLookup(address) else { return nil }
        var record = GeoRecord()
        record.country = try countryCode(&result.entry, .country, address)
        record.registeredCountry = try countryCode(&result.entry, .registeredCountry, address)
        record.continent = try countryCode(&result.entry, .continent, address)
        record.city = try string(&result.entry, .city, address)
        record.latitude = try number(&result.entry, .latitude, address, in: ValueRanges.latitude)
        record.longitude = try number(&result.entry, .longitude, address, in: ValueRanges.longitude)
        record.accuracyRadius = try number(
            &result.entry, .accuracyRadius, address, in: ValueRanges.accuracyRadiusKm, whole: true
        ).map { Int($0) }
        record.asn = try number(&result.entry, .asn, address, in: ValueRanges.asn, whole: true).map { UInt32($0) }
        record.asOrganization = try string(&result.entry, .asOrganization, address)
        record.provider = try string(&result.entry, .provider, address)
        var prefix = Int(result.netmask)
        if address.family == .v4 && metadata.ipVersion == 6 { prefix = max(0, prefix - 96) }
        let network = IPNetwork(address: address, prefixLength: min(prefix, address.bitWidth))!
        return GeoMatch(network: network, record: record)
    }

    /// The country ISO code alone: the hot path of an audit and of `scripts/bench-geo`.
    public func countryCode(_ address: IPAddress) throws(GeolocationError) -> String? {
        guard var result = try rawLookup(address) else { return nil }
        var data = MMDB_entry_data_s()
        let status = MMDB_aget_value(&result.entry, &data, LookupPath.country.pointer)
        if status == MMDB_LOOKUP_PATH_DOES_NOT_MATCH_DATA_ERROR { return nil }
        guard status == MMDB_SUCCESS else {
            throw .lookupFailed(
                path: path, address: address.description, reason: String(cString: MMDB_strerror(status)))
        }
        guard data.has_data, data.type == UInt32(MMDB_DATA_TYPE_UTF8_STRING), let start = data.utf8_string else {
            return nil
        }
        return isoCode(start, Int(data.data_size), LookupPath.country)
    }

    /// "AA"..."ZZ", made once: ISO codes are most of what an audit reads.
    private static let isoCodes: [String] = (0..<676).map { (index: Int) -> String in
        let bytes: [UInt8] = [UInt8(65 + index / 26), UInt8(65 + index % 26)]
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A string of the data section (not NUL-terminated: `count` bytes).
    private static func decode(_ start: UnsafePointer<CChar>, _ count: Int) -> String {
        return start.withMemoryRebound(to: UInt8.self, capacity: count) {
            String(decoding: UnsafeBufferPointer(start: $0, count: count), as: UTF8.self)
        }
    }

    /// Looks a textual address up through libmaxminddb's own parser (getaddrinfo), keeping its
    /// `gai_error` (the text) apart from its `mmdb_error` (the database).
    public func lookup(string text: String) throws(GeolocationError) -> GeoMatch? {
        var gaiError: Int32 = 0
        var mmdbError: Int32 = 0
        _ = MMDB_lookup_string(handle, text, &gaiError, &mmdbError)
        if gaiError != 0 { throw .invalidAddress(text, reason: String(cString: gai_strerror(gaiError))) }
        if mmdbError == MMDB_IPV6_LOOKUP_IN_IPV4_DATABASE_ERROR { throw .ipv6InIPv4Database(path: path, address: text) }
        if mmdbError != MMDB_SUCCESS {
            throw .lookupFailed(path: path, address: text, reason: String(cString: MMDB_strerror(mmdbError)))
        }
        guard let address = IPAddress(text) else { throw .invalidAddress(text, reason: "not a numeric address") }
        return try lookup(address)
    }

    private func rawLookup(_ address: IPAddress) throws(GeolocationError) -> MMDB_lookup_result_s? {
        var mmdbError: Int32 = 0
        let result: MMDB_lookup_result_s
        switch address.family {
        case .v4:
            var sa = sockaddr_in()
            sa.sin_family = sa_family_t(AF_INET)
            sa.sin_addr.s_addr = UInt32(truncatingIfNeeded: address.value).bigEndian
            result = withUnsafePointer(to: &sa) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { MMDB_lookup_sockaddr(handle, $0, &mmdbError) }
            }
        case .v6:
            var sa = sockaddr_in6()
            sa.sin6_family = sa_family_t(AF_INET6)
            withUnsafeMutableBytes(of: &sa.sin6_addr) {
                $0.storeBytes(
                    of: UInt64(truncatingIfNeeded: address.value >> 64).bigEndian, toByteOffset: 0, as: UInt64.self)
                $0.storeBytes(of: UInt64(truncatingIfNeeded: address.value).bigEndian, toByteOffset: 8, as: UInt64.self)
            }
            result = withUnsafePointer(to: &sa) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { MMDB_lookup_sockaddr(handle, $0, &mmdbError) }
            }
        }
        if mmdbError == MMDB_IPV6_LOOKUP_IN_IPV4_DATABASE_ERROR {
            throw .ipv6InIPv4Database(path: path, address: address.description)
        }
        guard mmdbError == MMDB_SUCCESS else {
            throw .lookupFailed(
                path: path, address: address.description, reason: String(cString: MMDB_strerror(mmdbError)))
        }
        return result.found_entry ? result : nil
    }

    /// The value at `path`, nil when the record has no such key or a value of another shape there.
    private func value(
        _ entry: inout MMDB_entry_s, _ path: LookupPath, _ address: IPAddress
    ) throws(GeolocationError) -> MMDB_entry_data_s? {
        var data = MMDB_entry_data_s()
        let status = MMDB_aget_value(&entry, &data, path.pointer)
        if status == MMDB_LOOKUP_PATH_DOES_NOT_MATCH_DATA_ERROR { return nil }
        guard status == MMDB_SUCCESS else {
            throw .lookupFailed(
                path: self.path, address: address.description, reason: String(cString: MMDB_strerror(status)))
        }
        return data.has_data ? data : nil
    }

    private func string(
        _ entry: inout MMDB_entry_s, _ path: LookupPath, _ address: IPAddress
    ) throws(GeolocationError) -> String? {
        guard let data = try value(&entry, path, address), data.type == UInt32(MMDB_DATA_TYPE_UTF8_STRING),
            let start = data.utf8_string
        else { return nil }
        // Not NUL-terminated: the length is data_size.
        return Self.decode(start, Int(data.data_size))
    }

    /// A country or continent code: two capital letters, else nil and one warning for the database
    /// (a code that is not one would otherwise reach reports and the policy as a "country").
    private func countryCode(
        _ entry: inout MMDB_entry_s, _ path: LookupPath, _ address: IPAddress
    ) throws(GeolocationError) -> String? {
        guard let data = try value(&entry, path, address) else { return nil }
        guard data.type == UInt32(MMDB_DATA_TYPE_UTF8_STRING), let start = data.utf8_string else {
            warn("\(path.name) is not a string; treated as unknown")
            return nil
        }
        return isoCode(start, Int(data.data_size), path)
    }

    private func isoCode(_ start: UnsafePointer<CChar>, _ count: Int, _ path: LookupPath) -> String? {
        if count == 2 {
            let a = Int(start[0]) - 65
            let b = Int(start[1]) - 65
            if a >= 0, a < 26, b >= 0, b < 26 { return Self.isoCodes[a * 26 + b] }
        }
        warn("\(path.name) holds a value that is not a two-letter code ([A-Z]{2}); treated as unknown")
        return nil
    }

    /// A number within `range` (and whole when asked). NaN, infinities, values out of range and
    /// values of another type reject the database: a coordinate or radius that cannot be true
    /// means nothing else in the file can be trusted either, and `Int(Double)` would trap on it.
    private func number(
        _ entry: inout MMDB_entry_s, _ path: LookupPath, _ address: IPAddress,
        in range: ClosedRange<Double>, whole: Bool = false
    ) throws(GeolocationError) -> Double? {
        guard let data = try value(&entry, path, address) else { return nil }
        let v: Double
        switch Int32(data.type) {
        case MMDB_DATA_TYPE_DOUBLE: v = data.double_value
        case MMDB_DATA_TYPE_FLOAT: v = Double(data.float_value)
        case MMDB_DATA_TYPE_UINT16: v = Double(data.uint16)
        case MMDB_DATA_TYPE_UINT32: v = Double(data.uint32)
        case MMDB_DATA_TYPE_INT32: v = Double(data.int32)
        case MMDB_DATA_TYPE_UINT64: v = Double(data.uint64)
        default:
            throw .invalidValue(path: self.path, address: address.description, field: path.name, reason: "not a number")
        }
        guard v.isFinite, range.contains(v) else {
            throw .invalidValue(
                path: self.path, address: address.description, field: path.name,
                reason: "\(v), outside \(Self.format(range.lowerBound))...\(Self.format(range.upperBound))")
        }
        guard !whole || v == v.rounded() else {
            throw .invalidValue(
                path: self.path, address: address.description, field: path.name, reason: "\(v), not a whole number")
        }
        return v
    }

    private static func format(_ d: Double) -> String {
        d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
    }

    // MARK: - Warnings

    private let warningLock = NSLock()
    private var warningSet: [String] = []

    /// Values the lookups ignored (a country code that is not one), once each, naming the file.
    public var warnings: [String] {
        warningLock.withLock { warningSet.map { "\(path): \($0)" } }
    }

    private func warn(_ message: String) {
        warningLock.withLock { if !warningSet.contains(message) { warningSet.append(message) } }
    }

    /// Networks that carry data, walking the search tree once (aliased subtrees counted once).
    public func networkCount() throws(GeolocationError) -> Int {
        let nodeCount = Int(handle.pointee.metadata.node_count)
        var visited = [Bool](repeating: false, count: nodeCount)
        var stack: [UInt32] = [0]
        var count = 0
        var node = MMDB_search_node_s()
        while let current = stack.popLast() {
            guard Int(current) < nodeCount, !visited[Int(current)] else { continue }
            visited[Int(current)] = true
            let status = MMDB_read_node(handle, current, &node)
            guard status == MMDB_SUCCESS else {
                throw .cannotOpen(path: path, reason: String(cString: MMDB_strerror(status)))
            }
            for (record, type) in [
                (node.left_record, node.left_record_type), (node.right_record, node.right_record_type),
            ] {
                switch Int32(type) {
                case MMDB_RECORD_TYPE_SEARCH_NODE: stack.append(UInt32(record))
                case MMDB_RECORD_TYPE_DATA: count += 1
                case MMDB_RECORD_TYPE_INVALID:
                    throw .cannotOpen(path: path, reason: "invalid record in node \(current)")
                default: break
                }
            }
        }
        return count
    }
}
