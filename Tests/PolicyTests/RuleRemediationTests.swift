import ResidencyCore
import Testing

@testable import Policy

/// Remediation that can be applied as written: nginx lines at file:line, estate-file lines, and
/// what moving a slow hop would save.
@Suite struct RuleRemediationTests {
    let policy = ExampleEstate.policy

    @Test func nginxLinesForAnUpstreamWithoutKeepalive() throws {
        let f = try #require(ConnectionReuseRule().evaluate(ChainExample.ordersWithoutReuse, policy: policy).first)
        #expect(f.location == Finding.Place(path: "gateway/conf.d/api.nordicshop.conf", line: 67, column: 27))
        #expect(
            f.remediation[0]
                == "gateway/conf.d/upstreams.conf:18 — in `upstream order_service { … }` add `keepalive 32;` (idle connections kept open per worker)."
        )
        #expect(
            f.remediation[1].hasPrefix(
                "gateway/conf.d/api.nordicshop.conf:67 — in `location /v1/orders { … }` add `proxy_http_version 1.1;` and `proxy_set_header Connection \"\";`"
            ))
        #expect(
            f.evidence.contains(
                "gateway/conf.d/upstreams.conf:18 upstream order_service: servers order-service.shop.svc.cluster.local:80; no keepalive"
            ))
        #expect(f.severity == .low)
    }

    @Test func onlyWhatIsMissing() throws {
        var input = ChainExample.ordersWithoutReuse
        input.routes = [ChainExample.route("/v1/orders", to: "order_service", line: 67)]
        let f = try #require(ConnectionReuseRule().evaluate(input, policy: policy).first)
        #expect(
            f.remediation == [
                "gateway/conf.d/upstreams.conf:18 — in `upstream order_service { … }` add `keepalive 32;` (idle connections kept open per worker)."
            ])
    }

    @Test func aVariableTargetGetsAnUpstreamBlock() throws {
        let f = try #require(ConnectionReuseRule().evaluate(ChainExample.dublinChain, policy: policy).first)
        #expect(
            f.remediation[0].contains(
                "`upstream payment_processor { zone payment_processor 64k; server payment-processor.shop.svc.cluster.local:8080 resolve; keepalive 32; }`"
            ))
    }

    @Test func estateLinesForUnknownLocations() throws {
        let ipv6 = ExampleEstate.endpoint(
            "2001:db8:77:1::20", port: 8080, kind: .http, at: "app.yml", line: 29, context: "warehouse",
            method: .ipLiteral, addresses: ["2001:db8:77:1::20"],
            reason: "documentation address not covered by the estate file's networks")
        let cluster = ExampleEstate.endpoint(
            "orders.shop.svc.cluster.local", port: 5432, kind: .postgres, at: "k8s/a.yaml", line: 5, context: "env",
            method: .cluster, reason: "the estate file names no default cluster")
        let unresolved = ExampleEstate.endpoint(
            "legacy-db.corp.example.no", port: 5432, kind: .postgres, at: ".env", line: 2, context: "DATABASE_URL",
            method: .unresolved, reason: "NXDOMAIN")
        let findings = UnknownLocationRule().evaluate(
            ExampleEstate.input([ExampleEstate.privateERP, ipv6, cluster, unresolved]), policy: policy)
        let byHost = Dictionary(uniqueKeysWithValues: findings.map { ($0.host ?? "", $0) })
        let erp = try #require(byHost["172.16.40.12"])
        #expect(
            erp.remediation.first
                == "In residency.yaml under `networks:`, add `  172.16.40.0/24: oslo-1` (or the site it really runs in); widen or narrow the range to the real one."
        )
        #expect(
            erp.evidence.contains(
                "resolution (ip-literal): private address (RFC 1918) not covered by the estate file's networks"))
        #expect(erp.message.contains("private address (RFC 1918) not covered by the estate file's networks"))
        #expect(byHost["2001:db8:77:1::20"]?.remediation.first?.contains("`  2001:db8:77:1::/64: oslo-1`") == true)
        #expect(
            byHost["orders.shop.svc.cluster.local"]?.remediation.first?.contains(
                "under `clusters:`, add `  default: oslo-1`") == true)
        #expect(
            byHost["legacy-db.corp.example.no"]?.remediation.first?.contains(
                "under `hosts:`, add `  \"legacy-db.corp.example.no\": oslo-1`") == true)
        #expect(byHost["legacy-db.corp.example.no"]?.evidence.contains("resolution (unresolved): NXDOMAIN") == true)
    }

    @Test func hopBudgetNamesTheHopTheOverrunAndTheSaving() throws {
        let f = try #require(
            LatencyHopBudgetRule().evaluate(ExampleEstate.input([ExampleEstate.dublinLedger]), policy: policy).first)
        #expect(
            f.message.contains("takes ~32 ms, ~22 ms over the 10 ms hop budget; a request makes 3 of them (~95 ms)"))
        #expect(
            f.remediation.contains {
                $0.hasPrefix(
                    "Move \(ExampleEstate.dublinLedger.endpoint.id) to the cluster site, oslo-1 (Oslo, NO): the hop would take ~1.5 ms instead of ~95 ms"
                )
            })
        #expect(f.remediation.contains { $0.hasPrefix("Or move it to Amazon Web Services eu-north-1 (Stockholm, SE)") })
    }

    @Test func theHopBudgetIsPerRoundTrip() {
        // ~8 ms a query to Stockholm is within 10 ms even though a request makes three (~24 ms);
        // ~20 ms to Frankfurt is not.
        let hops = LatencyHopBudgetRule().evaluate(
            ExampleEstate.input([ExampleEstate.stockholmOrders, ExampleEstate.frankfurtProfiles]),
            policy: policy)
        #expect(hops.map(\.host) == [ExampleEstate.frankfurtProfiles.endpoint.host])
    }
}

