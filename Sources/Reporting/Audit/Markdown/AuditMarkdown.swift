import ResidencyCore

/// `residency audit --format markdown`: a report sized for a pull-request comment (GitHub caps a
/// comment at 65,536 characters). It opens with the verdict and the summary tables, then lists
/// the findings worst first, each with its evidence and remediation folded in a `<details>`, then
/// the latency chains and the endpoint table. Past `limit` it stops adding findings, most severe
/// kept, and ends with "N more findings: see the full report".
enum AuditMarkdown {
    private typealias M = MarkdownEscaping

    /// The most the report may hold, in UTF-8 bytes: a byte count is never below the character
    /// count GitHub applies, so the report stays under 60,000 characters however they are counted.
    static let limit = 60_000

    static func render(_ doc: AuditDocument, inventory: DataInventory? = nil) -> String {
        render(doc, inventory: inventory, limit: limit)
    }

    static func render(_ doc: AuditDocument, inventory: DataInventory? = nil, limit: Int) -> String {
        let doc = LocalPaths.hidden(in: doc)
        var budget = MarkdownBudget(limit: limit)
        let people = inventory.map { ReportInventory($0, findings: doc.findings) }
        budget.append(head(doc, people))
        // The inventory comes before the findings, whole or as one line saying it did not fit.
        if let people {
            // Written only while it can still fit: a large estate's table is megabytes.
            let room = limit - budget.bytes - MarkdownBudget.closingRoom - 2_000
            budget.append(
                MarkdownInventory.render(people, within: room)
                    ?? "\n## Data inventory\n\nThe inventory does not fit in this comment: see the full report.\n")
        }
        let plan = findingPlan(doc)
        var shown = 0
        // Blocks are written a chunk at a time and only while they fit, with room for the closing
        // line, so that adding it never breaks the limit. Writing every finding of a large estate
        // for a comment that shows a few dozen took most of the time.
        writing: while shown < plan.count {
            let chunk = Array(shown..<min(plan.count, shown + Self.blocksPerChunk))
            for block in chunk.concurrentMap({ plan.block($0) }) {
                guard budget.fits(block, keeping: MarkdownBudget.closingRoom) else { break writing }
                budget.append(block)
                shown += 1
            }
        }
        let left = plan.count - shown
        if left == 0 {
            // Then the latency chains and the endpoint table, each whole or not at all.
            var omitted: [String] = []
            for (name, section) in [("latency chains", chains(doc)), ("endpoint table", endpoints(doc))] {
                let text = ControlCharacters.replace(in: section)
                if budget.fits(text, keeping: MarkdownBudget.closingRoom) {
                    budget.append(text)
                } else {
                    omitted.append(name)
                }
            }
            if !omitted.isEmpty {
                let what =
                    omitted.count == 2
                    ? "The latency chains and the endpoint table do"
                    : omitted[0] == "latency chains" ? "The latency chains do" : "The endpoint table does"
                budget.append("\n---\n\n**\(what) not fit in this comment: see the full report.**\n")
            }
        } else {
            let new = (shown..<plan.count).filter { plan.isNew($0) }.count
            var line = "\n---\n\n**\(AuditFacts.plural(left, "more finding")): see the full report**"
            line += " (\(new) of them new; the latency chains and the endpoint table are left out too).\n"
            budget.append(line)
        }
        return budget.text
    }

    static func severityName(_ s: Severity) -> String {
        s.rawValue.prefix(1).uppercased() + s.rawValue.dropFirst()
    }

    private static func head(_ doc: AuditDocument, _ people: ReportInventory?) -> String {
        var out = "# Data-residency audit of \(M.text(doc.scannedPath))\n\n"
        out += "**\(M.text(AuditFacts.verdict(doc)))**\n\n"
        if let people {
            out +=
                "**Data:** \(M.text(people.roleCounts)) (\(people.rowCount) in all): **\(M.text(people.exposure))**.\n\n"
        }
        out += "**Latency:** \(M.text(AuditFacts.latencySummary(doc))).\n\n"
        out += MarkdownSummary.render(doc)
        out += "\n<details><summary>Audit details: tool, date, policy, geodata</summary>\n\n"
        out += overview(doc)
        out += "\n</details>\n"
        return ControlCharacters.replace(in: out)
    }

