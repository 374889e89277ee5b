import Foundation
import Geolocation
import ResidencyCore
import TestSupport
import Testing

/// MaxMind's own `mmdblookup` (Debian mmdb-bin) reads what MMDBWriter writes, every data type and
/// the metadata included. Runs when mmdblookup is on the PATH.
@Suite(.enabled(if: onPath("mmdblookup") != nil, "mmdblookup (mmdb-bin) is not installed"))
struct MMDBLookupInteropTests {
    /// What mmdblookup prints, as a tree: maps, arrays, and scalars as (text, type).
    indirect enum Dumped: Equatable {
        case map([String: Dumped])
        case array([Dumped])
        case scalar(String, String)
    }

    static func parse(_ lines: inout ArraySlice<String>) -> Dumped? {
        guard let line = lines.popFirst() else { return nil }
        if line == "{" {
            var map: [String: Dumped] = [:]
            while let next = lines.first, next != "}" {
                lines.removeFirst()
                let key = String(next.dropFirst().dropLast(2))  // "key":
                guard let value = parse(&lines) else { return nil }
                map[key] = value
            }
            _ = lines.popFirst()
            return .map(map)
        }
        if line == "[" {
            var items: [Dumped] = []
            while let next = lines.first, next != "]" {
                guard let value = parse(&lines) else { return nil }
                items.append(value)
            }
            _ = lines.popFirst()
            return .array(items)
        }
        guard let open = line.range(of: " <", options: .backwards) else { return nil }
        return .scalar(String(line[..<open.lowerBound]), String(line[open.upperBound...].dropLast()))
    }

    static func expected(_ value: MMDBValue) -> Dumped {
        switch value {
        case .map(let m): .map(m.mapValues(expected))
        case .array(let a): .array(a.map(expected))
        case .string(let s): .scalar("\"\(s)\"", "utf8_string")
        case .double(let d): .scalar(String(format: "%f", d), "double")
        case .float(let f): .scalar(String(format: "%f", Double(f)), "float")
        case .uint16(let v): .scalar("\(v)", "uint16")
        case .uint32(let v): .scalar("\(v)", "uint32")
        case .uint64(let v): .scalar("\(v)", "uint64")
        case .uint128(let v):
            .scalar("0x" + String(format: "%016llX%016llX", UInt64(v >> 64), UInt64(truncatingIfNeeded: v)), "uint128")
        case .int32(let v): .scalar("\(v)", "int32")
        case .boolean(let b): .scalar(b ? "true" : "false", "boolean")
        }
    }

    static let everyType: MMDBValue = .map([
        "country": .map(["iso_code": .string("NO")]),
        "city": .map(["names": .map(["en": .string("Tromsø"), "ja": .string("トロムソ")])]),
        "location": .map(["latitude": .double(69.6492), "longitude": .double(18.9553), "accuracy_radius": .uint16(5)]),
        "autonomous_system_number": .uint32(4_200_000_000),
        "autonomous_system_organization": .string(String(repeating: "long organisation name ", count: 20)),
        "big": .uint64(18_000_000_000_000_000_000),
        "huge": .uint128(UInt128(0x0123_4567_89AB_CDEF) << 64 | 0xFEDC_BA98_7654_3210),
        "zero": .uint64(0),
        "negative": .int32(-123_456),
        "positive": .int32(77),
        "ratio": .float(0.5),
        "flags": .array([.boolean(true), .boolean(false), .string("NO"), .array([])]),
        "empty": .map([:]),
        "provider": .string("nordic-hosting"),
    ])

    static let secondRecord: MMDBValue = .map([
        "country": .map(["iso_code": .string("NO")]),  // shared: written once, then pointed at
        "provider": .string("nordic-hosting"),
        "autonomous_system_number": .uint32(64500),
        "text": .string(String(repeating: "x", count: 70_000)),  // the 3-byte size encoding
    ])

    @Test(arguments: [24, 28, 32])
    func mmdblookupReadsEveryRecordAndTheMetadata(recordSize: Int) throws {
        let dir = TemporaryDirectory()
        var writer = MMDBWriter(
            databaseType: "residency-interop", description: ["en": "interop test", "nb": "samvirketest"],
            languages: ["en", "nb"], recordSize: recordSize,
            buildDate: Date(timeIntervalSince1970: 1_700_000_000))
        try writer.add(IPNetwork("192.0.2.0/24")!, value: Self.everyType)
        try writer.add(IPNetwork("2001:db8::/32")!, value: Self.secondRecord)
        try writer.add(IPNetwork("10.0.0.0/8")!, value: Self.secondRecord)
        let url = dir.url.appendingPathComponent("interop.mmdb")
        try writer.write(to: url)

        for (address, value, prefix) in [
            ("192.0.2.9", Self.everyType, 120), ("2001:db8::1", Self.secondRecord, 32),
            ("10.1.2.3", Self.secondRecord, 104), ("::ffff:10.1.2.3", Self.secondRecord, 104),
        ] {
            let result = try run(onPath("mmdblookup")!, ["--file", url.path, "--ip", address, "--verbose"])
            #expect(result.status == 0, "\(result.err)")
            let lines = result.out.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty
            }
            guard let start = lines.firstIndex(of: "{") else {
                Issue.record("no record in mmdblookup output: \(result.out)")
                continue
            }
            var slice = lines[start...]
            #expect(Self.parse(&slice) == Self.expected(value), "\(address)")
            #expect(lines.contains("Record prefix length: \(prefix)"), "\(address)")
            let metadata = Set(
                lines.map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") })
            for line in [
                "Node count: \(try MaxMindDatabase(path: url.path).metadata.nodeCount)",
                "Record size: \(recordSize) bits", "IP version: IPv6", "Binary format: 2.0",
                "Type: residency-interop", "Languages: en nb", "en: interop test", "nb: samvirketest",
            ] {
                #expect(metadata.contains(line), "\(line) missing in \(result.out)")
            }
            #expect(metadata.contains { $0.hasPrefix("Build epoch: 1700000000") })
        }
        let miss = try run(onPath("mmdblookup")!, ["--file", url.path, "--ip", "8.8.8.8"])
        #expect((miss.out + miss.err).contains("Could not find an entry"), "\(miss.out) \(miss.err)")
    }

    /// The same database read through our reader agrees with mmdblookup on the GeoIP2 fields.
    @Test func readerAgrees() throws {
        let dir = TemporaryDirectory()
        var writer = MMDBWriter(databaseType: "residency-interop")
        try writer.add(IPNetwork("192.0.2.0/24")!, value: Self.everyType)
        let url = dir.url.appendingPathComponent("interop.mmdb")
        try writer.write(to: url)
        let match = try #require(try MaxMindDatabase(path: url.path).lookup(IPAddress("192.0.2.200")!))
        #expect(match.network == IPNetwork("192.0.2.0/24"))
        #expect(
            match.record
                == GeoRecord(
                    country: "NO", city: "Tromsø", latitude: 69.6492, longitude: 18.9553,
                    accuracyRadius: 5, asn: 4_200_000_000,
                    asOrganization: String(repeating: "long organisation name ", count: 20),
                    provider: "nordic-hosting"))
    }
}
