import ResidencyCore
import Testing

/// The one address type: what resolution needs (brackets, zones, bytes, IPv4-mapped addresses,
/// strict CIDR blocks) and what geolocation needs (bits, ordering, masking) on the same value.
@Suite struct IPAddressTests {
    @Test func parsesLiteralsAsWrittenInConfigs() throws {
        #expect(IPAddress("[2001:db8::1]")?.description == "2001:db8::1")
        #expect(IPAddress("fe80::1%eth0")?.description == "fe80::1")
        #expect(IPAddress("10.0.0.1")?.value == 0x0A00_0001)
        for bad in ["999.1.1.1", "1.2.3", "", "[]", "db.example.com", String(repeating: "1", count: 46)] {
            #expect(IPAddress(bad) == nil, "\(bad)")
        }
    }

    @Test func bytesRoundTripInNetworkOrder() throws {
        let v6 = try #require(IPAddress("2001:db8::a"))
        #expect(v6.bytes.count == 16 && v6.bytes.first == 0x20 && v6.bytes.last == 0x0A)
        #expect(IPAddress(bytes: v6.bytes) == v6)
        #expect(IPAddress(bytes: [192, 0, 2, 7])?.description == "192.0.2.7")
        #expect(IPAddress(bytes: [1, 2, 3]) == nil)
        #expect(IPAddress("::ffff:10.0.0.1")?.mappedIPv4 == IPAddress("10.0.0.1"))
        #expect(IPAddress("::1")?.mappedIPv4 == nil)
        #expect(try #require(IPAddress("10.0.0.1")) < #require(IPAddress("::1")))
    }

    @Test func cidrBlocksAreStrictWhereUsersWriteThem() {
        #expect(IPNetwork(cidr: "10.20.0.0/16")?.contains(IPAddress("10.20.9.9")!) == true)
        #expect(IPNetwork(cidr: "10.20.1.0/16") == nil, "host bits set: a typo, not a wider block")
        #expect(IPNetwork(cidr: "10.20.0.0") == nil, "a block needs its prefix length")
        #expect(IPNetwork(cidr: "10.20.0.0/33") == nil)
        #expect(IPNetwork("10.20.1.0/16")?.description == "10.20.0.0/16", "geodata ranges are masked")
        #expect(IPNetwork(cidr: "2001:db8::/32")?.contains(IPAddress("10.0.0.1")!) == false)
    }
}