    private static func overview(_ doc: AuditDocument) -> String {
        let geodata =
            doc.geodata.isEmpty
            ? "none (locations come from the estate file and provider hostnames only)"
            : doc.geodata.map { M.text(AuditFacts.geodata($0)) }.joined(separator: "<br>")
        var out = "| | |\n|---|---|\n"
        out += M.row(["Tool", M.text("\(doc.tool.name) \(doc.tool.version)")])
        out += M.row(["Audit date", M.text(doc.auditDate)])
        out += M.row(["Policy", doc.policy.isEmpty ? "(none)" : M.text(doc.policy.joined(separator: ", "))])
        out += M.row(["Geodata", geodata])
        out += M.row([
            "Scanned",
            M.text(
                "\(AuditFacts.plural(doc.summary.files, "file")), "
                    + AuditFacts.plural(doc.summary.endpoints, "endpoint")),
        ])
        out += M.row(["Findings", M.text(AuditFacts.counts(doc))])
        return out
    }

    /// The findings section as blocks in report order: severity groups worst first and, inside a
    /// group, findings by rule, the rules in the order of their first new finding (which a
    /// reviewer must act on) and, inside a rule, new before baselined and suppressed ones. A
    /// group's heading travels with its first finding, so a cut never leaves it alone. A rule's
    /// shared remediation steps and its references are written at its first finding only (the
    /// others point there and keep their own steps): they are the same for every finding of a rule
    /// and would otherwise fill much of the comment.
    static func findingPlan(_ doc: AuditDocument) -> FindingPlan {
        guard !doc.findings.isEmpty else { return FindingPlan(blocks: [], rules: [:]) }
        var blocks: [BlockPlan] = []
        var number = 0
        let rules = Dictionary(RuleGroup.make(doc.findings).map { ($0.ruleId, $0) }, uniquingKeysWith: { a, _ in a })
        var referencesAt: [String: (number: Int, references: [String])] = [:]
        var sharedAt: [String: Int] = [:]
        for group in AuditFacts.bySeverity(doc.findings) {
            let newFirst =
                group.findings.filter { !$0.suppressed && !$0.baselined }
                + group.findings.filter { !$0.suppressed && $0.baselined } + group.findings.filter(\.suppressed)
            var ruleOrder: [String] = []
            for f in newFirst where !ruleOrder.contains(f.ruleId) { ruleOrder.append(f.ruleId) }
            let ordered = ruleOrder.flatMap { id in newFirst.filter { $0.ruleId == id } }
            for (i, f) in ordered.enumerated() {
                number += 1
                var heading = number == 1 ? "\n## Findings\n" : ""
                if i == 0 { heading += "\n### \(severityName(group.severity)) (\(AuditFacts.tally(group.findings)))\n" }
                let earlier = referencesAt[f.ruleId].flatMap { $0.references == f.references ? $0.number : nil }
                if earlier == nil, !f.references.isEmpty { referencesAt[f.ruleId] = (number, f.references) }
                let shared = sharedAt[f.ruleId]
                if shared == nil, !rules[f.ruleId]!.sharedRemediation.isEmpty { sharedAt[f.ruleId] = number }
                blocks.append(
                    BlockPlan(finding: f, number: number, heading: heading, referencesAt: earlier, sharedAt: shared))
            }
        }
        return FindingPlan(blocks: blocks, rules: rules)
    }

    /// Findings a chunk when the blocks are written: a comment's budget holds a few dozen.
    static let blocksPerChunk = 64

    /// What each finding's block says, settled in report order; writing a block out depends on
    /// it alone, so any block can be written on any core, and only those shown need be.
    struct FindingPlan: Sendable {
        fileprivate let blocks: [BlockPlan]
        fileprivate let rules: [String: RuleGroup]

        /// With no findings, one block that says so.
        var count: Int { blocks.isEmpty ? 1 : blocks.count }

        func isNew(_ i: Int) -> Bool {
            blocks.isEmpty ? false : !blocks[i].finding.suppressed && !blocks[i].finding.baselined
        }

