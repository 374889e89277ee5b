import Dispatch
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
        let matcher = SuppressionMatcher(input)
        let joined = Dictionary(
            input.endpoints.filter { !$0.aliases.isEmpty }.map { ($0.endpoint.id, $0) },
            uniquingKeysWith: { a, _ in a })
        /// Fingerprints and suppressions depend on the finding alone: on all cores, in place (the
        /// array is the rule's own, so nothing is copied).
        @Sendable func judge(_ found: inout [Finding]) {
            found.concurrentUpdate { finding in
                finding.fingerprint = Fingerprint.of(finding)
                if let id = finding.endpointId, let e = joined[id] {
                    finding.formerFingerprints = Fingerprint.former(finding, endpoint: e)
                }
                matcher.apply(to: &finding)
            }
        }
        // Two lanes side by side: the rules that share the derived graph, frame and chains (one
        // context, built lazily, so one lane, on a thread of its own) and the rest (on this one).
        // Not one concurrentPerform of two lanes: a concurrentPerform nested in one runs serially,
        // and the rules spread their endpoints over the cores themselves. Each rule's findings
        // keep its slot, so the result is the registry's order whichever lane finishes first.
        let first = rules.filter { !($0 is any FindingsRule) }
        nonisolated(unsafe) let context = EvaluationContext(input: input, policy: policy)
        let found = ChunkResults<Finding>(count: first.count)
        @Sendable func lane(contextual: Bool) {
            for (i, rule) in first.enumerated() where (rule is any ContextualRule) == contextual {
                var findings = (rule as? any ContextualRule)?.evaluate(context) ?? rule.evaluate(input, policy: policy)
                judge(&findings)
                found[i] = findings
            }
        }
        let contextualLane = DispatchGroup()
        DispatchQueue.global().async(group: contextualLane) { lane(contextual: true) }
        lane(contextual: false)
        contextualLane.wait()
        var findings = found.joined()
        // Rules about the other rules' findings (an unused suppression) run once those are all in.
        var later: [Finding] = []
        for case let rule as any FindingsRule in rules {
            var more = rule.evaluate(input, judged: findings)
            judge(&more)
            later += more
        }
        findings += later
        Finding.sortInReportOrder(&findings)
        let evaluation = Evaluation(findings: findings, chains: context.chains)
        // The ordered copy of the input and the graph built from it are freed while the report
        // is written, not before (a second of `free` on one core at 50,000 files).
        BackgroundRelease.drop(consume context)
        BackgroundRelease.drop(consume input)
        return evaluation
    }

    /// The same input in a fixed order: endpoints by id, everything else by its own order. The
    /// scan already delivers most of it sorted, so each list is checked before it is sorted.
    static func canonical(_ input: AuditInput) -> AuditInput {
        var c = input
        c.endpoints = ordered(input.endpoints) { $0.endpoint.id }
        c.routes = ordered(input.routes, by: <)
        c.upstreams = ordered(input.upstreams, by: <)
        c.edges = ordered(input.edges, by: <)
        c.diagnostics = ordered(input.diagnostics, by: <)
        c.geodata = ordered(input.geodata) {
            ($0.path, $0.databaseType, $0.buildDate) < ($1.path, $1.databaseType, $1.buildDate)
        }
        c.suppressions = ordered(input.suppressions, by: SuppressionMatcher.order)
        c.providerRegions = input.providerRegions.mapValues { ordered($0) { $0.id < $1.id } }
        return c
    }

    /// Ordered by a key read once per element: comparing large values (an endpoint with its
    /// resolution) copied them at every comparison.
    private static func ordered<T: Sendable, K: Comparable & Sendable>(
        _ list: [T], key: @Sendable (T) -> K
    ) -> [T] {
        // Keys read and the list gathered on all cores (each a pass over every endpoint).
        let keys = Array(list.indices).concurrentMap { key(list[$0]) }
        var i = 0
        while i + 1 < keys.count, !(keys[i + 1] < keys[i]) { i += 1 }
        if i + 1 >= keys.count { return list }
        return sortedPositions(count: keys.count) { keys[$0] < keys[$1] }.concurrentMap { list[$0] }
    }

    private static func ordered<T: Sendable>(_ list: [T], by less: @Sendable (T, T) -> Bool) -> [T] {
        var i = list.startIndex
        while i + 1 < list.endIndex, !less(list[i + 1], list[i]) { i += 1 }
        if i + 1 >= list.endIndex { return list }
        // Sort positions, not the (large) values, on all cores, then gather.
        return sortedPositions(count: list.count) { less(list[$0], list[$1]) }.map { list[$0] }
    }
}
