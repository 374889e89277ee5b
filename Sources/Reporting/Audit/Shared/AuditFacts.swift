import ResidencyCore

/// The sentences and cells that the human-readable formats (text, Markdown, HTML) share, worded
/// once here so the three reports an auditor might be handed say exactly the same thing.
enum AuditFacts {
    /// `FAILED at --fail-on high: 2 active findings at or above high`.
    static func verdict(_ doc: AuditDocument) -> String {
        let gate = doc.summary.failOn
        guard case .severity(let threshold) = gate else {
            return "PASSED at --fail-on none: findings never fail the gate"
        }
        // The summary counts active findings by severity already: no pass over (and copy of) them.
        let failing = Severity.allCases.filter { gate.fails($0) }.reduce(0) { $0 + doc.summary.findings[$1] }
        if doc.summary.passed {
            return "PASSED at --fail-on \(threshold.rawValue): no active finding at or above \(threshold.rawValue)"
        }
        return
            "FAILED at --fail-on \(threshold.rawValue): \(plural(failing, "active finding")) at or above \(threshold.rawValue)"
    }

    /// `1 critical, 1 high, 2 medium, 1 low, 0 info active; 1 suppressed, 1 baselined`.
    static func counts(_ doc: AuditDocument) -> String {
        let active = Severity.allCases.map { "\(doc.summary.findings[$0]) \($0.rawValue)" }.joined(separator: ", ")
        return "\(active) active; \(doc.summary.suppressed) suppressed, \(doc.summary.baselined) baselined"
    }

    /// `tor-geoipdb country data, built 2026-06-26, 13 days old`, with the country-level caveat when
    /// it applies. Never the path: a report travels, and `/home/alice/.cache/…` tells its reader
    /// nothing but the auditor's user name (the JSON report keeps the path for tools).
    static func geodata(_ g: GeodataInfo) -> String {
        var line = "\(geodataName(g)), built \(g.buildDate), \(plural(g.ageDays, "day")) old"
        if g.isCountryLevel {
            line +=
                " — country-level: addresses located with it are placed at their country's reference point, not a city"
        }
        return line
    }

    /// What the database is, by its type: the tor-geoipdb import by the data's name, any other
    /// database by its type and file name (`GeoLite2-City database GeoLite2-City.mmdb`).
    static func geodataName(_ g: GeodataInfo) -> String {
        if g.databaseType == "residency-tor-geoip-Country" { return "tor-geoipdb country data" }
        let file = g.path.split(separator: "/").last.map(String.init) ?? g.path
        return file.isEmpty || file == g.databaseType
            ? "\(g.databaseType) database" : "\(g.databaseType) database \(file)"
    }

    /// Non-empty severity groups, worst first; findings keep the report order inside a group.
    static func bySeverity(_ findings: [Finding]) -> [(severity: Severity, findings: [Finding])] {
        Severity.allCases.sorted(by: >).compactMap { s in
            let group = findings.filter { $0.severity == s }
            return group.isEmpty ? nil : (s, group)
        }
    }

    /// `path:line:col`, or nil for findings about the run itself.
    static func position(_ f: Finding) -> String? {
        f.location.map { "\($0.path):\($0.line):\($0.column)" }
    }

    /// Why a finding does not count against the gate, or nil when it does.
    static func mark(_ f: Finding) -> String? {
        if f.suppressed { return "SUPPRESSED: \(f.suppression ?? "by the estate file")" }
        if f.baselined { return "BASELINED: recorded in the baseline, does not fail the gate" }
        return nil
    }

    /// The worst (slowest) chain of each gateway route, routes in the order they first appear.
    static func worstChains(_ doc: AuditDocument) -> [AuditDocument.Chain] {
        var order: [String] = []
        var worst: [String: AuditDocument.Chain] = [:]
        for chain in doc.chains {
            if let current = worst[chain.route] {
                if chain.totalMs > current.totalMs { worst[chain.route] = chain }
            } else {
                order.append(chain.route)
                worst[chain.route] = chain
            }
        }
        return order.compactMap { worst[$0] }
    }

