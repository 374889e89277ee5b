import ResidencyCore

/// Findings grouped by rule for people to read: remediation steps that several of a rule's
/// findings carry are written once under the rule, numbered, and each finding names the numbers
/// it needs and keeps only what is its own (where, host, message, evidence, its own steps);
/// references every finding carries are written once too. Without this, a rule with eleven
/// findings on one provider repeats the same five steps eleven times.
struct RuleGroup: Sendable {
    var ruleId: String
    var title: String
    var worst: Severity
    var findings: [Finding]
    /// Steps that two or more findings of the rule carry (all of them when the rule has one
    /// finding), in the order they first appear.
    var sharedRemediation: [String]
    var sharedReferences: [String]

    /// `3 findings: 2 active, 1 suppressed`, split as the summary counts.
    var tally: String { AuditFacts.tally(findings) }

    func ownRemediation(_ f: Finding) -> [String] { f.remediation.filter { !sharedRemediation.contains($0) } }

    /// The 1-based numbers of the shared steps this finding needs.
    func sharedSteps(_ f: Finding) -> [Int] {
        sharedRemediation.indices.filter { f.remediation.contains(sharedRemediation[$0]) }.map { $0 + 1 }
    }

    /// True when every finding needs every shared step: then a finding need not name them. Worked
    /// out once per rule: asked for each finding, it made a report of 70,000 findings quadratic.
    let sharedByAll: Bool

    /// `steps 1–3 and 5 above`: which shared steps a finding needs, or nil when it needs none.
    func sharedStepsNote(_ f: Finding, where place: String = "above") -> String? {
        let steps = sharedSteps(f)
        guard !steps.isEmpty else { return nil }
        var runs: [String] = []
        var i = 0
        while i < steps.count {
            var j = i
            while j + 1 < steps.count, steps[j + 1] == steps[j] + 1 { j += 1 }
            runs.append(j == i ? "\(steps[i])" : j == i + 1 ? "\(steps[i]), \(steps[j])" : "\(steps[i])–\(steps[j])")
            i = j + 1
        }
        let list = runs.count == 1 ? runs[0] : runs.dropLast().joined(separator: ", ") + " and " + runs.last!
        return "\(steps.count == 1 ? "step" : "steps") \(list) \(place)"
    }
    func ownReferences(_ f: Finding) -> [String] { f.references.filter { !sharedReferences.contains($0) } }

    /// Steps two or more findings carry, or every step of a rule's only finding. One table
    /// lookup per step (its first position and how many findings carry it): most steps of a large
    /// estate name their own host, so the table holds nearly every step once.
    private static func sharedSteps(in fs: [Finding]) -> [String] {
        if fs.count == 1 { return fs[0].remediation }
        var order: [String] = []
        var carriers: [Int] = []
        var position: [String: Int] = [:]
        position.reserveCapacity(fs.count)
        for f in fs {
            let steps = f.remediation
            for (k, step) in steps.enumerated() {
                // A step a finding lists twice still counts once for it.
                if steps[..<k].contains(step) { continue }
                if let at = position[step] {
                    carriers[at] += 1
                } else {
                    position[step] = order.count
                    order.append(step)
                    carriers.append(1)
                }
            }
        }
        return order.indices.filter { carriers[$0] >= 2 }.map { order[$0] }
    }

    /// Rules worst first (by their worst active finding, then any), then by id; inside a rule the
    /// active findings before baselined and suppressed ones, each worst first, in report order.
    static func make(_ findings: [Finding]) -> [RuleGroup] {
        // Each rule's positions in `findings`, not copies of its findings.
        var order: [String] = []
        var byRule: [String: [Int]] = [:]
        for i in findings.indices {
            let id = findings[i].ruleId
            if byRule[id] == nil { order.append(id) }
            byRule[id, default: []].append(i)
        }
        let groups = order.map { id -> RuleGroup in
            let at = byRule[id]!
            func state(_ f: Finding) -> Int { f.suppressed ? 2 : f.baselined ? 1 : 0 }
            // Positions sorted by a key read once each (sorting the findings themselves moved
            // large values at every step), stable, so report order breaks ties; then one copy
            // of each finding into its group.
            let keys = at.map { (state(findings[$0]), -findings[$0].severity.rank) }
            let sorted = sortedPositions(count: at.count) { keys[$0] < keys[$1] }.map { findings[at[$0]] }
            let first = sorted[0]
            let shared = sharedSteps(in: sorted)
            let sharedSet = Set(shared)
            return RuleGroup(
                ruleId: id, title: first.title, worst: sorted.map(\.severity).max()!, findings: sorted,
                sharedRemediation: shared,
                sharedReferences: first.references.filter { ref in sorted.allSatisfy { $0.references.contains(ref) } },
                sharedByAll: sorted.allSatisfy { f in sharedSet.isSubset(of: f.remediation) })
        }
        // Each group's worst active severity once, not at every comparison (each a pass over
        // all of the group's findings).
        let activeWorst = Dictionary(
            groups.map { g in
                (g.ruleId, g.findings.lazy.filter { !$0.suppressed && !$0.baselined }.map(\.severity.rank).max() ?? -1)
            }, uniquingKeysWith: { a, _ in a })
        return groups.sorted { a, b in
            let ka = (activeWorst[a.ruleId]!, a.worst.rank)
            let kb = (activeWorst[b.ruleId]!, b.worst.rank)
            return ka != kb ? ka > kb : a.ruleId < b.ruleId
        }
    }
}
