import ResidencyCore

/// `residency audit --format html`: the text report as one self-contained page (inline CSS and
/// SVG, no script, nothing fetched), for an auditor's archive or a browser's "print to PDF": the
/// verdict and summary, the data inventory with its map, the findings by rule, the latency chains
/// with the service graph, and every endpoint. Every value
/// goes through `MarkupEscaping`: hosts and messages come from files under audit. Void elements
/// are self-closed (`<br/>`), so the page is also well-formed XML and tests can parse it.
enum AuditHTML {
    private static func h(_ s: String) -> String { MarkupEscaping.text(s) }
    private static func a(_ s: String) -> String { MarkupEscaping.attribute(s) }

    static func render(_ doc: AuditDocument, inventory: DataInventory? = nil) -> String {
        let doc = LocalPaths.hidden(in: doc)
        let people = inventory.map { ReportInventory($0, findings: doc.findings) }
        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        // Near the top, so residency knows its own report by its head (OwnFiles) however long the style grows.
        out += "<meta name=\"generator\" content=\"\(a("\(doc.tool.name) \(doc.tool.version)"))\"/>\n"
        out += "<title>Data-residency audit of \(h(doc.scannedPath))</title>\n"
        out += "<style>\n\(AuditHTMLStyle.css)\n</style>\n</head>\n<body>\n"
        out += "<h1>Data-residency audit of <code>\(h(doc.scannedPath))</code></h1>\n"
        out += "<p class=\"verdict \(doc.summary.passed ? "passed" : "failed")\">\(h(AuditFacts.verdict(doc)))</p>\n"
        out += overview(doc, people)
        out += inventorySection(doc, people)
        out += findings(doc)
        out += chains(doc)
        out += endpoints(doc)
        return out + "</body>\n</html>\n"
    }

    private static func overview(_ doc: AuditDocument, _ people: ReportInventory?) -> String {
        var out = "<h2 id=\"summary\">Summary</h2>\n<dl class=\"meta\">\n"
        func item(_ term: String, _ html: String) { out += "<dt>\(term)</dt><dd>\(html)</dd>\n" }
        if let people {
            item(
                "Data",
                h("\(people.roleCounts) (\(people.rowCount) in all)")
                    + "<br/>\n<strong>\(h(people.exposure))</strong>")
        } else {
            item("Data", "no inventory was built for this report")
        }
        item("Findings", h(AuditFacts.counts(doc)))
        item("Latency", h(AuditFacts.latencySummary(doc)))
        item("Audit date", h(doc.auditDate))
        item("Policy", doc.policy.isEmpty ? "(none)" : h(doc.policy.joined(separator: ", ")))
        item(
            "Geodata",
            doc.geodata.isEmpty
                ? "none (locations come from the estate file and provider hostnames only)"
                : doc.geodata.map { h(AuditFacts.geodata($0)) }.joined(separator: "<br/>\n"))
        item(
            "Scanned",
            h(
                "\(AuditFacts.plural(doc.summary.files, "file")), \(AuditFacts.plural(doc.summary.endpoints, "endpoint"))"
            ))
        item("Tool", h("\(doc.tool.name) \(doc.tool.version)"))
        return out + "</dl>\n"
    }

    private static func inventorySection(_ doc: AuditDocument, _ people: ReportInventory?) -> String {
        guard let people else { return "" }
        var out = "<h2 id=\"inventory\">Data inventory</h2>\n"
        if people.rowCount == 0 {
            return out + "<p>No datastores, queues, object stores or telemetry sinks found.</p>\n"
        }
        var tints: [String: MapPin.Verdict] = [:]
        for r in people.rows {
            guard let v = MapPin.verdict(r.row) else { continue }
            for c in r.row.countries { tints[c] = min(tints[c] ?? v, v) }
        }
        out += LocationMap.render(
            MapPin.make(people, endpoints: doc.endpoints), unlocated: people.count(.unlocated), tints: tints)
        out +=
            "<table class=\"inventory\">\n<tr><th>Datastore</th><th>Role</th><th>Where</th><th>Jurisdiction</th>"
            + "<th>Located by</th><th>Used by</th><th>Transfer</th><th>Findings</th></tr>\n"
        for group in people.groups {
            out +=
                "<tr class=\"group \(group.standing == .outside ? "outside" : group.standing == .unlocated ? "unlocated" : "inside")\">"
                + "<th colspan=\"8\">\(h(group.title))</th></tr>\n"
            for r in group.rows {
                let row = r.row
                out +=
                    "<tr><td><code>\(h(row.datastore))</code></td><td>\(h(row.role.rawValue))</td><td>\(h(ReportInventory.place(row)))</td>"
                    + "<td>\(h(row.jurisdictions.isEmpty ? "unknown" : row.jurisdictions.joined(separator: ", ")))</td>"
                    + "<td>\(h(row.locatedBy))</td><td>\(h(row.systems.isEmpty ? "no service named" : row.systems.joined(separator: ", ")))</td>"
                    + "<td>\(h(row.transferMechanism))</td><td>\(h(r.findingsLine))</td></tr>\n"
            }
        }
        return out + "</table>\n"
    }

