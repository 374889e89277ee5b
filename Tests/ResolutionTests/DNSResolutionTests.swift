import Foundation
import ResidencyCore
import Testing

@testable import Resolving

/// Every chain against a real dnsmasq on loopback, and misbehaving servers that must end as
/// reasons (timeouts, malformed replies, loops), never hangs or crashes.
@Suite(.serialized) struct DNSResolutionTests {
    static let records: [String] = {
        var r = [
            "--host-record=web.example.test,192.0.2.10,2001:db8::10",
            "--host-record=db.example.test,10.20.1.5",
            "--cname=orders-db.example.test,alias.example.test",
            "--cname=alias.example.test,db.example.test",
            "--cname=vanity.example.test,orders.c9akciq32xyz.eu-north-1.rds.amazonaws.com",
            "--host-record=orders.c9akciq32xyz.eu-north-1.rds.amazonaws.com,52.95.0.1",
            "--host-record=shard-0.example.test,198.51.100.1",
            "--host-record=shard-1.example.test,198.51.100.2",
            "--srv-host=_mongodb._tcp.cluster0.example.test,shard-1.example.test,27017,20,10",
            "--srv-host=_mongodb._tcp.cluster0.example.test,shard-0.example.test,27017,10,10",
            "--srv-host=_kafka._tcp.events.example.test,vanity.example.test,9092",
        ]
        // A chain of 10 CNAMEs: deeper than the limit of 8.
        for i in 0..<10 { r.append("--cname=deep\(i).example.test,deep\(i + 1).example.test") }
        r.append("--host-record=deep10.example.test,10.20.9.9")
        // 120 A records: more than a 1232-byte UDP reply holds, so the server truncates.
        for i in 0..<120 { r.append("--host-record=big.example.test,10.30.\(i / 250).\(i % 250 + 1)") }
        return r
    }()

    static let estateText = """
        version: 1
        sites:
          oslo-1: {country: "NO", city: Oslo, latitude: 59.91, longitude: 10.75, provider: Example Hosting AS}
        networks:
          10.20.0.0/16: oslo-1
        """
    static var estate: EstateFile { get throws { try EstateFile.parse(yaml: estateText, file: "residency.yaml") } }

    /// Runs `body` against a dnsmasq serving `records`. The tests that call it are enabled only
    /// when dnsmasq is installed, so a machine without it reports them skipped, not passed.
    func withDNSMasq(_ body: (DNSServerAddress) throws -> Void) throws {
        let dns = try DNSMasq(Self.records)
        try body(dns.server)
        withExtendedLifetime(dns) {}
    }

