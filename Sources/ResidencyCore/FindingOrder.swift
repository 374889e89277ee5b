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

    /// The positions of `findings` in report order (ranked keys, then the full comparison).
    static func reportOrderPositions(_ findings: [Finding]) -> [Int] {
        let pathRank = sortedRanks(findings.map { $0.location?.path ?? "" })
        let ruleRank = sortedRanks(findings.map(\.ruleId))
        let keys = findings.map { f in
            (pathRank[f.location?.path ?? ""]!, f.location?.line ?? 0, f.location?.column ?? 0, ruleRank[f.ruleId]!)
        }
        return findings.indices.sorted { a, b in
            keys[a] != keys[b] ? keys[a] < keys[b] : reportOrder(findings[a], findings[b])
        }
    }
}
