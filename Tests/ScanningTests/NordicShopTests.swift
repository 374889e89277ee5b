import Foundation
import ResidencyCore
import TestSupport
import Testing

@testable import Scanning

/// The bundled example estate: its endpoints match the reviewed golden JSON, do not depend on the
/// order files are read in, point at the host as written, and never carry a secret.
struct NordicShopTests {
    @Test("endpoints JSON matches fixtures/golden/nordic-shop.endpoints.json")
    func matchesGolden() throws {
        let json = try NordicShopGolden.render(NordicShopGolden.scan())
        let url = NordicShopGolden.goldenFile
        if Golden.updating {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try json.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        let same = json == golden  // a Bool, so a failure prints the first difference, not both documents
        #expect(
            same,
            """
            differs from the golden file; if the change is intended, run \
            RESIDENCY_UPDATE_GOLDEN=1 swift test --filter NordicShop and review the diff. \
            First difference at \(Golden.firstDifference(json, golden))
            """)
    }

    @Test("the same JSON whatever order the files are scanned in, and on every repeat")
    func orderIndependent() throws {
        let reference = try NordicShopGolden.render(NordicShopGolden.scan())
        var variants: [(String, String)] = []
        variants.append(("repeat", try NordicShopGolden.render(NordicShopGolden.scan())))
        variants.append(("reversed", try NordicShopGolden.render(NordicShopGolden.scan { $0.reversed() })))
        for seed: UInt64 in [1, 7, 2026] {
            var rng = SplitMix(seed: seed)
            let json = try NordicShopGolden.render(NordicShopGolden.scan { $0.shuffled(using: &rng) })
            variants.append(("shuffled seed \(seed)", json))
        }
        // What the JSON leaves out but the service graph needs: edges, routes, upstream pools.
        let base = NordicShopGolden.scan()
        for seed: UInt64 in [3, 11] {
            var rng = SplitMix(seed: seed)
            let other = NordicShopGolden.scan { $0.shuffled(using: &rng) }
            #expect(other.edges == base.edges, "edges, seed \(seed)")
            #expect(other.routes == base.routes, "routes, seed \(seed)")
            #expect(other.upstreams == base.upstreams, "upstreams, seed \(seed)")
            #expect(other.endpoints.map(\.components) == base.endpoints.map(\.components), "components, seed \(seed)")
        }
        for (name, json) in variants {
            let same = json == reference
            #expect(same, "\(name): \(Golden.firstDifference(json, reference))")
        }
    }

    @Test("every source's line and column point at the host as written")
    func sourcesPointAtHost() throws {
        let result = NordicShopGolden.scan()
        #expect(!result.endpoints.isEmpty)
        var texts: [String: SourceText] = [:]
        for e in result.endpoints {
            for s in e.sources {
                if texts[s.path] == nil {
                    let data = try Data(contentsOf: NordicShopGolden.estate.appendingPathComponent(s.path))
                    texts[s.path] = SourceText(bytes: [UInt8](data))
                }
                let text = texts[s.path]!
                let line = String(text.line(s.line))
                let at = String(line.unicodeScalars.dropFirst(s.column - 1))
                let place = "\(s.path):\(s.line):\(s.column) \(e.host)\n  \(line)"
                if at.lowercased().hasPrefix(e.host) { continue }
                // A Secret's base64 `data` value holds the host encoded: the source is the value.
                if let decoded = Self.base64Value(at), decoded.lowercased().contains(e.host) { continue }
                // A Terraform resource without a hostname yet is named by its address
                // (`aws_db_instance.orders`); the source is its `resource "type" "name"` label.
                if let dot = e.host.firstIndex(of: "."), e.placement != nil,
                    at.hasPrefix("\(e.host[..<dot])\" \"\(e.host[e.host.index(after: dot)...])\"")
                {
                    continue
                }
                Issue.record("source does not point at the host: \(place)")
            }
        }
    }

    @Test("no secret written in the estate appears in the output")
    func noSecrets() throws {
        let json = try NordicShopGolden.render(NordicShopGolden.scan())
        // Passwords and keys as written in the fixture (URL userinfo, stringData, base64 data,
        // JAAS config, rabbitmq.conf default_pass).
        for secret in [
            "Fj0rd", "t4xR!9qz", "Rep0rt!ng", "L3dger", "Nav-Read0nly", "vp_live_", "kFk-s3ttl3m3nts",
            "F3d-L1nk", "Wm5-sh0vel", "rabbit-0rders", "K7v", "localdev", "c2Vzc2lvbi1zaWduaW5n",
        ] {
            #expect(!json.contains(secret), "secret \(secret) in the output")
        }
    }

    @Test("prose links, documentation names, listen addresses and loopback are not endpoints")
    func notEndpoints() {
        let hosts = Set(NordicShopGolden.scan().endpoints.map(\.host))
        for h in [
            "db.example.com", "localhost", "127.0.0.1", "0.0.0.0", "::", "wiki.nordicshop.example.no",
            "nginx.org", "www.rabbitmq.com", "www.nordicshop.example.no", "git.nordicshop.example.no",
        ] {
            #expect(!hosts.contains(h), "\(h) reported")
        }
        #expect(hosts.allSatisfy { !$0.contains("$") && !$0.contains("{") }, "a placeholder became a host")
    }