    @Test(.enabled(if: DNSMasq.isAvailable, "dnsmasq is not installed (apt-get install dnsmasq-base)"))
    func addressesCnameChainsSrvAndNXDOMAIN() throws {
        try withDNSMasq { server in
            let resolver = Resolver(
                estate: try Self.estate, catalogue: try .builtIn(), mode: .server(DNSWireClient(server: server)))
            let r = resolver.resolve(
                [
                    "web.example.test", "orders-db.example.test", "vanity.example.test",
                    "mongodb+srv://cluster0.example.test",
                    "_kafka._tcp.events.example.test", "missing.example.test", "deep0.example.test", "big.example.test",
                ].map(ResolveRequest.init(parsing:)))

            // A and AAAA.
            #expect(r[0].resolution.method == .dns)
            #expect(r[0].resolution.addresses == ["192.0.2.10", "2001:db8::10"])
            #expect(r[0].resolution.cnameChain.isEmpty)

            // A two-step CNAME chain into an estate network.
            #expect(r[1].resolution.cnameChain == ["alias.example.test", "db.example.test"])
            #expect(r[1].resolution.addresses == ["10.20.1.5"])
            #expect(r[1].resolution.locations.first?.country == "NO")
            #expect(r[1].resolution.locations.first?.source == .estate)
            #expect(r[1].estateMatch?.contains("10.20.0.0/16") == true)

            // A vanity name whose CNAME is a managed database: the catalogue names it.
            #expect(r[2].resolution.cnameChain == ["orders.c9akciq32xyz.eu-north-1.rds.amazonaws.com"])
            #expect(r[2].resolution.addresses == ["52.95.0.1"])
            let loc = try #require(r[2].resolution.locations.first)
            #expect(loc.country == "SE")
            #expect(loc.jurisdiction == "US")
            #expect(loc.provider == "Amazon Web Services")
            #expect(loc.source == .providerCatalog)

            // mongodb+srv: SRV targets by priority, then their addresses.
            #expect(r[3].resolution.srvTargets == ["shard-0.example.test:27017", "shard-1.example.test:27017"])
            #expect(r[3].resolution.addresses == ["198.51.100.1", "198.51.100.2"])
            #expect(r[3].resolution.method == .dns)

            // A _service._proto name whose target is a CNAME to a cloud name.
            #expect(r[4].classification == "SRV name")
            #expect(r[4].resolution.srvTargets == ["vanity.example.test:9092"])
            #expect(
                r[4].resolution.cnameChain == [
                    "vanity.example.test", "orders.c9akciq32xyz.eu-north-1.rds.amazonaws.com",
                ])
            #expect(r[4].resolution.locations.first?.country == "SE")

            // NXDOMAIN is a reason.
            #expect(r[5].resolution.method == .unresolved)
            #expect(r[5].resolution.reason?.contains("NXDOMAIN") == true)

            // Deeper than 8.
            #expect(r[6].resolution.method == .unresolved)
            #expect(r[6].resolution.reason?.contains("longer than 8") == true, "\(r[6].resolution.reason ?? "nil")")

            // Truncated over UDP, complete over TCP.
            #expect(
                r[7].resolution.addresses.count == 120,
                "\(r[7].resolution.addresses.count) \(r[7].resolution.reason ?? "")")
        }
    }

    @Test(.enabled(if: DNSMasq.isAvailable, "dnsmasq is not installed (apt-get install dnsmasq-base)"))
    func oneCachePerRun() throws {
        try withDNSMasq { server in
            let resolver = Resolver(
                estate: try Self.estate, catalogue: try .builtIn(), mode: .server(DNSWireClient(server: server)))
            let first = resolver.resolve("orders-db.example.test")
            let second = resolver.resolve("alias.example.test")
            #expect(first.resolution.addresses == second.resolution.addresses)
            #expect(second.resolution.cnameChain == ["db.example.test"])
        }
    }

    @Test func silentServerEndsAsTimeoutWithOneRetry() throws {
        let silent = MisbehavingServer(.silent)
        defer { silent.stop() }
        let start = Date()
        let r = Resolver(
            catalogue: try .builtIn(), mode: .server(DNSWireClient(server: silent.server, timeout: 0.3, retries: 1))
        ).resolve("orders.example.com")
        let elapsed = Date().timeIntervalSince(start)
        #expect(r.resolution.method == .unresolved)
        #expect(r.resolution.reason?.contains("timeout (2 attempts") == true, "\(r.resolution.reason ?? "nil")")
        #expect(elapsed < 3.5, "took \(elapsed) s")  // 2 × 0.3 s expected; the 2 s default would take 4 s
        #expect(silent.received == 4)  // A and AAAA, each sent twice
    }

    /// TC over UDP, then a TCP server that accepts and stalls: each question once waited its own
    /// 4 s, one after another (50 hosts, 100 questions: minutes). The TCP fallbacks now run
    /// together under one deadline.
    @Test func truncatedRepliesWithAStalledTCPServerEndTogether() throws {
        let stalled = MisbehavingServer(.truncatedThenStalledTCP)
        defer { stalled.stop() }
        let hosts = (0..<50).map { "host\($0).stalled.example.com" }
        let start = Date()
        let results = Resolver(catalogue: try .builtIn(), mode: .server(DNSWireClient(server: stalled.server))).resolve(
            hosts.map { ResolveRequest(host: $0) })
        let elapsed = Date().timeIntervalSince(start)
        #expect(elapsed < 15, "took \(elapsed) s")
        #expect(results.count == hosts.count)
        for r in results {
            #expect(r.resolution.method == .unresolved)
            #expect(r.resolution.reason?.contains("TCP") == true, "\(r.host): \(r.resolution.reason ?? "nil")")
        }
        #expect(stalled.acceptedTCP >= 2, "the fallback reached the TCP listener")
    }

    @Test func garbageRepliesEndAsMalformed() throws {
        let garbage = MisbehavingServer(.garbage)
        defer { garbage.stop() }
        let r = Resolver(catalogue: try .builtIn(), mode: .server(DNSWireClient(server: garbage.server, timeout: 0.3)))
            .resolve("orders.example.com")
        #expect(r.resolution.method == .unresolved)
        #expect(r.resolution.reason?.contains("malformed reply") == true, "\(r.resolution.reason ?? "nil")")
    }

    @Test func cnameLoopIsDetected() throws {
        let loop = MisbehavingServer(.cnameLoop)
        defer { loop.stop() }
        let r = Resolver(catalogue: try .builtIn(), mode: .server(DNSWireClient(server: loop.server, timeout: 0.3)))
            .resolve("loop-a.test")
        #expect(r.resolution.method == .unresolved)
        #expect(r.resolution.reason?.contains("CNAME loop") == true, "\(r.resolution.reason ?? "nil")")
    }

    @Test func closedPortIsAReason() throws {
        let port = freeLoopbackPort()
        let r = Resolver(
            catalogue: try .builtIn(),
            mode: .server(
                DNSWireClient(server: DNSServerAddress(address: IPAddress("127.0.0.1")!, port: port), timeout: 0.3))
        )
        .resolve("orders.example.com")
        #expect(r.resolution.method == .unresolved)
        #expect(
            r.resolution.reason?.contains("refused") == true || r.resolution.reason?.contains("timeout") == true,
            "\(r.resolution.reason ?? "nil")")
    }

    @Test func defaultsAreTwoSecondsAndOneRetry() {
        let c = DNSWireClient(server: DNSServerAddress("127.0.0.1")!)
        #expect(c.timeout == 2)
        #expect(c.retries == 1)
        #expect(DNSServerAddress("[::1]:5353")?.port == 5353)
        #expect(DNSServerAddress("127.0.0.1:5353")?.description == "127.0.0.1:5353")
        #expect(DNSServerAddress("dns.example.com") == nil)
    }

    @Test func decoderSurvivesRandomBytes() {
        var rng = SystemRandomNumberGenerator()
        var decoded = 0
        for _ in 0..<5_000 {
            let bytes = (0..<Int.random(in: 0..<80, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            if (try? DNSMessage.decode(bytes)) != nil { decoded += 1 }
        }
        // A pointer loop: the name at 12 points at itself.
        var loop: [UInt8] = [0, 1, 0x81, 0x80, 0, 1, 0, 0, 0, 0, 0, 0, 0xC0, 12, 0, 1, 0, 1]
        #expect(throws: DNSMalformed.self) { try DNSMessage.decode(loop) }
        loop[13] = 14
        #expect(throws: DNSMalformed.self) { try DNSMessage.decode(loop) }
        #expect(decoded < 5_000)
    }
}
