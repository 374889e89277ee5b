import ResidencyCore

/// A service's hop to its datastore or queue over the hop budget. Services talk to their
/// datastores many times per request, so the budget is per round trip (per query): a database
/// one country away costs that much again for every query a request makes.
public struct LatencyHopBudgetRule: ContextualRule {
    public init() {}

    public static let description = RuleDescription(
        id: "latency-hop-budget",
        category: .latencyBudget,
        title: "Datastore hop over the latency budget",
        summary: """
            Estimates one round trip (one query) from a service, running at the estate's cluster site, to each \
            datastore or queue it uses: the great-circle distance to the endpoint's farthest location, turned \
            into milliseconds by the policy's model (fibre at ~200 km/ms, a route stretch factor, a fixed cost \
            per hop). A round trip over `hopBudgetMs` is a finding, whether or not a gateway route leads to the \
            service; the message also gives the cost per request (`datastoreRoundTrips` queries).
            """,
        references: [
            "policies/norway-latency.yaml (origin, round-trip model, budgets)",
            "ITU-T G.652 (single-mode fibre: light at ~200 km/ms)",
            "RFC 9293 (TCP three-way handshake)", "RFC 8446 (TLS 1.3: one round-trip handshake)",
        ],
        remediation: """
            Move the datastore next to the services that use it (the cluster site), or to the nearest allowed \
            region of its provider; or cut the queries a request makes to it (batching, a cache).
            """,
        triggeringExamples: [
            RuleExample(
                "order-service in Oslo querying a replica in us-east-1 (~113 ms a query)",
                input: ExampleEstate.input([ExampleEstate.virginiaReplica]), policy: ExampleEstate.policy,
                flags: [.init("analytics-replica.c3k9vd8f2mzq.us-east-1.rds.amazonaws.com", .medium)]),
            RuleExample(
                "payment-processor in Oslo and its ledger in Dublin (~23 ms a query)",
                input: ExampleEstate.input([ExampleEstate.dublinLedger]), policy: ExampleEstate.policy,
                flags: [.init("payments-ledger.cluster-cq4r7s2t9uvw.eu-west-1.rds.amazonaws.com", .medium)]),
        ],
        nonTriggeringExamples: [
            RuleExample(
                "Redis in the same Oslo datacentre", input: ExampleEstate.input([ExampleEstate.osloRedis]),
                policy: ExampleEstate.policy),
            RuleExample(
                "RDS in Stockholm (~8 ms a query)", input: ExampleEstate.input([ExampleEstate.stockholmOrders]),
                policy: ExampleEstate.policy),
            RuleExample(
                "an unlocated datastore cannot be measured", input: ExampleEstate.input([ExampleEstate.privateERP]),
                policy: ExampleEstate.policy),
        ])

    public func evaluate(_ input: AuditInput, policy: Policy) -> [Finding] {
        evaluate(EvaluationContext(input: input, policy: policy))
    }

    func evaluate(_ context: EvaluationContext) -> [Finding] {
        let input = context.input
        let policy = context.policy
        guard let latency = policy.latency else { return [] }
        let frame = context.frame
        let graph = context.graph
        guard let home = frame.home else { return [] }
        return graph.endpoints.concurrentCompactMap { e -> Finding? in
            let role = e.endpoint.role
            guard role == .datastore || role == .queue, !e.endpoint.isResourceDeclaration, !graph.isOffRequestPath(e)
            else { return nil }
            let (locations, via) = graph.effectiveLocations(of: e)
            let end = HopEnd.farthest(of: locations, from: home)
            guard let point = end.point else { return nil }
            let distance = home.distanceKm(to: point)
            let trip = frame.roundTrip(from: home, frame.homeLocation, to: point, end.location)
            let perTrip = trip.ms
            guard perTrip > latency.hopBudgetMs else { return nil }
            let trips = role == .datastore ? max(1, latency.datastoreRoundTrips) : 1
            let from =
                e.endpoint.components.isEmpty
                ? "services in the cluster" : e.endpoint.components.joined(separator: ", ")
            let hop = LatencyHop(
                from: from, to: e.endpoint.id, place: end.label, distanceKm: distance, roundTrips: trips,
                estimateMs: Double(trips) * perTrip, reusesConnections: true, tls: e.endpoint.tls,
                endpointId: e.endpoint.id)
            let message =
                "A round trip from \(from) at \(frame.homeLabel) to the \(e.endpoint.phrase) (\(end.label)) takes \(Fmt.ms(perTrip)), "
                + "\(Fmt.ms(perTrip - latency.hopBudgetMs)) over the \(Fmt.number(latency.hopBudgetMs)) ms hop budget"
                + (trips > 1 ? "; a request makes \(trips) of them (\(Fmt.ms(hop.estimateMs)))." : ".")
            var evidence = EndpointEvidence.sources(e.endpoint)
            if let via { evidence.append("placed through \(via)") }
            evidence += EndpointEvidence.resolution(e, locations: locations)
            evidence.append(HopEvidence.line(hop))
            if let published = trip.published {
                evidence.append("published round trip, used instead of the model: \(published.label)")
            } else {
                evidence.append(HopEvidence.model(frame))
            }
            if trips > 1 {
                evidence.append("\(trips) round trips per request to a datastore (policy: datastoreRoundTrips)")
            }
            return finding(
                severity: latency.severity, message: message, location: e.endpoint.place, endpoint: e.endpoint,
                evidence: evidence,
                remediation: LatencyAdvice.steps(for: hop, endpoint: e, input: input, policy: policy, frame: frame))
        }
    }
}
