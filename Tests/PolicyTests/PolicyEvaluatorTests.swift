import ResidencyCore
import Testing

@testable import Policy

/// The evaluator: every rule run, fingerprints set, suppressions applied as the estate file
/// says, and one answer whatever order the input came in.
@Suite struct PolicyEvaluatorTests {
    let policy = ExampleEstate.policy

    /// The nordic-shop-shaped estate: Oslo Redis, Stockholm and Virginia RDS, Dublin ledger,
    /// Frankfurt DocumentDB, a private ERP address, the gateway, a bad file, old geodata.
    var estate: AuditInput {
        var input = ChainExample.dublinChain
        input.endpoints += [
            ExampleEstate.stockholmOrders, ExampleEstate.virginiaReplica, ExampleEstate.frankfurtProfiles,
            ExampleEstate.privateERP,
        ]
        input.routes.append(ChainExample.ordersRoute)
        input.upstreams.append(ChainExample.ordersUpstream)
        input.diagnostics = [Diagnostic(path: "k8s/broken.yaml", line: 3, column: 1, message: "parse error")]
        input.geodata = [
            GeodataInfo(
                path: "/geo/GeoLite2-City.mmdb", databaseType: "GeoLite2-City", buildDate: "2025-01-01", ageDays: 516)
        ]
        return input
    }

    func suppression(
        _ rule: String, host: String? = nil, path: String? = nil, expires: String = "2027-01-01", line: Int = 20
    ) -> SuppressionInfo {
        SuppressionInfo(
            rule: rule, host: host, path: path, reason: "accepted (OPS-1)", expires: expires, file: "residency.yaml",
            line: line)
    }

    func findings(_ input: AuditInput, rule: String) -> [Finding] {
        PolicyEvaluator.evaluate(input, policy: policy).findings.filter { $0.ruleId == rule }
    }

