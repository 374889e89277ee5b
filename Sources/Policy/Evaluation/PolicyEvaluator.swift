import ResidencyCore

/// Runs every rule of the registry over one audit's input and returns the verdict: findings
/// with fingerprints, suppressions applied, in the contract's order, plus the latency chains.
///
/// The input is put in a canonical order first, so the result does not depend on the order the
/// scan, the resolver or the estate file produced things in.
public enum PolicyEvaluator {
    public static func evaluate(_ input: AuditInput, policy: Policy) -> Evaluation {
        evaluate(input, policy: policy, rules: RuleRegistry.all.map { $0.init() })
    }

    public static func evaluate(_ rawInput: AuditInput, policy: Policy, rules: [any Rule]) -> Evaluation {
        let input = canonical(rawInput)
        let matcher = SuppressionMatcher(input.suppressions, today: input.today)
        var findings: [Finding] = []
        for rule in rules {
            for var finding in rule.evaluate(input, policy: policy) {
                finding.fingerprint = Fingerprint.of(finding)
                matcher.apply(to: &finding)
                findings.append(finding)
            }
        }
        findings.sort(by: Finding.reportOrder)
        var chains: [LatencyChain] = []
        if let latency = policy.latency {
            chains = ChainBuilder(graph: ServiceGraph(input), frame: LatencyFrame(input: input, policy: policy), policy: latency)
                .chains(for: input.routes)
        }
        return Evaluation(findings: findings, chains: chains)
    }

    /// The same input in a fixed order: endpoints by id, everything else by its own order.
    static func canonical(_ input: AuditInput) -> AuditInput {
        var c = input
        c.endpoints = input.endpoints.sorted { $0.endpoint.id < $1.endpoint.id }
        c.routes = input.routes.sorted()
        c.upstreams = input.upstreams.sorted()
        c.edges = input.edges.sorted()
        c.diagnostics = input.diagnostics.sorted()
        c.geodata = input.geodata.sorted { ($0.path, $0.databaseType, $0.buildDate) < ($1.path, $1.databaseType, $1.buildDate) }
        c.suppressions = input.suppressions.sorted(by: SuppressionMatcher.order)
        c.providerRegions = input.providerRegions.mapValues { $0.sorted { $0.id < $1.id } }
        return c
    }
}
