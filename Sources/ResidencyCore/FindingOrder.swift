import Dispatch

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
        if isInReportOrder(findings) { return }
        findings.arrange(inOrder: reportOrderPositions(findings))
    }

    /// Whether each finding stands in report order after the one before it: pairs read in place
    /// (a finding taken by subscript was copied first), in chunks on all cores. The report checks
    /// the evaluator's findings again, so this is the common case.
    static func isInReportOrder(_ findings: [Finding]) -> Bool {
        findings.withUnsafeBufferPointer { buffer in
            nonisolated(unsafe) let f = buffer
            let n = f.count
            guard n > 1 else { return true }
            let parts = max(1, min(64, n / 4_096))
            var inOrder = [Bool](repeating: true, count: parts)
            inOrder.withUnsafeMutableBufferPointer { slots in
                nonisolated(unsafe) let slots = slots
                DispatchQueue.concurrentPerform(iterations: parts) { p in
                    let range = max(1, p * n / parts)..<((p + 1) * n / parts)
                    slots[p] = range.allSatisfy { !reportOrder(f[$0], f[$0 - 1]) }
                }
            }
            return !inOrder.contains(false)
        }
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
