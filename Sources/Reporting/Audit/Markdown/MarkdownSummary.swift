import ResidencyCore

/// The tables a pull-request reader sees first: how many findings of each severity and of each
/// rule are new (they count against the gate), baselined or suppressed.
enum MarkdownSummary {
    private typealias M = MarkdownEscaping

    /// New, baselined and suppressed counts of one group of findings.
    struct Tally {
        var new = 0, baselined = 0, suppressed = 0

        mutating func add(_ f: Finding) {
            if f.suppressed { suppressed += 1 } else if f.baselined { baselined += 1 } else { new += 1 }
        }

        var cells: [String] { ["\(new)", "\(baselined)", "\(suppressed)"] }
    }

    static func render(_ doc: AuditDocument) -> String {
        var out = "## Summary\n\n"
        out += "| Severity | New | Baselined | Suppressed |\n|---|---:|---:|---:|\n"
        var total = Tally()
        for severity in Severity.allCases.sorted(by: >) {
            var tally = Tally()
            for f in doc.findings where f.severity == severity { tally.add(f) }
            total.new += tally.new
            total.baselined += tally.baselined
            total.suppressed += tally.suppressed
            out += M.row([AuditMarkdown.severityName(severity)] + tally.cells)
        }
        out += M.row(["**Total**"] + total.cells.map { "**\($0)**" })
        if doc.findings.isEmpty { return out }
        out += "\n| Rule | Worst severity | New | Baselined | Suppressed |\n|---|---|---:|---:|---:|\n"
        for rule in byRule(doc.findings) {
            out += M.row([M.code(rule.id), rule.worst.rawValue] + rule.tally.cells)
        }
        return out
    }

    /// One row per rule, worst severity first, then by rule id.
    static func byRule(_ findings: [Finding]) -> [(id: String, worst: Severity, tally: Tally)] {
        var rows: [String: (worst: Severity, tally: Tally)] = [:]
        for f in findings {
            var row = rows[f.ruleId] ?? (f.severity, Tally())
            row.worst = max(row.worst, f.severity)
            row.tally.add(f)
            rows[f.ruleId] = row
        }
        return rows.map { (id: $0.key, worst: $0.value.worst, tally: $0.value.tally) }
            .sorted { ($0.worst.rank, $1.id) > ($1.worst.rank, $0.id) }
    }
}
