import ResidencyCore

/// What several rules derive from one input (the service graph, the latency frame, the request
/// chains), built once per evaluation instead of once per rule: on a 10,000-file estate the
/// chains alone are thousands of routes.
final class EvaluationContext {
    let input: AuditInput
    let policy: Policy

    init(input: AuditInput, policy: Policy) {
        self.input = input
        self.policy = policy
    }

    lazy var graph = ServiceGraph(input)
    lazy var frame = LatencyFrame(input: input, policy: policy)
    /// Every chain of every route; empty without a latency policy.
    lazy var chains: [LatencyChain] =
        policy.latency.map { latency in
            ChainBuilder(graph: graph, frame: frame, policy: latency).chains(for: input.routes)
        } ?? []
}

/// A rule that uses the shared derivations. Its public `evaluate(_:policy:)` builds a context of
/// its own; the evaluator hands every such rule the same one.
protocol ContextualRule: Rule {
    func evaluate(_ context: EvaluationContext) -> [Finding]
}