/// config-error: one finding per unreadable file problem, fingerprints that survive line moves.
@Suite struct RuleConfigErrorTests {
    @Test func oneFindingPerDiagnosticWithStableFingerprints() {
        let at = { (line: Int) in
            ExampleEstate.input(diagnostics: [
                Diagnostic(
                    path: "k8s/a.yaml", line: line, column: 3, message: "parse error at line \(line): bad indentation"),
                Diagnostic(path: "k8s/a.yaml", message: "not UTF-8"),
            ])
        }
        let before = PolicyEvaluator.evaluate(at(7), policy: ExampleEstate.policy).findings
        let after = PolicyEvaluator.evaluate(at(12), policy: ExampleEstate.policy).findings
        #expect(before.count == 2 && Set(before.map(\.fingerprint)).count == 2)
        #expect(Set(before.map(\.fingerprint)) == Set(after.map(\.fingerprint)))
        #expect(ConfigErrorRule.subject("parse error at line 12, column 3") == "parse error at line #, column #")
    }
}

/// connection-reuse by nginx release: before 1.29.7 the location lines are needed, from 1.29.7
/// keep-alive is the default and only a target without a pool is flagged; unknown says which
/// releases the finding applies to.
@Suite struct ConnectionReuseVersionTests {
    @Test func unknownReleaseSaysWhichReleasesTheFindingAppliesTo() throws {
        let f = try #require(
            ConnectionReuseRule().evaluate(ChainExample.ordersWithoutReuse, policy: ExampleEstate.policy).first)
        #expect(
            f.message.contains(
                "This applies to nginx before 1.29.7; from 1.29.7 keep-alive to upstreams is the default"))
        #expect(
            f.evidence.contains(
                "nginx release: unknown (neither the estate file (nginx.version) nor an nginx image tag states it)"))
        #expect(
            f.remediation.contains {
                $0.contains("`proxy_http_version 1.1;`") && $0.contains("or upgrade nginx to 1.29.7 or later")
            })
    }

    @Test func olderReleaseNeedsTheLocationLines() throws {
        let f = try #require(
            ConnectionReuseRule().evaluate(
                ChainExample.withNginx(ChainExample.ordersWithoutReuse, "1.28.0"),
                policy: ExampleEstate.policy
            ).first)
        #expect(f.message.contains("nginx 1.28.0 speaks HTTP/1.0 to upstreams by default"))
        #expect(!f.message.contains("This applies to nginx before"))
    }

    @Test func from1_29_7OnlyATargetWithoutAPoolIsFlagged() throws {
        let modern = ChainExample.withNginx(ChainExample.dublinChain, "1.29.7")
        let findings = ConnectionReuseRule().evaluate(modern, policy: ExampleEstate.policy)
        let old = ConnectionReuseRule().evaluate(ChainExample.dublinChain, policy: ExampleEstate.policy)
        #expect(!findings.isEmpty && findings.count <= old.count)
        for f in findings {
            #expect(f.message.contains("not to an upstream block, so there is no connection pool"))
            #expect(!f.message.contains("proxy_http_version"))
            #expect(f.message.contains("nginx 1.29.7 keeps upstream connections alive by default"))
            #expect(!f.remediation.contains { $0.contains("proxy_http_version") })
        }
        #expect(
            ConnectionReuseRule().evaluate(
                ChainExample.withNginx(ChainExample.ordersWithoutReuse, "1.30.0"),
                policy: ExampleEstate.policy
            ).isEmpty)
    }
}

/// From nginx 1.29.7 keep-alive to upstreams is the default: a route to an upstream block is
/// flagged only when it explicitly downgrades (HTTP/1.0, `Connection: close`).
struct NginxDowngradeTests {
    static func route(http10: Bool, close: Bool) -> ProxyRoute {
        ProxyRoute(
            server: "api.example.no", path: "/v1/orders", upstream: "order_service", directive: "proxy_pass",
            scheme: "http",
            http11: false, clearsConnectionHeader: false, downgradesToHTTP10: http10, sendsConnectionClose: close,
            location: SourceLocation(path: "gateway/api.conf", line: 12, column: 9, context: "nginx"))
    }

    @Test(
        "on 1.29.7 or later only explicit downgrades are flagged, each named with its fix",
        arguments: [
            (false, false, 0), (true, false, 1), (false, true, 1), (true, true, 1),
        ])
    func downgrades(http10: Bool, close: Bool, expected: Int) throws {
        let r = Self.route(http10: http10, close: close)
        let upstream = ProxyUpstream(
            name: "order_service", servers: ["orders.example.no:8080"], keepalive: 16,
            location: SourceLocation(path: "gateway/upstreams.conf", line: 3, column: 1, context: "nginx"))
        var input = AuditInput(
            endpoints: [], routes: [r], upstreams: [upstream], edges: [], diagnostics: [], unresolved: [],
            geodata: [], suppressions: [], today: "2026-11-30")
        input.nginxVersion = NginxVersion("1.30.0")
        let policy = try #require(PolicyLoader.shipped(named: "default"))
        let findings = PolicyEvaluator.evaluate(input, policy: policy).findings
            .filter { $0.ruleId == "connection-reuse" }
        #expect(findings.count == expected)
        if let f = findings.first {
            #expect(f.message.contains(http10 ? "proxy_http_version 1.0" : "Connection close"))
            #expect(f.remediation.contains { $0.contains("remove") })
        }
    }
}
