import ResidencyCore

/// The data inventory as the people's reports (text, Markdown, HTML) show it: `residency
/// inventory`'s rows (the same `DataInventory`, never a second derivation), grouped by country
/// with the groups outside the EEA first, each row with the findings about it, and the counts
/// the executive summary states. Every count is taken from the groups themselves, so the summary
/// and the sections cannot disagree.
struct ReportInventory: Sendable {
    struct Row: Sendable {
        var row: DataInventory.Row
        /// The findings whose endpoint is this row's, in report order, as one line (`findings(_:)`;
        /// suppressed and baselined ones included and marked). Only the line is kept: a copy of
        /// each finding per row was most of the time this took for a large estate.
        var findingsLine: String
    }

    enum Standing: Int, Comparable, Sendable {
        /// Outside the policy's allowed countries (the EEA): a Chapter V transfer.
        case outside
        /// Not located: where it is cannot be judged.
        case unlocated
        case inside

        static func < (a: Standing, b: Standing) -> Bool { a.rawValue < b.rawValue }

        var heading: String {
            switch self {
            case .outside: return "outside the EEA"
            case .unlocated: return "not located"
            case .inside: return "inside the EEA"
            }
        }
    }

    struct Group: Sendable {
        /// `US`, `DE, IE`, or `not located`.
        var countries: String
        var standing: Standing
        var rows: [Row]

        /// `US — outside the EEA (2)`, `not located (1)`.
        var title: String {
            standing == .unlocated
                ? "not located (\(rows.count))" : "\(countries) — \(standing.heading) (\(rows.count))"
        }
    }

    var groups: [Group]

    init(_ inventory: DataInventory, findings: [Finding]) {
        // Positions, not copies, of each endpoint's findings; each row's line on all cores.
        var positions: [String: [Int]] = [:]
        positions.reserveCapacity(inventory.rows.count)
        for i in findings.indices { if let id = findings[i].endpointId { positions[id, default: []].append(i) } }
        let byEndpoint = positions
        let lines = inventory.rows.concurrentMap { r in
            Self.findings((byEndpoint[r.endpointId] ?? []).lazy.map { findings[$0] })
        }
        var groups: [Group] = []
        for (r, line) in zip(inventory.rows, lines) {
            let countries = r.countries.isEmpty ? "not located" : r.countries.joined(separator: ", ")
            let row = Row(row: r, findingsLine: line)
            if let i = groups.firstIndex(where: { $0.countries == countries }) {
                groups[i].rows.append(row)
            } else {
                groups.append(Group(countries: countries, standing: Self.standing(r), rows: [row]))
            }
        }
        // Stable: inside a standing, the inventory's own order (by country code).
        self.groups = groups.enumerated().sorted { ($0.element.standing, $0.offset) < ($1.element.standing, $1.offset) }
            .map(\.element)
    }

    /// The transfer mechanism says where the policy puts the row's worst location: `none` inside the
    /// allowed countries, `unknown` when not located, anything else is a transfer out of them.
    static func standing(_ r: DataInventory.Row) -> Standing {
        switch r.transferMechanism {
        case "none": return .inside
        case "unknown": return .unlocated
        default: return .outside
        }
    }

    /// Every row, copied out of the groups: for a caller that needs them in one list. The counts
    /// below read the groups in place (each copy of every row was a noticeable share of a large
    /// estate's report).
    var rows: [Row] { groups.flatMap(\.rows) }

    var rowCount: Int { groups.reduce(0) { $0 + $1.rows.count } }

    func count(_ standing: Standing) -> Int {
        groups.reduce(0) { $0 + ($1.standing == standing ? $1.rows.count : 0) }
    }

    /// How many rows satisfy `test`, without copying them.
    private func count(where test: (DataInventory.Row) -> Bool) -> Int {
        var n = 0
        for g in groups.indices { for r in groups[g].rows.indices where test(groups[g].rows[r].row) { n += 1 } }
        return n
    }

    /// Rows with a US operator or a US location: reachable by US authorities (FISA 702, CLOUD Act).
    var usJurisdiction: Int { count { $0.jurisdictions.contains("US") } }

    func count(_ role: EndpointRole) -> Int { count { $0.role == role } }

    /// `4 datastores, 1 queue, 2 object stores, 1 telemetry sink`.
    var roleCounts: String {
        let nouns: [(EndpointRole, String)] = [
            (.datastore, "datastore"), (.queue, "queue"), (.objectStorage, "object store"),
            (.telemetry, "telemetry sink"),
        ]
        return nouns.map { AuditFacts.plural(count($0.0), $0.1) }.joined(separator: ", ")
    }

    /// `3 outside the EEA, 5 under US jurisdiction, 1 not located`.
    var exposure: String {
        "\(count(.outside)) outside the EEA, \(usJurisdiction) under US jurisdiction, \(count(.unlocated)) not located"
    }

    /// `Dublin (eu-west-1), Amazon Web Services`; `unknown` when nothing is known.
    static func place(_ r: DataInventory.Row) -> String {
        let place = ReportInventoryPlace.text(r)
        return place.isEmpty ? "unknown" : place
    }

    /// `US jurisdiction`, `jurisdiction unknown`.
    static func jurisdiction(_ r: DataInventory.Row) -> String {
        r.jurisdictions.isEmpty ? "jurisdiction unknown" : "\(r.jurisdictions.joined(separator: ", ")) jurisdiction"
    }

    /// `used by order-service, payments`; says so when no file names a service.
    static func users(_ r: DataInventory.Row) -> String {
        r.systems.isEmpty ? "used by no service named in the files" : "used by \(r.systems.joined(separator: ", "))"
    }

    /// `persistence-outside-eea (critical), latency-chain-budget (2 medium), us-jurisdiction (high,
    /// suppressed)`, or `none`: one entry per rule, severity and state, counted.
    static func findings<C: Collection<Finding>>(_ fs: C) -> String {
        if fs.isEmpty { return "none" }
        var order: [String] = []
        var counts: [String: (rule: String, detail: String, n: Int)] = [:]
        for f in fs {
            let state = f.suppressed ? ", suppressed" : f.baselined ? ", baselined" : ""
            let key = "\(f.ruleId) \(f.severity.rawValue)\(state)"
            if counts[key] == nil { order.append(key) }
            counts[key, default: (f.ruleId, "\(f.severity.rawValue)\(state)", 0)].n += 1
        }
        return order.map { key in
            let c = counts[key]!
            return "\(c.rule) (\(c.n == 1 ? "" : "\(c.n) ")\(c.detail))"
        }.joined(separator: ", ")
    }
}
