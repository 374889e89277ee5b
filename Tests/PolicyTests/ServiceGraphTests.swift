import ResidencyCore
import Testing

@testable import Policy

/// The service graph on a hand-made estate mirroring fixtures/nordic-shop: an nginx gateway in
/// Oslo routing to Kubernetes Services, a payment-processor whose ledger is in Dublin, a
/// user-service whose Redis is in the same datacentre.
@Suite struct ServiceGraphTests {
    let policy = ExampleEstate.policy
    var latency: LatencyPolicy { policy.latency! }

    func chains(_ input: AuditInput) -> [LatencyChain] {
        ChainBuilder(graph: ServiceGraph(input), frame: LatencyFrame(input: input, policy: policy), policy: latency)
            .chains(for: input.routes)
    }

    @Test func hostsNameComponents() {
        let graph = ServiceGraph(ChainExample.dublinChain)
        #expect(graph.component(forHost: "payment-processor.shop.svc.cluster.local") == "payment-processor")
        #expect(graph.component(forHost: "payment-processor.shop.svc") == "payment-processor")
        #expect(graph.component(forHost: "payment-processor.shop") == "payment-processor")
        #expect(graph.component(forHost: "payment-processor") == "payment-processor")
        #expect(graph.component(forHost: "USER-SERVICE.shop.svc.cluster.local.") == "user-service")
        #expect(graph.component(forHost: "user-service-0.user-service.shop.svc.cluster.local") == "user-service")
        #expect(graph.component(forHost: "rabbitmq.messaging.svc.cluster.local") == nil)
        #expect(graph.component(forHost: "payments-ledger.cluster-cq4r7s2t9uvw.eu-west-1.rds.amazonaws.com") == nil)
        #expect(graph.component(forHost: "user-service.example.com") == nil)
    }

    @Test func serviceSelectsItsWorkloads() {
        let edges = [
            ChainExample.selects("api", "api-v1", path: "k8s/api.yaml"),
            ChainExample.selects("api", "api-v2", path: "k8s/api.yaml"),
        ]
        let graph = ServiceGraph(ExampleEstate.input(edges: edges))
        #expect(graph.workloads(of: "api") == ["api-v1", "api-v2"])
        #expect(graph.workloads(of: "worker") == ["worker"], "a compose service is its own workload")
    }

    @Test func theChainThroughIrelandBreaksTheBudget() throws {
        let all = chains(ChainExample.dublinChain)
        let webhook = try #require(LatencyChain.worstPerRoute(all).first { $0.route.path == "/v1/payments/webhooks" })
        #expect(
            webhook.hops.map(\.to) == [
                "gateway api.nordicshop.example.no", "payment-processor",
                ExampleEstate.dublinLedger.endpoint.id,
            ])
        #expect(webhook.overBudget)
        // Three queries Oslo–Dublin at 30–40 ms each (the route runs through Amsterdam and London).
        #expect(webhook.totalMs > 90 && webhook.totalMs < 120, "\(webhook.totalMs)")
        let ledger = try #require(webhook.hops.last)
        #expect(ledger.roundTrips == 3 && ledger.place.contains("Dublin"))
        #expect(abs((ledger.distanceKm ?? 0) - 1265) < 15)
        // The gateway passes to a variable: no pool, so the hop pays the TCP handshake.
        #expect(webhook.hops[1].reusesConnections == false && webhook.hops[1].roundTrips == 2)
        #expect(webhook.costliestHop == ledger)

