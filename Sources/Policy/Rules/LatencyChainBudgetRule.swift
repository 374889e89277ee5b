import ResidencyCore

/// A request entering by a gateway route whose worst chain, from the users' city through the
/// services to the deepest datastore, is estimated over the chain budget: what users feel.
public struct LatencyChainBudgetRule: ContextualRule {
    public init() {}

    public static let description = RuleDescription(
        id: "latency-chain-budget",
        category: .latencyBudget,
        title: "Request chain over the latency budget",
        summary: """
            Follows each gateway route from the policy's origin (users in Oslo) to the gateway at the cluster \
            site, through the upstream block to the Service, its workloads and the services they call, down to \
            each datastore, and sums the estimated round trips of every hop. A gateway hop without connection \
            reuse pays a TCP (and TLS) handshake per request; a datastore hop counts `datastoreRoundTrips` \
            round trips. The worst chain of a route over `chainBudgetMs` is a finding, naming the hop that \
            breaks the budget.
            """,
        references: [
            "policies/norway-latency.yaml (origin, round-trip model, budgets)",
            "ITU-T G.652 (single-mode fibre: light at ~200 km/ms)",
            "RFC 9293 (TCP three-way handshake)", "RFC 8446 (TLS 1.3: one round-trip handshake)",
        ],
        remediation: """
            Move the costliest hop's far end next to the cluster (or to the nearest allowed region of its \
            provider), reuse connections on hops that open one per request, and cut round trips to distant \
            datastores.
            """,
        triggeringExamples: [
            RuleExample(
                "the payment webhook route reaches a ledger in Dublin", input: ChainExample.dublinChain,
                policy: ExampleEstate.policy,
                flags: [.init("api.nordicshop.example.no /v1/payments/webhooks", .medium)])
        ],
        nonTriggeringExamples: [
            RuleExample(
                "the users route ends at Redis in Oslo", input: ChainExample.osloChain, policy: ExampleEstate.policy)
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
        let chains = context.chains
        let over = chains.filter(\.overBudget)
        // Within budget everywhere: nothing to report, and no index of every endpoint to build.
        guard !over.isEmpty else { return [] }
        let byID = Dictionary(graph.endpoints.map { ($0.endpoint.id, $0) }, uniquingKeysWith: { a, _ in a })
        let overByRoute = Dictionary(grouping: over, by: \.route)
        return LatencyChain.worstPerRoute(chains).compactMap { chain -> Finding? in
            guard chain.overBudget else { return nil }
            let route = chain.route
            let message =
                "Requests to \(chain.routeName) take an estimated \(Fmt.ms(chain.totalMs)) from \(frame.originName), "
                + "\(Fmt.ms(chain.totalMs - chain.budgetMs)) over the \(Fmt.number(chain.budgetMs)) ms chain budget: \(chain.pathDescription)."
            var evidence = [EndpointEvidence.source(route.location)]
            evidence += chain.hops.enumerated().map { HopEvidence.line($0.element, index: $0.offset + 1) }
            evidence.append("total \(Fmt.ms(chain.totalMs)), budget \(Fmt.number(chain.budgetMs)) ms")
            evidence += alsoOverBudget(overByRoute[route] ?? [], worst: chain)
            evidence.append(HopEvidence.model(frame))
            var remediation: [String] = []
            if let worst = chain.costliestHop {
                remediation.append(
                    "The hop that breaks the budget is \(worst.from) → \(worst.to) (\(worst.place)): \(Fmt.ms(worst.estimateMs)) of the chain's \(Fmt.ms(chain.totalMs)), which is \(Fmt.ms(chain.totalMs - chain.budgetMs)) over its \(Fmt.number(chain.budgetMs)) ms budget."
                )
                remediation += LatencyAdvice.steps(
                    for: worst, endpoint: worst.endpointId.flatMap { byID[$0] }, input: input,
                    policy: policy, frame: frame, chainTotalMs: chain.totalMs, budgetMs: chain.budgetMs)
                for hop in chain.hops where !hop.reusesConnections && hop != worst {
                    remediation += LatencyAdvice.steps(
                        for: hop, endpoint: nil, input: input, policy: policy, frame: frame
                    )
                    .filter { $0.hasPrefix("Reuse connections") }
                }
            }
            // Linked to the endpoint that costs the most, else the chain's far end.
            let linked = chain.costliestHop?.endpointId ?? chain.hops.last(where: { $0.endpointId != nil })?.endpointId
            return finding(
                severity: latency.severity, message: message, location: Finding.Place(route.location),
                linkedEndpoint: linked, host: route.server, subject: chain.routeName, evidence: evidence,
                remediation: remediation)
        }
    }

    /// The route's other chains over budget, one per far end (slowest first, a few at most):
    /// fixing the worst chain alone may not bring the route within budget.
    private func alsoOverBudget(_ chains: [LatencyChain], worst: LatencyChain) -> [String] {
        var seen: Set<String> = [worst.hops.last?.to ?? ""]
        let others = chains.sorted { ($0.totalMs, $1.pathDescription) > ($1.totalMs, $0.pathDescription) }.filter {
            seen.insert($0.hops.last?.to ?? "").inserted
        }
        var lines = others.prefix(3).map { "also over budget: \($0.pathDescription) \(Fmt.ms($0.totalMs))" }
        if others.count > 3 { lines.append("… and \(others.count - 3) more chains of this route over budget") }
        return lines
    }
}