    @Test("the estate holds what the audit is meant to find")
    func estateStory() {
        let result = NordicShopGolden.scan()
        func has(_ host: String, _ kind: EndpointKind) -> Bool {
            result.endpoints.contains { $0.host == host && $0.kind == kind }
        }
        // Written as connection strings: found by any scanner that reads the file.
        #expect(
            has("orders-db.c9akciq32xyz.eu-north-1.rds.amazonaws.com", .postgres)
                || has("orders-db.c9akciq32xyz.eu-north-1.rds.amazonaws.com", .other),
            "Stockholm RDS")
        #expect(has("payments-ledger.cluster-cq4r7s2t9uvw.eu-west-1.rds.amazonaws.com", .postgres), "Ireland ledger")
        #expect(has("analytics-replica.c3k9vd8f2mzq.us-east-1.rds.amazonaws.com", .postgres), "US replica")
        #expect(has("172.16.40.12", .mssql), "the private address without an estate entry")
        #expect(has("10.20.4.15", .redis), "Oslo Redis")
        #expect(has("2001:db8:4f1::20", .http), "IPv6 literal, without brackets")
        #expect(has("b-3f1c9a7e-52d4-4c1b-9e0a-7d2b8c6f4a10.mq.eu-north-1.amazonaws.com", .amqp), "federation upstream")
        // Need a format scanner: a base64 Secret value (Kubernetes), an ExternalName Service.
        if BadInputCorpus.claimedByFormatScanner("k8s/user-service/secret.yaml") {
            #expect(
                has("profiles.cluster-c7mpl4xq2h1z.eu-central-1.docdb.amazonaws.com", .mongodb), "Frankfurt DocumentDB")
            #expect(
                result.endpoints.contains { $0.host == "pg-users.osl.nordicshop.example.no" }, "ExternalName users-db")
        }
        // The service graph: Services select their workloads, users-db aliases the Oslo host.
        if BadInputCorpus.claimedByFormatScanner("k8s/order-service/service.yaml") {
            for name in ["gateway", "user-service", "order-service", "payment-processor"] {
                #expect(
                    result.edges.contains { $0.kind == .selects && $0.from == name && $0.to == name },
                    "Service \(name) selects its Deployment")
            }
            #expect(
                result.edges.contains {
                    $0.kind == .aliases && $0.from == "users-db" && $0.to == "pg-users.osl.nordicshop.example.no"
                })
            // The chain that leaves Norway: order-service calls payment-processor, which writes the Irish ledger.
            #expect(
                result.endpoints.contains {
                    $0.host == "payment-processor.shop.svc.cluster.local" && $0.components.contains("order-service")
                })
            #expect(
                result.endpoints.contains {
                    $0.host.hasPrefix("payments-ledger.cluster-") && $0.components.contains("payment-processor")
                })
        }
        if BadInputCorpus.claimedByFormatScanner("docker-compose.yml") {
            #expect(
                result.edges.contains {
                    $0.kind == .dependsOn
                        && $0.from == ComponentName.compose("order-service", file: "docker-compose.yml")
                        && $0.to == ComponentName.compose("payment-processor", file: "docker-compose.yml")
                })
        }
        // The gateway: user_service pools connections, order_service does not.
        if BadInputCorpus.claimedByFormatScanner("gateway/conf.d/upstreams.conf") {
            #expect(result.endpoints.contains { $0.host == "order-service.shop.svc.cluster.local" && $0.port == 80 })
            #expect(result.endpoints.contains { $0.host == "user-service.shop.svc.cluster.local" && $0.port == 80 })
            #expect(result.endpoints.contains { $0.host == "10.20.8.24" && $0.port == 8080 }, "backup server")
            #expect(
                result.endpoints.contains {
                    $0.host == "payment-processor.shop.svc.cluster.local" && $0.port == 8080
                        && $0.sources.contains { $0.path == "gateway/conf.d/api.nordicshop.conf" }
                }, "proxy_pass through `set $payments_backend`")
            let users = result.upstreams.first { $0.name == "user_service" }
            let orders = result.upstreams.first { $0.name == "order_service" }
            #expect(users?.keepalive == 32)
            #expect(orders != nil && orders?.keepalive == nil, "order_service has no keepalive")
            let usersRoute = result.routes.first { $0.path == "/v1/users" }
            let ordersRoute = result.routes.first { $0.path == "/v1/orders" }
            #expect(
                usersRoute?.upstream == "user_service" && usersRoute?.http11 == true
                    && usersRoute?.clearsConnectionHeader == true)
            #expect(
                ordersRoute?.upstream == "order_service" && ordersRoute?.http11 == false
                    && ordersRoute?.clearsConnectionHeader == false)
            #expect(
                result.routes.allSatisfy { $0.server == "api.nordicshop.example.no" }, "\(result.routes.map(\.server))")
        }
        #expect(
            result.diagnostics.isEmpty,
            "the example estate parses cleanly: \(result.diagnostics.map { "\($0.position) \($0.message)" })")
    }

    /// The decoded value of a YAML `key: <base64>` remainder, if it is one.
    static func base64Value(_ s: String) -> String? {
        let token = s.prefix { !$0.isWhitespace && $0 != "\"" && $0 != "'" }
        guard token.count >= 16, let data = Data(base64Encoded: String(token)) else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