        func block(_ i: Int) -> MarkdownBudget.Block {
            guard !blocks.isEmpty else { return .init(text: "\n## Findings\n\nNo findings.\n", isNew: false) }
            let b = blocks[i]
            let text =
                b.heading + "\n"
                + AuditMarkdown.finding(
                    b.finding, number: b.number, referencesAt: b.referencesAt, rule: rules[b.finding.ruleId]!,
                    sharedAt: b.sharedAt)
            return .init(text: ControlCharacters.replace(in: text), isNew: isNew(i))
        }
    }

    /// One finding's block before it is written: its number, the headings it opens with, and
    /// where its references and its rule's shared steps were first written.
    fileprivate struct BlockPlan: Sendable {
        var finding: Finding
        var number: Int
        var heading: String
        var referencesAt: Int?
        var sharedAt: Int?
    }

    /// `referencesAt`: the number of an earlier finding of the rule with the same references;
    /// `sharedAt`: the finding where the rule's shared remediation was written, nil if not yet.
    fileprivate static func finding(
        _ f: Finding, number: Int, referencesAt: Int?, rule: RuleGroup, sharedAt: Int?
    ) -> String {
        var out = "#### \(number). \(M.text(f.title)) (\(M.code(f.ruleId)))\n"
        var facts = ""
        if let at = AuditFacts.position(f) { facts += "- **Where:** \(M.code(at))\n" }
        if let host = f.host { facts += "- **Host:** \(M.code(host))\n" }
        if let mark = AuditFacts.mark(f) { facts += "- **Status:** \(M.text(mark))\n" }
        if !facts.isEmpty { out += "\n" + facts }
        out += "\n\(M.text(f.message))\n"
        // Folded: a reviewer scans titles and messages; the detail is one click away.
        out += "\n<details><summary>Evidence and remediation</summary>\n"
        if !f.evidence.isEmpty {
            out += "\n**Evidence**\n\n" + f.evidence.map { "- \(M.text($0))\n" }.joined()
        }
        // The rule's shared steps are written at its first finding; later ones name the steps they need.
        if !rule.sharedRemediation.isEmpty {
            if let sharedAt {
                if let note = rule.sharedStepsNote(f, where: "of finding \(sharedAt)") {
                    out += "\n**Remediation:** \(note)\n"
                }
            } else {
                out += "\n**\(AuditText.sharedHeading(rule))**\n\n"
                out += rule.sharedRemediation.enumerated().map { "\($0.offset + 1). \(M.text($0.element))\n" }.joined()
            }
        }
        let own = rule.ownRemediation(f)
        if !own.isEmpty {
            out += rule.sharedRemediation.isEmpty ? "\n**Remediation**\n\n" : "\n**Remediation for this finding**\n\n"
            out += own.enumerated().map { "\($0.offset + 1). \(M.text($0.element))\n" }.joined()
        }
        if let earlier = referencesAt {
            out += "\n**References:** as for finding \(earlier)\n"
        } else if !f.references.isEmpty {
            out += "\n**References:** \(M.text(f.references.joined(separator: "; ")))\n"
        }
        out += "\n**Fingerprint:** \(M.code(f.fingerprint))\n\n</details>\n"
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
                out += M.row([
                    M.text(AuditFacts.hopName(h)), M.text(AuditFacts.hopDetail(h)), M.text(AuditFacts.ms(h.estimateMs)),
                ])
            }
        }
        return out
    }

    private static func endpoints(_ doc: AuditDocument) -> String {
        var out = "\n## Endpoints\n\n"
        if doc.endpoints.isEmpty { return out + "No endpoints found.\n" }
        out +=
            "<details><summary>\(AuditFacts.plural(doc.endpoints.count, "endpoint")): host, kind, role, place, method</summary>\n\n"
        out += "| Host | Kind | Role | Country / provider | Method |\n|---|---|---|---|---|\n"
        for e in doc.endpoints {
            out += M.row([
                M.code(AuditFacts.address(e)), e.kind.rawValue, e.role.rawValue,
                M.text(AuditFacts.whereabouts(e)), M.text(AuditFacts.method(e)),
            ])
        }
        return out + "\n</details>\n"
    }
}
