import ConfigFiles
import Foundation
import ResidencyCore
import Resolving
import Testing

/// The estate file is read strictly: the contract's example works, every mistake names the line.
@Suite struct EstateFileTests {
    static let contractExample = """
        version: 1
        sites:                    # where the organisation's own infrastructure runs
          oslo-1: {country: "NO", city: Oslo, latitude: 59.91, longitude: 10.75, provider: Example Hosting AS}
          bergen-1: {country: "NO", city: Bergen}
        networks:
          10.20.0.0/16: oslo-1
          10.20.5.0/24: bergen-1
          fd00:20::/32: oslo-1
        hosts:
          "*.internal.example.no": oslo-1
          "db.internal.example.no": bergen-1
          legacy-db: 203.0.113.7
        clusters:
          default: oslo-1
          shop: {site: bergen-1, namespaces: [orders, payments]}
        suppressions:
          - rule: persistence-outside-eea
            host: "*.legacy.example.com"
            reason: "migration ticket OPS-123"
            expires: 2027-03-31
        """

    @Test func contractExampleParses() throws {
        let e = try EstateFile.parse(yaml: Self.contractExample, file: "residency.yaml")
        #expect(e.sites.count == 2)
        #expect(e.sites["oslo-1"]?.latitude == 59.91)
        #expect(e.networks.count == 3)
        #expect(e.suppressions.first?.expires == "2027-03-31")
        #expect(e.suppressions.first?.line == 17)
        // Most specific network wins.
        #expect(e.network(for: IPAddress("10.20.5.9")!)?.site == "bergen-1")
        #expect(e.network(for: IPAddress("10.20.6.9")!)?.site == "oslo-1")
        #expect(e.network(for: IPAddress("fd00:20::1")!)?.site == "oslo-1")
        #expect(e.network(for: IPAddress("::ffff:10.20.5.1")!)?.site == "bergen-1")
        #expect(e.network(for: IPAddress("10.21.0.1")!) == nil)
        // Exact host beats glob; glob needs a label before the suffix.
        #expect(e.host(for: "db.internal.example.no")?.target == .site("bergen-1"))
        #expect(e.host(for: "api.internal.example.no")?.target == .site("oslo-1"))
        #expect(e.host(for: "internal.example.no") == nil)
        #expect(e.host(for: "LEGACY-DB")?.target == .address(IPAddress("203.0.113.7")!))
        #expect(e.defaultCluster?.site == "oslo-1")
        #expect(e.namespaces == ["orders", "payments"])
    }

    @Test func estateAndClusterNamesResolveOffline() throws {
        let e = try EstateFile.parse(yaml: Self.contractExample, file: "residency.yaml")
        let resolver = Resolver(estate: e, catalogue: try .builtIn(), mode: .offline)
        let names = [
            "api.internal.example.no", "legacy-db", "orders", "orders.payments", "orders.shop.svc",
            "orders.shop.svc.cluster.local", "10.20.5.3", "[fd00:20::7]", "8.8.8.8", "orders.example.com",
        ]
        let r = resolver.resolve(names.map(ResolveRequest.init(parsing:)))
        #expect(r[0].resolution.method == .estate)
        #expect(r[0].resolution.locations.first?.city == "Oslo")
        #expect(r[1].resolution.method == .estate)
        #expect(r[1].resolution.addresses == ["203.0.113.7"])
        for i in 2...5 {
            #expect(r[i].resolution.method == .cluster, "\(names[i]): \(r[i].classification)")
            #expect(r[i].resolution.locations.first?.country == "NO")
        }
        #expect(r[6].resolution.method == .ipLiteral)
        #expect(r[6].resolution.locations.first?.city == "Bergen")
        #expect(r[7].resolution.locations.first?.city == "Oslo")
        #expect(r[8].resolution.method == .ipLiteral)
        #expect(r[8].resolution.locations.isEmpty)
        #expect(r[8].resolution.reason?.contains("no location") == true)
        #expect(r[9].resolution.method == .unresolved)
        #expect(r[9].resolution.reason?.contains("offline") == true)
    }

