extension Finding {
    /// `findings` in `reportOrder`, for audits of tens of thousands of findings: each finding is
    /// ranked by small integer keys (its path's and rule's places among the distinct ones, sorted
    /// once), positions are sorted rather than the large values, and the full comparison only
    /// breaks ties (host, subject, fingerprint). Input already in order is returned as it is.
    public static func inReportOrder(_ findings: [Finding]) -> [Finding] {
        var sorted = findings
        sortInReportOrder(&sorted)
        return sorted
    }

    /// `inReportOrder` in place: the findings are moved into their places, never copied.
    public static func sortInReportOrder(_ findings: inout [Finding]) {
        if findings.indices.dropFirst().allSatisfy({ !reportOrder(findings[$0], findings[$0 - 1]) }) { return }
        findings.arrange(inOrder: reportOrderPositions(findings))
    }

    /// The positions of `findings` in report order (ranked keys, then the full comparison). The
    /// keys are read through the buffer: a finding taken by subscript or handed to a closure was
    /// copied first, retaining each of its strings.
    static func reportOrderPositions(_ findings: [Finding]) -> [Int] {
        findings.withUnsafeBufferPointer { f in
            var paths: [String] = []
            var rules: [String] = []
            paths.reserveCapacity(f.count)
            rules.reserveCapacity(f.count)
            for i in f.indices {
                paths.append(f[i].location?.path ?? "")
                rules.append(f[i].ruleId)
            }
            let pathRank = sortedRanks(paths)
            let ruleRank = sortedRanks(rules)
            let keys = f.indices.map { i in
                (pathRank[paths[i]]!, f[i].location?.line ?? 0, f[i].location?.column ?? 0, ruleRank[rules[i]]!)
            }
            // Read only, and only while this closure runs.
            nonisolated(unsafe) let f = f
            return sortedPositions(count: f.count) { a, b in
                keys[a] != keys[b] ? keys[a] < keys[b] : reportOrder(f[a], f[b])
            }
        }
    }
}
