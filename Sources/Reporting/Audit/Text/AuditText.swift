import ResidencyCore

/// `residency audit` as a compliance officer hands it on: the verdict and an executive summary
/// first, then the data inventory (where each datastore, queue, object store and telemetry sink
/// is, who runs it, whose law applies, who uses it, what was found), then the findings grouped by
/// rule with the rule's shared remediation once, the latency chains and the other endpoints.
/// Plain text without colour, wrapped to 100 columns, so it survives e-mail, tickets and
/// printing; control characters from the files under audit are replaced, so printing the report
/// cannot drive a terminal, and every value is kept to its line (`v`): a newline in a folder
/// name cannot forge a report line.
enum AuditText {
    static func render(_ doc: AuditDocument, inventory: DataInventory? = nil) throws -> String {
        var out = ""
        try write(doc, inventory: inventory) { out += $0 }
        return out
    }

    /// The report handed to `emit` piece by piece: the sections, and the findings in chunks
    /// rendered on all cores and handed on in order. At 50,000 files the report is over a
    /// gigabyte; built as one string (and sanitised as a second) it needed twice that in memory.
    /// Sanitising each piece is sanitising the whole, character by character.
    static func write(
        _ doc: AuditDocument, inventory: DataInventory? = nil, to emit: (String) throws -> Void
    ) throws {
        let doc = LocalPaths.hidden(in: doc)
        let people = inventory.map { ReportInventory($0, findings: doc.findings) }
        var head = "\(doc.tool.name) \(doc.tool.version) — data-residency audit of \(v(doc.scannedPath))\n"
        head += AuditFacts.verdict(doc) + "\n"
        head += summary(doc, people)
        head += inventorySection(people)
        try emit(ControlCharacters.replace(in: head))
        try findings(doc, to: emit)
        try emit(ControlCharacters.replace(in: chains(doc) + otherEndpoints(doc)))
    }

    /// Findings a chunk: enough to keep the cores busy, few enough that the chunks in flight
    /// are small.
    static let findingsPerChunk = 512

    private static func item(_ label: String, _ text: String) -> String {
        TextWrap.wrap(
            v(text), first: "  " + label.padding(toLength: 12, withPad: " ", startingAt: 0),
            rest: String(repeating: " ", count: 14))
    }

    private static func summary(_ doc: AuditDocument, _ people: ReportInventory?) -> String {
        var out = "\nSummary\n"
        if let people {
            out += item("Data:", "\(people.roleCounts) (\(people.rowCount) in all)")
            out += item("", people.exposure)
        } else {
            out += item("Data:", "no inventory was built for this report")
        }
        out += item("Findings:", AuditFacts.counts(doc))
        out += item("Latency:", AuditFacts.latencySummary(doc))
        out += item(
            "Audited:",
            "\(doc.auditDate); policy \(doc.policy.isEmpty ? "(none)" : doc.policy.joined(separator: ", ")); "
                + "\(AuditFacts.plural(doc.summary.files, "file")), \(AuditFacts.plural(doc.summary.endpoints, "endpoint"))"
        )
        if doc.geodata.isEmpty {
            out += item("Geodata:", "none (locations come from the estate file and provider hostnames only)")
        }
        for (i, g) in doc.geodata.enumerated() { out += item(i == 0 ? "Geodata:" : "", AuditFacts.geodata(g)) }
        return out
    }

    private static func inventorySection(_ people: ReportInventory?) -> String {
        guard let people else { return "" }
        var out =
            "\n== Data inventory: \(AuditFacts.plural(people.rowCount, "datastore, queue, object store or telemetry sink", "datastores, queues, object stores and telemetry sinks")) ==\n"
        if people.rowCount == 0 { return out + "\nNone found.\n" }
        for group in people.groups {
            out += "\n\(v(group.title))\n"
            // Each row's lines depend on it alone: on all cores.
            out += Array(group.rows.indices).concurrentMap { i in inventoryRow(group.rows[i], group: group) }.joined()
        }
        return out
    }

    private static func inventoryRow(_ r: ReportInventory.Row, group: ReportInventory.Group) -> String {
        let row = r.row
        var out = TextWrap.wrap(
            v(
                "\(row.datastore) (\(row.role.rawValue)): \(ReportInventory.place(row)); \(ReportInventory.jurisdiction(row))"
            ),
            first: "  ", rest: "      ")
        var detail = "located by \(row.locatedBy); \(ReportInventory.users(row))"
        if group.standing != .inside { detail += "; transfer: \(row.transferMechanism)" }
        out += TextWrap.wrap(v(detail), first: "      ", rest: "      ")
        out += TextWrap.wrap(v(r.findingsLine), first: "      findings: ", rest: "        ")
        return out
    }

