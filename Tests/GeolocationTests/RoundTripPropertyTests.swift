import Foundation
import Geolocation
import PropertyBased
import ResidencyCore
import TestSupport
import Testing

/// Random overlapping networks, written by MMDBWriter and read back through libmaxminddb, give
/// for every probed address exactly the record of the longest matching prefix.
@Suite struct RoundTripPropertyTests {
    struct Entry {
        var network: IPNetwork
        var id: UInt32
    }

    static func randomNetworks(_ rng: inout SplitMix, ipv6: Bool) -> [Entry] {
        // A few anchors so that prefixes nest and overlap instead of scattering.
        let anchors4 = (0..<3).map { _ in UInt32.random(in: 0...UInt32.max, using: &rng) }
        let anchors6 = (0..<3).map { _ in
            UInt128(0x2000 + UInt16.random(in: 0...0xDFFF, using: &rng)) << 112
                | UInt128(UInt64.random(in: 0...UInt64.max, using: &rng)) << 48
                | UInt128(UInt64.random(in: 0...UInt64.max, using: &rng) >> 16)
        }
        let count = Int.random(in: 1...40, using: &rng)
        return (0..<count).map { i in
            let v6 = ipv6 && Bool.random(using: &rng)
            let network: IPNetwork
            if v6 {
                let noise =
                    UInt128(UInt64.random(in: 0...UInt64.max, using: &rng))
                    >> UInt128(Int.random(in: 0...64, using: &rng))
                network = IPNetwork(
                    address: IPAddress(v6: anchors6.randomElement(using: &rng)! ^ noise),
                    prefixLength: Int.random(in: 3...128, using: &rng))!
            } else {
                let noise =
                    UInt32.random(in: 0...UInt32.max, using: &rng) >> UInt32(Int.random(in: 0...32, using: &rng) % 32)
                network = IPNetwork(
                    address: IPAddress(v4: anchors4.randomElement(using: &rng)! ^ noise),
                    prefixLength: Int.random(in: 0...32, using: &rng))!
            }
            return Entry(network: network, id: UInt32(i + 1))
        }
    }

    /// Longest prefix; among equal prefixes the last added.
    static func expected(_ address: IPAddress, _ entries: [Entry]) -> Entry? {
        var best: Entry?
        for entry in entries where entry.network.contains(address) {
            if best == nil || entry.network.prefixLength >= best!.network.prefixLength { best = entry }
        }
        return best
    }

    static func probes(_ entries: [Entry], _ rng: inout SplitMix, ipv6: Bool) -> [IPAddress] {
        var result: [IPAddress] = []
        for e in entries {
            let width = e.network.address.bitWidth
            let hostBits = width - e.network.prefixLength
            let span: UInt128 = hostBits >= 128 ? .max : (UInt128(1) << UInt128(hostBits)) - 1
            let base = e.network.address.value
            let random =
                UInt128(UInt64.random(in: 0...UInt64.max, using: &rng)) << 64
                | UInt128(UInt64.random(in: 0...UInt64.max, using: &rng))
            for v in [base, base | span, base | (random & span), base == 0 ? 0 : base - 1] {
                result.append(
                    e.network.address.family == .v4 ? IPAddress(v4: UInt32(truncatingIfNeeded: v)) : IPAddress(v6: v))
            }
        }
        for _ in 0..<10 { result.append(IPAddress(v4: UInt32.random(in: 0...UInt32.max, using: &rng))) }
        if ipv6 {
            for _ in 0..<10 {
                result.append(IPAddress(v6: UInt128(UInt64.random(in: 0...UInt64.max, using: &rng)) << 64))
            }
        }
        return result
    }

    @Test(arguments: [24, 28, 32])
    func longestPrefixWins(recordSize: Int) async throws {
        await propertyCheck(count: 40, input: Gen.int(in: 0...Int.max), Gen.bool) { seed, ipv6 in
            var rng = SplitMix(seed: UInt64(seed))
            let entries = Self.randomNetworks(&rng, ipv6: ipv6)
            var writer = MMDBWriter(databaseType: "round-trip", ipVersion: ipv6 ? 6 : 4, recordSize: recordSize)
            for e in entries {
                try! writer.add(
                    e.network,
                    value: .map([
                        "autonomous_system_number": .uint32(e.id),
                        "country": .map(["iso_code": .string(e.id % 2 == 0 ? "NO" : "SE")]),
                        "city": .map(["names": .map(["en": .string("city \(e.id % 3)")])]),
                    ]))
            }
            let dir = TemporaryDirectory()
            let url = dir.url.appendingPathComponent("t.mmdb")
            try! writer.write(to: url)
            let db = try! MaxMindDatabase(path: url.path)
            #expect(db.metadata.recordSize == recordSize)
            #expect(db.metadata.ipVersion == (ipv6 ? 6 : 4))
            for address in Self.probes(entries, &rng, ipv6: ipv6) {
                let want = Self.expected(address, entries)
                let got = try! db.lookup(address)
                #expect(got?.record.asn == want?.id, "\(address) in \(entries.map { "\($0.network)=\($0.id)" })")
                if let want, let got {
                    #expect(got.record.country == (want.id % 2 == 0 ? "NO" : "SE"))
                    #expect(got.record.city == "city \(want.id % 3)")
                    #expect(got.network.contains(address) && got.network.prefixLength >= want.network.prefixLength)
                }
                // IPv4-mapped IPv6 addresses reach the same records (::ffff:0:0/96 aliased to ::/96).
                if ipv6, address.family == .v4 {
                    let mapped = IPAddress(v6: UInt128(0xFFFF) << 32 | address.value)
                    #expect(try! db.lookup(mapped)?.record.asn == want?.id, "\(mapped)")
                }
            }
        }
    }

    @Test func rangeCoverIsMinimalAndExact() async {
        await propertyCheck(count: 200, input: Gen.int(in: 0...Int(UInt32.max)), Gen.int(in: 0...70_000)) {
            start, length in
            let first = UInt32(start)
            let last = UInt32(min(Int(UInt32.max), start + length))
            let cover = IPNetwork.cover(from: IPAddress(v4: first), to: IPAddress(v4: last))
            // Contiguous, in order, exactly first...last.
            var next = UInt64(first)
            for network in cover {
                #expect(UInt64(network.address.value) == next)
                next += UInt64(1) << UInt64(32 - network.prefixLength)
            }
            #expect(next == UInt64(last) + 1)
            // Minimal: no two neighbours could merge into one aligned prefix.
            for (a, b) in zip(cover, cover.dropFirst()) where a.prefixLength == b.prefixLength {
                #expect(
                    IPNetwork(address: a.address, prefixLength: a.prefixLength - 1)?.address != a.address
                        || IPNetwork(address: b.address, prefixLength: b.prefixLength - 1)?.address != a.address)
            }
        }
    }
}
