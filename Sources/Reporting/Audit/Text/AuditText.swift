import ResidencyCore

/// `residency audit` as a compliance officer hands it to an auditor: what was audited, against
/// which policy and with which geodata (and how old and precise it is), the verdict, every
/// finding with its evidence and remediation, the latency chains and the endpoint inventory.
/// Plain text without colour, so it survives e-mail, tickets and printing; control characters
/// from the files under audit are replaced, so printing the report cannot drive a terminal, and
/// every value is kept to its line (`v`): a newline in a folder name cannot forge a report line.
enum AuditText {
    static func render(_ doc: AuditDocument) -> String {
        var out = header(doc)
        out += "\n" + AuditFacts.verdict(doc) + "\n"
        out += "Findings:   \(AuditFacts.counts(doc))\n"
        out += findings(doc)
        out += chains(doc)
        out += endpoints(doc)
        return ControlCharacters.replace(in: out)
    }

    private static func header(_ doc: AuditDocument) -> String {
        var out = "\(doc.tool.name) \(doc.tool.version) — data-residency audit of \(v(doc.scannedPath))\n"
        out += "Audit date: \(v(doc.auditDate))\n"
        out += "Policy:     \(doc.policy.isEmpty ? "(none)" : v(doc.policy.joined(separator: ", ")))\n"
        if doc.geodata.isEmpty {
            out += "Geodata:    none (locations come from the estate file and provider hostnames only)\n"
        }
        for (i, g) in doc.geodata.enumerated() {
            out += (i == 0 ? "Geodata:    " : "            ") + v(AuditFacts.geodata(g)) + "\n"
        }
        out += "Scanned:    \(AuditFacts.plural(doc.summary.files, "file")), "
            + "\(AuditFacts.plural(doc.summary.endpoints, "endpoint"))\n"
        return out
    }

    private static func findings(_ doc: AuditDocument) -> String {
        var out = "\n== Findings ==\n"
        if doc.findings.isEmpty { return out + "\nNo findings.\n" }
        var number = 0
        for group in AuditFacts.bySeverity(doc.findings) {
            out += "\n\(group.severity.rawValue.uppercased()) (\(group.findings.count))\n"
            for f in group.findings {
                number += 1
                out += "\n" + finding(f, number: number)
            }
        }
        return out
    }

    private static func finding(_ f: Finding, number: Int) -> String {
        let pad = "     "
        var out = "  \(number). \(v(f.title))  [\(v(f.ruleId))]\n"
        let place = [AuditFacts.position(f), f.host.map { "host \($0)" }].compactMap { $0 }
        if !place.isEmpty { out += pad + v(place.joined(separator: "  ")) + "\n" }
        if let mark = AuditFacts.mark(f) { out += pad + v(mark) + "\n" }
        out += pad + v(f.message) + "\n"
        if !f.evidence.isEmpty {
            out += pad + "Evidence:\n"
            for e in f.evidence { out += pad + "  - " + v(e) + "\n" }
        }
        if !f.remediation.isEmpty {
            out += pad + "Remediation:\n"
            for (i, step) in f.remediation.enumerated() { out += pad + "  \(i + 1). " + v(step) + "\n" }
        }
        if !f.references.isEmpty { out += pad + "References: " + v(f.references.joined(separator: "; ")) + "\n" }
        out += pad + "Fingerprint: \(f.fingerprint)\n"
        return out
    }

    private static func chains(_ doc: AuditDocument) -> String {
        var out = "\n== Latency: worst request chain per route ==\n"
        let worst = AuditFacts.worstChains(doc)
        if worst.isEmpty { return out + "\nNo request chains (no gateway routes found).\n" }
        for c in worst {
            out += "\n\(v(c.route)): \(v(AuditFacts.chainVerdict(c)))\n"
            let rows = c.hops.map { [AuditFacts.hopName($0), AuditFacts.hopDetail($0), AuditFacts.ms($0.estimateMs)] }
            out += TextTable.render(header: ["HOP", "WHERE", "ESTIMATE"], rows: rows, rightAligned: [2], indent: "    ")
        }
        return out
    }

    private static func endpoints(_ doc: AuditDocument) -> String {
        var out = "\n== Endpoints ==\n\n"
        if doc.endpoints.isEmpty { return out + "No endpoints found.\n" }
        let rows = doc.endpoints.map { e in
            [AuditFacts.address(e), e.kind.rawValue, e.role.rawValue, AuditFacts.whereabouts(e), AuditFacts.method(e)]
        }
        out += TextTable.render(header: ["HOST", "KIND", "ROLE", "COUNTRY / PROVIDER", "METHOD"], rows: rows)
        return out
    }

    /// A value from the files, DNS or a database, kept to the line it is printed in.
    private static func v(_ s: String) -> String { ControlCharacters.line(s) }
}