    private static func findings(_ doc: AuditDocument, to emit: (String) throws -> Void) throws {
        var out = "\n== Findings by rule ==\n"
        if doc.findings.isEmpty { return try emit(out + "\nNo findings.\n") }
        var number = 0
        for group in RuleGroup.make(doc.findings) {
            out +=
                "\n"
                + TextWrap.wrap(
                    v("\(group.ruleId): \(group.title) (worst \(group.worst.rawValue); \(group.tally))"),
                    first: "", rest: "    ")
            if !group.sharedRemediation.isEmpty {
                out += "  \(sharedHeading(group)):\n"
                for (i, step) in group.sharedRemediation.enumerated() {
                    out += TextWrap.wrap(v(step), first: "    \(i + 1). ", rest: "       ")
                }
            }
            if !group.sharedReferences.isEmpty {
                out += TextWrap.wrap(
                    v(group.sharedReferences.joined(separator: "; ")), first: "  References: ", rest: "    ")
            }
            try emit(ControlCharacters.replace(in: out))
            out = ""
            // Each finding's lines depend on it, its group and its number alone: on all cores.
            let first = number + 1
            let chunks = (group.findings.count + findingsPerChunk - 1) / findingsPerChunk
            try InOrderPipeline.run(
                count: chunks, ahead: 16,
                produce: { c in
                    var text = ""
                    let end = min(group.findings.count, (c + 1) * findingsPerChunk)
                    for i in (c * findingsPerChunk)..<end {
                        text += "\n" + finding(group.findings[i], number: first + i, group: group)
                    }
                    return ControlCharacters.replace(in: text)
                },
                consume: { _, text in try emit(text) })
            number += group.findings.count
        }
    }

    /// `Remediation`, `Remediation (every finding)` or, when findings need different shared
    /// steps, `Remediation steps (each finding names those it needs)`.
    static func sharedHeading(_ group: RuleGroup) -> String {
        if group.findings.count == 1 { return "Remediation" }
        return group.sharedByAll
            ? "Remediation (every finding)" : "Remediation steps (each finding names those it needs)"
    }

    private static func finding(_ f: Finding, number: Int, group: RuleGroup) -> String {
        let pad = "     "
        var head = "\(f.severity.rawValue.uppercased())"
        if f.title != group.title { head += " \(f.title)" }
        if let at = AuditFacts.position(f) { head += "  \(at)" }
        if let host = f.host { head += "  host \(host)" }
        var out = TextWrap.wrap(
            v(head), first: "  \(number). ", rest: pad + "  ")
        if let mark = AuditFacts.mark(f) { out += TextWrap.wrap(v(mark), first: pad, rest: pad + "  ") }
        out += TextWrap.wrap(v(f.message), first: pad, rest: pad)
        if !f.evidence.isEmpty {
            out += pad + "Evidence:\n"
            for e in f.evidence { out += TextWrap.wrap(v(e), first: pad + "  - ", rest: pad + "    ") }
        }
        let own = group.ownRemediation(f)
        let note = group.sharedByAll ? nil : group.sharedStepsNote(f)
        if let note { out += pad + "Remediation: \(note)\(own.isEmpty ? "" : ", and:")\n" }
        if !own.isEmpty {
            if note == nil {
                out += pad + (group.sharedRemediation.isEmpty ? "Remediation:\n" : "Remediation for this finding:\n")
            }
            for (i, step) in own.enumerated() {
                out += TextWrap.wrap(v(step), first: pad + "  \(i + 1). ", rest: pad + "     ")
            }
        }
        let refs = group.ownReferences(f)
        if !refs.isEmpty {
            out += TextWrap.wrap(v(refs.joined(separator: "; ")), first: pad + "References: ", rest: pad + "  ")
        }
        out += pad + "Fingerprint: \(f.fingerprint)\n"
        return out
    }

    private static func chains(_ doc: AuditDocument) -> String {
        var out = "\n== Latency: worst request chain per route ==\n"
        let worst = AuditFacts.worstChains(doc)
        if worst.isEmpty { return out + "\nNo request chains (no gateway routes found).\n" }
        for c in worst {
            out += "\n" + TextWrap.wrap(v("\(c.route): \(AuditFacts.chainVerdict(c))"), first: "", rest: "    ")
            for hop in c.hops {
                out += TextWrap.wrap(
                    v(
                        "\(AuditFacts.ms(hop.estimateMs).leftPad(9))  \(AuditFacts.hopName(hop)) (\(AuditFacts.hopDetail(hop)))"
                    ),
                    first: "  ", rest: String(repeating: " ", count: 13))
            }
        }
        return out
    }

    /// The endpoints the inventory does not list (upstreams and other services), one wrapped line
    /// each, on all cores.
    private static func otherEndpoints(_ doc: AuditDocument) -> String {
        let others = doc.endpoints.indices.filter { !DataInventory.roles.contains(doc.endpoints[$0].role) }
        let out = "\n== Other endpoints (upstreams and services): \(others.count) ==\n\n"
        if others.isEmpty { return out + "None.\n" }
        return out
            + others.concurrentMap { i in
                let e = doc.endpoints[i]
                return TextWrap.wrap(
                    v(
                        "\(AuditFacts.address(e)) (\(e.kind.rawValue), \(e.role.rawValue)): \(AuditFacts.whereabouts(e)); "
                            + "\(AuditFacts.method(e))"), first: "  ", rest: "      ")
            }.joined()
    }

    /// A value from the files, DNS or a database, kept to the line it is printed in.
    private static func v(_ s: String) -> String { ControlCharacters.line(s) }
}

extension String {
    /// Right-aligned in `width` columns (numbers in a column line up).
    func leftPad(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