    /// `87.4 ms of 60.0 ms budget, over by 27.4 ms`.
    static func chainVerdict(_ c: AuditDocument.Chain) -> String {
        let head = "\(ms(c.totalMs)) of \(ms(c.budgetMs)) budget"
        return c.withinBudget ? "\(head), within budget" : "\(head), OVER BUDGET by \(ms(c.totalMs - c.budgetMs))"
    }

    /// `gateway → payment-processor`.
    static func hopName(_ h: AuditDocument.Chain.Hop) -> String { "\(h.from) → \(h.to)" }

    /// `IE Dublin, 1250 km, 3 round trips, new connection per request`.
    static func hopDetail(_ h: AuditDocument.Chain.Hop) -> String {
        var parts: [String] = []
        if let place = h.place { parts.append(place) }
        parts.append("\(Int(h.distanceKm.rounded())) km")
        parts.append(plural(h.roundTrips, "round trip"))
        if !h.reusesConnections { parts.append("new connection per request") }
        return parts.joined(separator: ", ")
    }

    /// `host:port`, IPv6 in brackets.
    static func address(_ e: AuditDocument.EndpointRecord) -> String {
        guard let port = e.port else { return e.host }
        return e.host.contains(":") ? "[\(e.host)]:\(port)" : "\(e.host):\(port)"
    }

    /// Where an endpoint is and who runs it: `IE Dublin, Amazon Web Services, US jurisdiction`;
    /// several places joined with `; `; `unknown (why)` when nothing placed it.
    static func whereabouts(_ e: AuditDocument.EndpointRecord) -> String {
        var seen: [String] = []
        for l in e.resolution.locations {
            let text = place(l)
            if !seen.contains(text) { seen.append(text) }
        }
        if seen.isEmpty { return e.resolution.reason.map { "unknown (\($0))" } ?? "unknown" }
        return seen.joined(separator: "; ")
    }

    static func place(_ l: Location) -> String {
        var head = [l.country ?? "??", l.city].compactMap { $0 }.joined(separator: " ")
        if l.precision == .country { head += " (country-level)" }
        var parts = [head]
        if let who = l.provider ?? l.asOrganization { parts.append(who) }
        if let j = l.jurisdiction, j != l.country { parts.append("\(j) jurisdiction") }
        return parts.joined(separator: ", ")
    }

    /// `dns (mmdb)`: how the name was resolved, and what evidence placed it.
    static func method(_ e: AuditDocument.EndpointRecord) -> String {
        var sources: [String] = []
        for l in e.resolution.locations where !sources.contains(l.source.rawValue) { sources.append(l.source.rawValue) }
        let m = e.resolution.method.rawValue
        return sources.isEmpty ? m : "\(m) (\(sources.joined(separator: ", ")))"
    }

    /// One decimal, locale-independent: `17.5 ms`.
    static func ms(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10) ms"
    }

    static func plural(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }

    /// `3 findings: 1 active, 1 baselined, 1 suppressed`: a section's count split the way the
    /// summary counts, so a heading never counts a suppressed or baselined finding as active.
    static func tally(_ findings: [Finding]) -> String {
        let suppressed = findings.filter(\.suppressed).count
        let baselined = findings.filter { !$0.suppressed && $0.baselined }.count
        var parts = ["\(findings.count - suppressed - baselined) active"]
        if baselined > 0 { parts.append("\(baselined) baselined") }
        if suppressed > 0 { parts.append("\(suppressed) suppressed") }
        return "\(plural(findings.count, "finding")): \(parts.joined(separator: ", "))"
    }

    static func plural(_ n: Int, _ one: String, _ many: String) -> String { n == 1 ? "1 \(one)" : "\(n) \(many)" }

    /// `1 of 2 routes over its budget; worst shop.example.no /checkout: 87.4 ms of 60.0 ms budget, …`.
    static func latencySummary(_ doc: AuditDocument) -> String {
        let worst = worstChains(doc)
        guard let slowest = worst.max(by: { $0.totalMs - $0.budgetMs < $1.totalMs - $1.budgetMs }) else {
            return "no request chains (no gateway routes found)"
        }
        let over = worst.filter { !$0.withinBudget }.count
        return
            "\(over) of \(plural(worst.count, "route")) over budget; worst \(slowest.route): \(chainVerdict(slowest))"
    }
}