    @Test(arguments: [
        ("version: 2\n", 1, "unsupported version '2'"),
        ("sites:\n  oslo: {country: NO, colour: red}\n", 2, "site oslo: unknown key 'colour'"),
        ("sites:\n  oslo: {country: Norway}\n", 2, "ISO 3166-1 alpha-2"),
        ("sitez: {}\n", 1, "estate file: unknown key 'sitez'"),
        ("sites:\n  oslo: {country: NO}\nnetworks:\n  10.20.1.0/16: oslo\n", 4, "not a CIDR block"),
        ("sites:\n  oslo: {country: NO}\nnetworks:\n  10.20.0.0/16: bergen\n", 4, "unknown site 'bergen'"),
        ("sites:\n  oslo: {country: NO}\nhosts:\n  db: nowhere\n", 4, "neither a site nor an IP address"),
        ("sites:\n  oslo: {country: NO}\nclusters:\n  default: {site: oslo, zone: a}\n", 4, "unknown key 'zone'"),
        ("suppressions:\n  - {rule: x, host: a, expires: 2027-01-01}\n", 2, "missing required key 'reason'"),
        ("suppressions:\n  - {rule: x, host: a, reason: r}\n", 2, "missing required key 'expires'"),
        ("suppressions:\n  - {rule: x, host: a, reason: r, expires: 2027-02-30}\n", 2, "YYYY-MM-DD"),
        ("suppressions:\n  - {rule: x, reason: r, expires: 2027-02-03}\n", 2, "give a host, a path and/or a resource"),
        ("sites: [a, b]\n", 1, "sites must be a mapping"),
        ("sites:\n  oslo: {country: NO}\n  oslo: {country: SE}\n", 2, "duplicate"),
        ("sites: {a: [\n", 2, "YAML syntax error"),
        ("nginx: {version: 1.29}\n", 1, "MAJOR.MINOR.PATCH"),
        ("nginx: {version: \"v1.29.7\"}\n", 1, "MAJOR.MINOR.PATCH"),
        ("nginx: {version: \"1.29.7-alpine\"}\n", 1, "MAJOR.MINOR.PATCH"),
        ("nginx: {version: \"1.29.7\", image: nginx}\n", 1, "unknown key 'image'"),
        ("nginx: {}\n", 1, "missing required key 'version'"),
        (
            "hosts:\n  db: {purpose: nightly}\n", 2,
            "host db: purpose: unknown purpose 'nightly' (known: batch, request)"
        ),
        ("hosts:\n  db: {purpose: batch, sight: oslo}\n", 2, "host db: unknown key 'sight'"),
        (
            "sites:\n  oslo: {country: NO}\nhosts:\n  db: {site: oslo, address: 10.0.0.1}\n", 4,
            "give a site or an address, not both"
        ),
        ("hosts:\n  db: {site: oslo}\n", 2, "unknown site 'oslo'"),
        ("hosts:\n  db: {address: db.example.no}\n", 2, "is not an IP address"),
        ("hosts:\n  db: {}\n", 2, "give a site, an address and/or a purpose"),
        ("connections:\n  - {from: api, to: db, purpose: batch, reason: x}\n", 2, "connection: unknown key 'reason'"),
        ("connections:\n  - {from: api, to: db}\n", 2, "missing required key 'purpose'"),
        ("connections:\n  - {from: api, to: db, purpose: offline}\n", 2, "unknown purpose 'offline'"),
    ])
    func mistakesNameFileAndLine(yaml: String, line: Int, message: String) {
        do {
            _ = try EstateFile.parse(yaml: yaml, file: "estate.yaml")
            Issue.record("accepted: \(yaml)")
        } catch let error as ConfigFileError {
            #expect(error.file == "estate.yaml")
            #expect(error.line == line, "\(error)")
            #expect(error.message.contains(message), "\(error)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func nginxReleaseIsRead() throws {
        let e = try EstateFile.parse(yaml: "nginx:\n  version: \"1.29.7\"\n", file: "residency.yaml")
        #expect(e.nginxVersion == NginxVersion(major: 1, minor: 29, patch: 7))
        #expect(try EstateFile.parse(yaml: "sites: {}\n", file: "residency.yaml").nginxVersion == nil)
    }

    /// With the rule names of the policy stage, a misspelt rule is an error at its line (with the
    /// names it is close to), not a suppression that silently suppresses nothing.
    @Test func unknownRuleInASuppressionNamesTheLine() throws {
        let yaml = """
            suppressions:
              - rule: us-jurisdiction
                host: "*.a.example"
                reason: r
                expires: 2027-01-01
              - host: "*.b.example"
                rule: us-jurisdictoin
                reason: r
                expires: 2027-01-01
            """
        let known: Set<String> = ["us-jurisdiction", "unknown-location", "latency-budget"]
        do {
            _ = try EstateFile.parse(yaml: yaml, file: "residency.yaml", knownRules: known)
            Issue.record("a misspelt rule was accepted")
        } catch let error as ConfigFileError {
            #expect(error.file == "residency.yaml")
            #expect(error.line == 7, "\(error)")
            #expect(error.message.contains("unknown rule or category 'us-jurisdictoin'"), "\(error)")
            #expect(error.message.contains("did you mean us-jurisdiction"), "\(error)")
        }
        // Without the list (the Resolution stage alone) the name is not judged; with it, a known one passes.
        #expect(try EstateFile.parse(yaml: yaml, file: "residency.yaml").suppressions.count == 2)
        let fixed = yaml.replacingOccurrences(of: "jurisdictoin", with: "jurisdiction")
        #expect(try EstateFile.parse(yaml: fixed, file: "residency.yaml", knownRules: known).suppressions.count == 2)
    }

    @Test func aSuppressionCanNameATerraformResource() throws {
        let estate = try EstateFile.parse(
            yaml: """
                suppressions:
                  - rule: persistence-outside-eea
                    resource: aws_db_instance.analytics_replica
                    reason: "replica retired in Q1 (OPS-2511)"
                    expires: 2027-03-31
                """, file: "residency.yaml")
        #expect(estate.suppressions.first?.resource == "aws_db_instance.analytics_replica")
        #expect(estate.suppressions.first?.host == nil)
    }

    @Test func missingFileIsAnError() {
        #expect(throws: ConfigFileError.self) { try EstateFile.load(path: "/nonexistent/residency.yaml") }
    }

    /// `purpose: batch` on a host (with or without a place) and on a connection; the most
    /// specific host entry gives the purpose, a purpose-only entry does not place the name.
    @Test func purposesAreRead() throws {
        let e = try EstateFile.parse(
            yaml: """
                sites:
                  oslo-1: {country: "NO"}
                hosts:
                  "*.example.no": oslo-1
                  "reports.example.no": {site: oslo-1, purpose: batch}
                  "*.rds.amazonaws.com": {purpose: batch}
                  "ledger.rds.amazonaws.com": {address: 10.0.0.9, purpose: request}
                connections:
                  - {from: order-service, to: "analytics-*.rds.amazonaws.com", purpose: batch}
                """, file: "residency.yaml")
        #expect(e.purpose(of: "reports.example.no") == .batch)
        #expect(e.purpose(of: "api.example.no") == .request)
        #expect(e.purpose(of: "x.rds.amazonaws.com") == .batch)
        #expect(e.purpose(of: "ledger.rds.amazonaws.com") == .request)
        #expect(e.host(for: "reports.example.no")?.target == .site("oslo-1"))
        #expect(e.host(for: "x.rds.amazonaws.com") == nil, "a purpose alone places nothing")
        let c = try #require(e.connections.first)
        #expect(c.line == 9 && c.purpose == .batch)
        #expect(
            c.covers(
                component: "order-service (compose docker-compose.yml)", names: ["analytics-replica.rds.amazonaws.com"])
        )
        #expect(!c.covers(component: "user-service", names: ["analytics-replica.rds.amazonaws.com"]))
        #expect(!c.covers(component: "order-service", names: ["orders-db.rds.amazonaws.com"]))
    }
}