    @Test func everyRuleRunsAndFindingsAreFingerprintedInReportOrder() {
        let result = PolicyEvaluator.evaluate(estate, policy: policy)
        let rules = Set(result.findings.map(\.ruleId))
        #expect(
            rules.isSuperset(of: [
                "persistence-outside-eea", "us-jurisdiction", "unknown-location", "latency-hop-budget",
                "latency-chain-budget", "connection-reuse", "config-error", "stale-geodata",
            ]))
        #expect(
            result.findings.allSatisfy { $0.fingerprint.count == 64 && $0.fingerprint.allSatisfy { $0.isHexDigit } })
        #expect(
            Set(result.findings.map(\.fingerprint)).count == result.findings.count, "fingerprints tell findings apart")
        let sorted = result.findings.sorted(by: Finding.reportOrder)
        #expect(result.findings == sorted)
        #expect(!result.chains.isEmpty && result.worstChains.count == 3)
    }

    @Test func suppressedByRuleIdOrCategory() {
        var byId = estate
        byId.suppressions = [suppression("latency-hop-budget")]
        #expect(findings(byId, rule: "latency-hop-budget").allSatisfy { $0.suppressed })
        #expect(findings(byId, rule: "latency-chain-budget").allSatisfy { !$0.suppressed })

        var byCategory = estate
        byCategory.suppressions = [suppression("latency-budget")]
        let latency =
            findings(byCategory, rule: "latency-hop-budget") + findings(byCategory, rule: "latency-chain-budget")
        #expect(!latency.isEmpty && latency.allSatisfy { $0.suppressed })
        #expect(findings(byCategory, rule: "us-jurisdiction").allSatisfy { !$0.suppressed })
    }

    @Test func hostAndPathGlobsMustBothMatch() {
        var input = estate
        input.suppressions = [suppression("us-jurisdiction", host: "*.eu-central-1.docdb.amazonaws.com")]
        let byHost = findings(input, rule: "us-jurisdiction")
        #expect(byHost.filter(\.suppressed).map(\.host) == [ExampleEstate.frankfurtProfiles.endpoint.host])

        input.suppressions = [suppression("us-jurisdiction", path: "k8s/order-service/**")]
        #expect(
            Set(findings(input, rule: "us-jurisdiction").filter(\.suppressed).compactMap(\.host))
                == [ExampleEstate.stockholmOrders.endpoint.host, ExampleEstate.virginiaReplica.endpoint.host])

        input.suppressions = [suppression("us-jurisdiction", host: "orders-db.*", path: "k8s/order-service/**")]
        #expect(
            findings(input, rule: "us-jurisdiction").filter(\.suppressed).compactMap(\.host) == [
                ExampleEstate.stockholmOrders.endpoint.host
            ])

        input.suppressions = [suppression("us-jurisdiction", host: "orders-db.*", path: "terraform/**")]
        #expect(findings(input, rule: "us-jurisdiction").allSatisfy { !$0.suppressed })
    }

    @Test func suppressionSaysWhyWhereAndUntilWhen() throws {
        var input = estate
        input.suppressions = [suppression("config-error", path: "k8s/*.yaml", line: 27)]
        let f = try #require(findings(input, rule: "config-error").first)
        #expect(f.suppressed)
        #expect(f.suppression == "accepted (OPS-1) (residency.yaml:27, expires 2027-01-01)")
        #expect(
            f.suppressedBy
                == FindingSuppression(
                    reason: "accepted (OPS-1)", expires: "2027-01-01",
                    source: .init(path: "residency.yaml", line: 27)))
    }

    @Test func aSuppressionThatMatchesNothingIsReported() throws {
        var input = estate
        input.suppressions = [
            suppression("us-jurisdiction", host: "*.docdb.amazonaws.com", line: 20),
            suppression("us-jurisdiction", host: "*.eu-central-1.docdb.amazonaws.com", line: 25),
            suppression("us-jurisdiction", host: "*.mq.eu-north-1.amazonaws.com", line: 30),
            suppression("config-error", host: "*.mq.eu-north-1.amazonaws.com", expires: "2026-01-01", line: 40),
        ]
        let unused = findings(input, rule: "suppression-unused")
        // Line 25 covers the same finding as line 20, which comes first: still used. Line 40 is
        // expired (reported as such), so only line 30 matches nothing.
        #expect(unused.map(\.location) == [Finding.Place(path: "residency.yaml", line: 30, column: 1)])
        let f = try #require(unused.first)
        #expect(f.severity == .info && f.category == .suppressionUnused && !f.suppressed)
        #expect(f.message.contains("host *.mq.eu-north-1.amazonaws.com") && f.message.contains("residency.yaml:30"))
        #expect(findings(input, rule: "suppression-expired").count == 1)

        input.suppressions = [suppression("us-jurisdiction", host: "*.docdb.amazonaws.com")]
        #expect(findings(input, rule: "suppression-unused").isEmpty)
    }

    @Test func aSuppressionCanNameATerraformResource() {
        var input = estate
        // The orders database as Terraform declares it, instead of as the Deployment names it.
        input.endpoints.removeAll { $0.endpoint.id == ExampleEstate.terraformOrders.endpoint.id }
        input.endpoints.append(ExampleEstate.terraformOrders)
        input.suppressions = [
            SuppressionInfo(
                rule: "us-jurisdiction", host: nil, path: nil, resource: "aws_db_instance.orders",
                reason: "r", expires: "2027-01-01", file: "residency.yaml", line: 20)
        ]
        let us = findings(input, rule: "us-jurisdiction")
        #expect(us.filter(\.suppressed).map(\.location?.path) == ["terraform/rds.tf"])
        #expect(findings(input, rule: "suppression-unused").isEmpty)

        input.suppressions[0].resource = "aws_db_instance.orders_v2"
        #expect(findings(input, rule: "us-jurisdiction").allSatisfy { !$0.suppressed })
        #expect(findings(input, rule: "suppression-unused").count == 1)

        input.suppressions[0].resource = "aws_db_*"
        #expect(findings(input, rule: "us-jurisdiction").filter(\.suppressed).count == 1)
    }

    /// Every finding about an endpoint links to it; route findings link to the endpoint they concern.
    @Test func findingsAboutEndpointsCarryTheirId() throws {
        var input = estate
        // The upstream's server as the Kubernetes scan finds it.
        let orderService = ExampleEstate.endpoint(
            "order-service.shop.svc.cluster.local", port: 80, kind: .http, role: .upstream,
            at: "gateway/conf.d/upstreams.conf", line: 18, context: "nginx upstream order_service server",
            method: .cluster, locations: [ExampleEstate.oslo("order-service")])
        input.endpoints.append(orderService)
        let result = PolicyEvaluator.evaluate(input, policy: policy)
        let ids = Set(input.endpoints.map(\.endpoint.id))
        let endpointRules: Set<String> = [
            "persistence-outside-eea", "transfer-outside-eea", "us-jurisdiction", "unknown-location",
            "latency-hop-budget", "latency-chain-budget",
        ]
        for f in result.findings where endpointRules.contains(f.ruleId) {
            let id = try #require(f.endpointId, "\(f.ruleId): \(f.message)")
            #expect(ids.contains(id), "\(f.ruleId): \(id)")
        }
        let reuse = result.findings.filter { $0.ruleId == "connection-reuse" }
        let withPool = try #require(
            reuse.first { $0.message.contains(ChainExample.ordersUpstream.name) && $0.message.contains("(") })
        for server in ChainExample.ordersUpstream.servers {
            #expect(withPool.message.contains(server), "\(withPool.message)")
        }
        #expect(withPool.endpointId == orderService.endpoint.id, "\(withPool.message)")
    }

    @Test func expiredSuppressionsDoNotSuppressAndAreReported() throws {
        var input = estate
        input.suppressions = [suppression("config-error", expires: "2026-05-31", line: 30)]
        #expect(findings(input, rule: "config-error").allSatisfy { !$0.suppressed })
        let expired = try #require(findings(input, rule: "suppression-expired").first)
        #expect(expired.location == Finding.Place(path: "residency.yaml", line: 30, column: 1))

        input.suppressions = [suppression("config-error", expires: ExampleEstate.today)]
        #expect(findings(input, rule: "config-error").allSatisfy { $0.suppressed }, "valid through its expiry day")
        #expect(findings(input, rule: "suppression-expired").isEmpty)
    }

    @Test func sameAnswerWhateverTheInputOrder() {
        var input = estate
        input.suppressions = [
            suppression("us-jurisdiction", host: "*.amazonaws.com"),
            suppression("us-jurisdiction", path: "k8s/**", line: 40),
            suppression("config-error", expires: "2026-01-01", line: 50),
        ]
        let expected = PolicyEvaluator.evaluate(input, policy: policy)
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<10 {
            var shuffled = input
            shuffled.endpoints.shuffle(using: &rng)
            shuffled.routes.shuffle(using: &rng)
            shuffled.upstreams.shuffle(using: &rng)
            shuffled.edges.shuffle(using: &rng)
            shuffled.suppressions.shuffle(using: &rng)
            shuffled.providerRegions = input.providerRegions.mapValues { $0.shuffled(using: &rng) }
            let got = PolicyEvaluator.evaluate(shuffled, policy: policy)
            #expect(got.findings == expected.findings)
            #expect(got.chains == expected.chains)
        }
    }

    @Test func noPolicySectionsNoPolicyFindings() {
        let result = PolicyEvaluator.evaluate(estate, policy: Policy())
        // Only what needs no policy section: the file that could not be read.
        #expect(result.findings.map(\.ruleId) == ["config-error"])
        #expect(result.chains.isEmpty)
    }
}
