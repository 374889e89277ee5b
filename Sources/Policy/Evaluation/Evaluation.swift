import ResidencyCore

/// What the policy says about one audit: the findings (fingerprinted, suppressions applied, in
/// report order) and the latency chains behind the latency findings, for the report to show.
public struct Evaluation: Sendable {
    public var findings: [Finding]
    /// Every chain built, by route then path; `worstChains` is what a report shows.
    public var chains: [LatencyChain]

    public init(findings: [Finding], chains: [LatencyChain]) {
        self.findings = findings
        self.chains = chains
    }

    /// The slowest chain of each route, in route order.
    public var worstChains: [LatencyChain] { LatencyChain.worstPerRoute(chains) }
}