        let findings = LatencyChainBudgetRule().evaluate(ChainExample.dublinChain, policy: policy)
        #expect(findings.count == 1)
        let f = try #require(findings.first)
        #expect(f.location?.path == "gateway/conf.d/api.nordicshop.conf" && f.location?.line == 77)
        #expect(f.message.contains("over the 50 ms chain budget"))
        #expect(f.remediation.first?.contains("payment-processor → \(ExampleEstate.dublinLedger.endpoint.id)") == true)
        #expect(
            f.remediation.contains {
                $0.contains("eu-north-1 (Stockholm, SE)") && $0.contains("within the 50 ms budget")
            })
    }

    @Test func osloRedisIsWithinBudget() throws {
        let users = try #require(LatencyChain.worstPerRoute(chains(ChainExample.osloChain)).first)
        #expect(users.hops.last?.endpointId == ExampleEstate.osloRedis.endpoint.id)
        #expect(users.totalMs < 3, "\(users.totalMs)")
        #expect(users.hops.allSatisfy { $0.reusesConnections })
        #expect(!users.overBudget)
    }

    @Test func servicesCallingEachOtherAreFollowedOnceEach() throws {
        // order-service → payment-processor → order-service (a callback) must not loop.
        let call = { (host: String, from: String, line: Int) in
            ExampleEstate.endpoint(
                host, port: 8080, kind: .http, at: "k8s/\(from).yaml", line: line, context: "env", components: [from],
                method: .cluster, locations: [ExampleEstate.oslo(host)])
        }
        var input = ChainExample.ordersWithoutReuse
        input.endpoints += [
            call("payment-processor.shop.svc.cluster.local", "order-service", 56),
            call("order-service.shop.svc.cluster.local", "payment-processor", 78),
            ExampleEstate.dublinLedger,
        ]
        let all = chains(input)
        #expect(all.allSatisfy { Set($0.hops.map(\.to)).count == $0.hops.count })
        let worst = try #require(LatencyChain.worstPerRoute(all).first)
        #expect(
            worst.pathDescription.hasSuffix(
                "order-service → payment-processor → \(ExampleEstate.dublinLedger.endpoint.id)"))
    }

    /// nordic-shop's docker-compose.yml reuses the production names with local datastores: the
    /// gateway's chains stay in the cluster, compose calls stay in their project, and a compose
    /// service is reached from a gateway only when no cluster component has the name.
    @Test func composeServicesDoNotJoinProductionWorkloadsOfTheSameName() throws {
        let composed = ComponentName.compose("payment-processor", file: "docker-compose.yml")
        let localDB = ExampleEstate.endpoint(
            "postgres", port: 5432, kind: .postgres, at: "docker-compose.yml", line: 31,
            context: "compose service payment-processor, env LEDGER_DATABASE_URL",
            components: [composed], method: .cluster, locations: [ExampleEstate.oslo("postgres")])
        var input = ChainExample.dublinChain
        input.endpoints.append(localDB)
        let graph = ServiceGraph(input)
        #expect(graph.component(forHost: "payment-processor") == "payment-processor")
        #expect(
            graph.component(
                forHost: "payment-processor", from: ComponentName.compose("checkout", file: "docker-compose.yml"))
                == composed)
        #expect(
            graph.component(
                forHost: "payment-processor", from: ComponentName.compose("checkout", file: "dev/compose.yaml"))
                == "payment-processor")
        let reached = chains(input).flatMap { $0.hops.compactMap(\.endpointId) }
        #expect(reached.contains(ExampleEstate.dublinLedger.endpoint.id))
        #expect(!reached.contains(localDB.endpoint.id), "the gateway reached the compose project's local database")

        // Compose alone (no cluster component of that name): the gateway does reach it.
        var composeOnly = input
        composeOnly.endpoints = [localDB]
        composeOnly.edges = []
        #expect(ServiceGraph(composeOnly).component(forHost: "payment-processor") == composed)
        #expect(chains(composeOnly).contains { $0.hops.last?.endpointId == localDB.endpoint.id })
    }

    @Test func componentNamesRoundTrip() {
        let name = ComponentName.compose("order-service", file: "deploy/compose (dev).yml")
        #expect(ComponentName.plain(name) == "order-service")
        #expect(ComponentName.composeFile(of: name) == "deploy/compose (dev).yml")
        #expect(
            ComponentName.plain("order-service") == "order-service"
                && ComponentName.composeFile(of: "order-service") == nil)
    }

    @Test func anExternalNameServiceIsPlacedWhereItsTargetIs() throws {
        let alias = ServiceEdge(
            from: "users-db", to: "pg-users.fra.example.de", kind: .aliases,
            location: SourceLocation(path: "k8s/users-db.yaml", line: 13, column: 17))
        let inCluster = ExampleEstate.endpoint(
            "users-db.shop.svc.cluster.local", port: 5432, kind: .postgres, at: "k8s/secret.yaml",
            line: 12, context: "DATABASE_URL", components: ["user-service"], method: .cluster,
            locations: [ExampleEstate.oslo("users-db.shop.svc.cluster.local")])
        let target = ExampleEstate.endpoint(
            "pg-users.fra.example.de", port: 5432, kind: .postgres, at: "k8s/users-db.yaml", line: 13,
            context: "externalName", components: ["users-db"], method: .dns,
            locations: [
                Location(
                    address: "192.0.2.10", country: "DE", city: "Frankfurt",
                    latitude: 50.11, longitude: 8.68, source: .mmdb)
            ])
        let input = ExampleEstate.input([inCluster, target], edges: [alias])
        let graph = ServiceGraph(input)
        let (locations, via) = graph.effectiveLocations(of: inCluster)
        #expect(locations.first?.country == "DE" && via == "ExternalName users-db → pg-users.fra.example.de")
        let hop = LatencyHopBudgetRule().evaluate(input, policy: policy).filter { $0.host == inCluster.endpoint.host }
        #expect(
            hop.count == 1
                && hop.first?.evidence.contains("placed through ExternalName users-db → pg-users.fra.example.de")
                    == true
        )
    }

    @Test func unlocatedEndsCountNothingAndSaySo() throws {
        let route = ChainExample.route("/v1/legacy", to: "legacy.example.no:8080", line: 90)
        let chain = try #require(chains(ExampleEstate.input(routes: [route])).first)
        #expect(chain.hops.last?.place == "unlocated" && chain.hops.last?.estimateMs == 0)
        #expect(chain.hops.last?.distanceKm == nil)
    }
}

/// Gateway targets as nginx writes them.
@Suite struct ServiceGraphHostPortTests {
    @Test(
        arguments: [
            ("user-service.shop.svc.cluster.local:80", "user-service.shop.svc.cluster.local", 80),
            ("Backend.Example.NO:8080", "backend.example.no", 8080),
            ("[2001:db8::1]:443", "2001:db8::1", 443),
            ("2001:db8::1", "2001:db8::1", nil),
            ("http://backend/path", "backend", nil),
            ("https://api.example.no:8443/v1", "api.example.no", 8443),
            ("backend", "backend", nil),
            ("host.example.no.:80", "host.example.no", 80),
        ] as [(String, String, Int?)])
    func parses(_ text: String, host: String, port: Int?) throws {
        let hp = try #require(HostPort(text))
        #expect(hp.host == host && hp.port == port)
    }

    @Test func notHosts() {
        #expect(HostPort("unix:/var/run/app.sock") == nil)
        #expect(HostPort("$backend") == nil)
        #expect(HostPort("") == nil)
    }
}
