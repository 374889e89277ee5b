import Foundation
import ResidencyCore

/// Reads the range files of Debian's `tor-geoipdb` (`/usr/share/tor/geoip`: `start,end,CC` with
/// decimal IPv4; `geoip6`: the same with textual IPv6). They are an export of the IPFire Location
/// database (CC BY-SA 4.0, https://location.ipfire.org/), refreshed with each Debian update.
/// `??` (unknown) ranges are skipped; every other range becomes its minimal CIDR cover.
public enum TorGeoIPImport {
    public struct Range: Equatable, Sendable {
        public var first: IPAddress
        public var last: IPAddress
        public var country: String
    }

    public static func ranges(path: String) throws(GeolocationError) -> [Range] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .invalidSource(path: path, line: nil, message: "cannot read the file")
        }
        return try ranges(bytes: [UInt8](data), path: path)
    }

    public static func ranges(bytes: [UInt8], path: String) throws(GeolocationError) -> [Range] {
        var result: [Range] = []
        var lineNumber = 0
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            lineNumber += 1
            var line = bytes[start..<end]
            start = end + 1
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            let fields = line.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
            guard fields.count == 3 else {
                throw .invalidSource(path: path, line: lineNumber, message: "expected start,end,CC")
            }
            let code = String(decoding: fields[2], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if code == "??" { continue }
            guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                throw .invalidSource(path: path, line: lineNumber, message: "'\(code)' is not a country code")
            }
            guard let first = address(fields[0]), let last = address(fields[1]),
                first.family == last.family, first.value <= last.value
            else {
                throw .invalidSource(path: path, line: lineNumber, message: "not an address range")
            }
            result.append(Range(first: first, last: last, country: code.uppercased()))
        }
        return result
    }

    /// Decimal IPv4 (`16777216`), or textual IPv4/IPv6.
    private static func address(_ field: ArraySlice<UInt8>) -> IPAddress? {
        if !field.isEmpty, field.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), field.count <= 10 {
            var value: UInt64 = 0
            for digit in field { value = value * 10 + UInt64(digit - 0x30) }
            return value <= UInt64(UInt32.max) ? IPAddress(v4: UInt32(value)) : nil
        }
        return IPAddress(String(decoding: field, as: UTF8.self))
    }

    /// Neighbouring ranges of the same country joined, so their cover needs fewer prefixes.
    static func merged(_ ranges: [Range]) -> [Range] {
        var result: [Range] = []
        for range in ranges.sorted(by: { $0.first < $1.first }) {
            if let last = result.last, last.country == range.country, last.last.family == range.first.family,
                last.last.value != .max, last.last.value + 1 == range.first.value
            {
                result[result.count - 1].last = range.last
            } else {
                result.append(range)
            }
        }
        return result
    }

    /// A country database (GeoIP2 Country layout) from the given range files.
    public static func writer(paths: [String], buildDate: Date) throws(GeolocationError) -> MMDBWriter {
        var writer = MMDBWriter(
            databaseType: "residency-tor-geoip-Country",
            description: ["en": "Country data from Debian tor-geoipdb (IPFire Location export, CC BY-SA 4.0)"],
            buildDate: buildDate)
        var countries: [String: Int] = [:]
        for path in paths {
            for range in merged(try ranges(path: path)) {
                let index: Int
                if let known = countries[range.country] {
                    index = known
                } else {
                    index = writer.register(.map(["country": .map(["iso_code": .string(range.country)])]))
                    countries[range.country] = index
                }
                for network in IPNetwork.cover(from: range.first, to: range.last) {
                    do { try writer.add(network, registered: index) } catch {
                        throw .invalidSource(path: path, line: nil, message: error.description)
                    }
                }
            }
        }
        return writer
    }
}
