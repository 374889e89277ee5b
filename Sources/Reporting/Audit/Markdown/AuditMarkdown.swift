import ResidencyCore

/// `residency audit --format markdown`: the text report with headings and tables, for a pull
/// request comment, a wiki page or a ticket. Same facts and order as the text report.
enum AuditMarkdown {
    private typealias M = MarkdownEscaping

    static func render(_ doc: AuditDocument) -> String {
        var out = "# Data-residency audit of \(M.text(doc.scannedPath))\n\n"
        out += "**\(M.text(AuditFacts.verdict(doc)))**\n\n"
        out += overview(doc)
        out += findings(doc)
        out += chains(doc)
        out += endpoints(doc)
        return ControlCharacters.replace(in: out)
    }

    private static func overview(_ doc: AuditDocument) -> String {
        let geodata = doc.geodata.isEmpty
            ? "none (locations come from the estate file and provider hostnames only)"
            : doc.geodata.map { M.text(AuditFacts.geodata($0)) }.joined(separator: "<br>")
        var out = "| | |\n|---|---|\n"
        out += M.row(["Tool", M.text("\(doc.tool.name) \(doc.tool.version)")])
        out += M.row(["Audit date", M.text(doc.auditDate)])
        out += M.row(["Policy", doc.policy.isEmpty ? "(none)" : M.text(doc.policy.joined(separator: ", "))])
        out += M.row(["Geodata", geodata])
        out += M.row(["Scanned", M.text("\(AuditFacts.plural(doc.summary.files, "file")), "
                          + AuditFacts.plural(doc.summary.endpoints, "endpoint"))])
        out += M.row(["Findings", M.text(AuditFacts.counts(doc))])
        return out
    }

    private static func findings(_ doc: AuditDocument) -> String {
        var out = "\n## Findings\n"
        if doc.findings.isEmpty { return out + "\nNo findings.\n" }
        var number = 0
        for group in AuditFacts.bySeverity(doc.findings) {
            out += "\n### \(group.severity.rawValue.prefix(1).uppercased() + group.severity.rawValue.dropFirst()) (\(group.findings.count))\n"
            for f in group.findings {
                number += 1
                out += "\n" + finding(f, number: number)
            }
        }
        return out
    }

    private static func finding(_ f: Finding, number: Int) -> String {
        var out = "#### \(number). \(M.text(f.title)) (\(M.code(f.ruleId)))\n"
        var facts = ""
        if let at = AuditFacts.position(f) { facts += "- **Where:** \(M.code(at))\n" }
        if let host = f.host { facts += "- **Host:** \(M.code(host))\n" }
        if let mark = AuditFacts.mark(f) { facts += "- **Status:** \(M.text(mark))\n" }
        if !facts.isEmpty { out += "\n" + facts }
        out += "\n\(M.text(f.message))\n"
        if !f.evidence.isEmpty {
            out += "\n**Evidence**\n\n" + f.evidence.map { "- \(M.text($0))\n" }.joined()
        }
        if !f.remediation.isEmpty {
            out += "\n**Remediation**\n\n"
            out += f.remediation.enumerated().map { "\($0.offset + 1). \(M.text($0.element))\n" }.joined()
        }
        if !f.references.isEmpty {
            out += "\n**References:** \(M.text(f.references.joined(separator: "; ")))\n"
        }
        out += "\n**Fingerprint:** \(M.code(f.fingerprint))\n"
        return out
    }

    private static func chains(_ doc: AuditDocument) -> String {
        var out = "\n## Latency: worst request chain per route\n"
        let worst = AuditFacts.worstChains(doc)
        if worst.isEmpty { return out + "\nNo request chains (no gateway routes found).\n" }
        for c in worst {
            out += "\n### \(M.text(c.route)): \(M.text(AuditFacts.chainVerdict(c)))\n\n"
            out += "| Hop | Where | Estimate |\n|---|---|---:|\n"
            for h in c.hops {
                out += M.row([M.text(AuditFacts.hopName(h)), M.text(AuditFacts.hopDetail(h)), M.text(AuditFacts.ms(h.estimateMs))])
            }
        }
        return out
    }

    private static func endpoints(_ doc: AuditDocument) -> String {
        var out = "\n## Endpoints\n\n"
        if doc.endpoints.isEmpty { return out + "No endpoints found.\n" }
        out += "| Host | Kind | Role | Country / provider | Method |\n|---|---|---|---|---|\n"
        for e in doc.endpoints {
            out += M.row([M.code(AuditFacts.address(e)), e.kind.rawValue, e.role.rawValue,
                          M.text(AuditFacts.whereabouts(e)), M.text(AuditFacts.method(e))])
        }
        return out
    }
}
