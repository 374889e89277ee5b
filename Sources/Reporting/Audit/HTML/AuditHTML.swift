import ResidencyCore

/// `residency audit --format html`: the text report as one self-contained page (inline CSS, no
/// script, nothing fetched), for an auditor's archive or a browser's "print to PDF". Every value
/// goes through `MarkupEscaping`: hosts and messages come from files under audit. Void elements
/// are self-closed (`<br/>`), so the page is also well-formed XML and tests can parse it.
enum AuditHTML {
    private static func h(_ s: String) -> String { MarkupEscaping.text(s) }
    private static func a(_ s: String) -> String { MarkupEscaping.attribute(s) }

    static func render(_ doc: AuditDocument) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        out += "<title>Data-residency audit of \(h(doc.scannedPath))</title>\n"
        out += "<style>\n\(AuditHTMLStyle.css)\n</style>\n</head>\n<body>\n"
        out += "<h1>Data-residency audit of <code>\(h(doc.scannedPath))</code></h1>\n"
        out += "<p class=\"verdict \(doc.summary.passed ? "passed" : "failed")\">\(h(AuditFacts.verdict(doc)))</p>\n"
        out += overview(doc)
        out += findings(doc)
        out += chains(doc)
        out += endpoints(doc)
        return out + "</body>\n</html>\n"
    }

    private static func overview(_ doc: AuditDocument) -> String {
        var out = "<dl class=\"meta\">\n"
        func item(_ term: String, _ html: String) { out += "<dt>\(term)</dt><dd>\(html)</dd>\n" }
        item("Tool", h("\(doc.tool.name) \(doc.tool.version)"))
        item("Audit date", h(doc.auditDate))
        item("Policy", doc.policy.isEmpty ? "(none)" : h(doc.policy.joined(separator: ", ")))
        item("Geodata", doc.geodata.isEmpty
             ? "none (locations come from the estate file and provider hostnames only)"
             : doc.geodata.map { h(AuditFacts.geodata($0)) }.joined(separator: "<br/>\n"))
        item("Scanned", h("\(AuditFacts.plural(doc.summary.files, "file")), \(AuditFacts.plural(doc.summary.endpoints, "endpoint"))"))
        item("Findings", h(AuditFacts.counts(doc)))
        return out + "</dl>\n"
    }

    private static func findings(_ doc: AuditDocument) -> String {
        var out = "<h2>Findings</h2>\n"
        if doc.findings.isEmpty { return out + "<p>No findings.</p>\n" }
        var number = 0
        for group in AuditFacts.bySeverity(doc.findings) {
            out += "<h3>\(h(group.severity.rawValue.uppercased())) (\(group.findings.count))</h3>\n"
            for f in group.findings {
                number += 1
                out += finding(f, number: number)
            }
        }
        return out
    }

    private static func finding(_ f: Finding, number: Int) -> String {
        let inactive = f.suppressed || f.baselined ? " inactive" : ""
        var out = "<article class=\"finding \(a(f.severity.rawValue))\(inactive)\" id=\"finding-\(number)\">\n"
        out += "<h4>\(number). \(h(f.title)) <code>\(h(f.ruleId))</code></h4>\n"
        if let mark = AuditFacts.mark(f) { out += "<p><span class=\"mark\">\(h(mark))</span></p>\n" }
        var place: [String] = []
        if let at = AuditFacts.position(f) { place.append("<code>\(h(at))</code>") }
        if let host = f.host { place.append("host <code>\(h(host))</code>") }
        if !place.isEmpty { out += "<p>\(place.joined(separator: " · "))</p>\n" }
        out += "<p class=\"message\">\(h(f.message))</p>\n"
        if !f.evidence.isEmpty {
            out += "<p><strong>Evidence</strong></p>\n<ul>\n" + f.evidence.map { "<li>\(h($0))</li>\n" }.joined() + "</ul>\n"
        }
        if !f.remediation.isEmpty {
            out += "<p><strong>Remediation</strong></p>\n<ol>\n" + f.remediation.map { "<li>\(h($0))</li>\n" }.joined() + "</ol>\n"
        }
        if !f.references.isEmpty {
            out += "<p><strong>References:</strong> \(h(f.references.joined(separator: "; ")))</p>\n"
        }
        out += "<p><strong>Fingerprint:</strong> <code>\(h(f.fingerprint))</code></p>\n"
        return out + "</article>\n"
    }

    private static func chains(_ doc: AuditDocument) -> String {
        var out = "<h2>Latency: worst request chain per route</h2>\n"
        let worst = AuditFacts.worstChains(doc)
        if worst.isEmpty { return out + "<p>No request chains (no gateway routes found).</p>\n" }
        for c in worst {
            let verdict = c.withinBudget ? h(AuditFacts.chainVerdict(c)) : "<span class=\"over\">\(h(AuditFacts.chainVerdict(c)))</span>"
            out += "<h3><code>\(h(c.route))</code>: \(verdict)</h3>\n"
            out += "<table>\n<tr><th>Hop</th><th>Where</th><th>Estimate</th></tr>\n"
            for hop in c.hops {
                out += "<tr><td>\(h(AuditFacts.hopName(hop)))</td><td>\(h(AuditFacts.hopDetail(hop)))</td>"
                    + "<td class=\"num\">\(h(AuditFacts.ms(hop.estimateMs)))</td></tr>\n"
            }
            out += "</table>\n"
        }
        return out
    }

    private static func endpoints(_ doc: AuditDocument) -> String {
        var out = "<h2>Endpoints</h2>\n"
        if doc.endpoints.isEmpty { return out + "<p>No endpoints found.</p>\n" }
        out += "<table>\n<tr><th>Host</th><th>Kind</th><th>Role</th><th>Country / provider</th><th>Method</th></tr>\n"
        for e in doc.endpoints {
            out += "<tr><td><code>\(h(AuditFacts.address(e)))</code></td><td>\(h(e.kind.rawValue))</td>"
                + "<td>\(h(e.role.rawValue))</td><td>\(h(AuditFacts.whereabouts(e)))</td><td>\(h(AuditFacts.method(e)))</td></tr>\n"
        }
        return out + "</table>\n"
    }
}