    private static func findings(_ doc: AuditDocument) -> String {
        var out = "<h2 id=\"findings\">Findings by rule</h2>\n"
        if doc.findings.isEmpty { return out + "<p>No findings.</p>\n" }
        var number = 0
        for group in RuleGroup.make(doc.findings) {
            out +=
                "<section class=\"rule\">\n<h3><code>\(h(group.ruleId))</code> \(h(group.title)) "
                + "<span class=\"tally\">(worst \(h(group.worst.rawValue)); \(h(group.tally)))</span></h3>\n"
            if !group.sharedRemediation.isEmpty {
                out +=
                    "<p><strong>\(h(AuditText.sharedHeading(group)))</strong></p>\n<ol>\n"
                    + group.sharedRemediation.map { "<li>\(h($0))</li>\n" }.joined() + "</ol>\n"
            }
            if !group.sharedReferences.isEmpty {
                out += "<p><strong>References:</strong> \(h(group.sharedReferences.joined(separator: "; ")))</p>\n"
            }
            for f in group.findings {
                number += 1
                out += finding(f, number: number, group: group)
            }
            out += "</section>\n"
        }
        return out
    }

    private static func finding(_ f: Finding, number: Int, group: RuleGroup) -> String {
        let inactive = f.suppressed || f.baselined ? " inactive" : ""
        var out = "<article class=\"finding \(a(f.severity.rawValue))\(inactive)\" id=\"finding-\(number)\">\n"
        out +=
            "<h4>\(number). \(h(f.severity.rawValue.uppercased()))\(f.title == group.title ? "" : " " + h(f.title))</h4>\n"
        if let mark = AuditFacts.mark(f) { out += "<p><span class=\"mark\">\(h(mark))</span></p>\n" }
        var place: [String] = []
        if let at = AuditFacts.position(f) { place.append("<code>\(h(at))</code>") }
        if let host = f.host { place.append("host <code>\(h(host))</code>") }
        if !place.isEmpty { out += "<p>\(place.joined(separator: " · "))</p>\n" }
        out += "<p class=\"message\">\(h(f.message))</p>\n"
        if !f.evidence.isEmpty {
            out +=
                "<p><strong>Evidence</strong></p>\n<ul>\n" + f.evidence.map { "<li>\(h($0))</li>\n" }.joined()
                + "</ul>\n"
        }
        let own = group.ownRemediation(f)
        let note = group.sharedByAll ? nil : group.sharedStepsNote(f, where: "of the rule")
        if let note { out += "<p><strong>Remediation:</strong> \(h(note))\(own.isEmpty ? "" : ", and:")</p>\n" }
        if !own.isEmpty {
            if note == nil {
                out +=
                    "<p><strong>\(group.sharedRemediation.isEmpty ? "Remediation" : "Remediation for this finding")</strong></p>\n"
            }
            out += "<ol>\n" + own.map { "<li>\(h($0))</li>\n" }.joined() + "</ol>\n"
        }
        let refs = group.ownReferences(f)
        if !refs.isEmpty { out += "<p><strong>References:</strong> \(h(refs.joined(separator: "; ")))</p>\n" }
        out += "<p><strong>Fingerprint:</strong> <code>\(h(f.fingerprint))</code></p>\n"
        return out + "</article>\n"
    }

    private static func chains(_ doc: AuditDocument) -> String {
        var out = "<h2 id=\"latency\">Latency: worst request chain per route</h2>\n"
        let worst = AuditFacts.worstChains(doc)
        if worst.isEmpty { return out + "<p>No request chains (no gateway routes found).</p>\n" }
        out += ServiceGraphSVG.render(doc)
        for c in worst {
            let verdict =
                c.withinBudget
                ? h(AuditFacts.chainVerdict(c)) : "<span class=\"over\">\(h(AuditFacts.chainVerdict(c)))</span>"
            out += "<h3><code>\(h(c.route))</code>: \(verdict)</h3>\n"
            out += "<table>\n<tr><th>Hop</th><th>Where</th><th>Estimate</th></tr>\n"
            for hop in c.hops {
                out +=
                    "<tr><td>\(h(AuditFacts.hopName(hop)))</td><td>\(h(AuditFacts.hopDetail(hop)))</td>"
                    + "<td class=\"num\">\(h(AuditFacts.ms(hop.estimateMs)))</td></tr>\n"
            }
            out += "</table>\n"
        }
        return out
    }

    private static func endpoints(_ doc: AuditDocument) -> String {
        var out = "<h2 id=\"endpoints\">All endpoints</h2>\n"
        if doc.endpoints.isEmpty { return out + "<p>No endpoints found.</p>\n" }
        out += "<table>\n<tr><th>Host</th><th>Kind</th><th>Role</th><th>Country / provider</th><th>Method</th></tr>\n"
        for e in doc.endpoints {
            out +=
                "<tr><td><code>\(h(AuditFacts.address(e)))</code></td><td>\(h(e.kind.rawValue))</td>"
                + "<td>\(h(e.role.rawValue))</td><td>\(h(AuditFacts.whereabouts(e)))</td><td>\(h(AuditFacts.method(e)))</td></tr>\n"
        }
        return out + "</table>\n"
    }
}
