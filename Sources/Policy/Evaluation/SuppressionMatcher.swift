import ResidencyCore

/// Applies the estate file's suppressions to findings. A suppression names a rule id or a
/// category, and a host glob, a path glob and/or a Terraform resource address glob; all it names
/// must match. Expired suppressions suppress nothing (`suppression-expired` reports them), so an
/// accepted risk cannot be forgotten.
struct SuppressionMatcher {
    private struct Compiled {
        let info: SuppressionInfo
        let host: Glob?
        let path: Glob?
        let resource: Glob?
    }

    private let active: [Compiled]
    /// The Terraform resource addresses each endpoint is written in, by endpoint id.
    private let resources: [String: [String]]
    /// The other names of joined endpoints (a Terraform address, a reader endpoint), by endpoint
    /// id: a host suppression written for either name covers the joined datastore.
    private let hostAliases: [String: (host: String, aliases: [String])]

    /// Stable order (file, line, rule, host, path, resource), so the first match is the same every run.
    static func order(_ a: SuppressionInfo, _ b: SuppressionInfo) -> Bool {
        if (a.file, a.line ?? 0) != (b.file, b.line ?? 0) { return (a.file, a.line ?? 0) < (b.file, b.line ?? 0) }
        let l: [String] = [a.rule, a.host ?? "", a.path ?? "", a.resource ?? "", a.expires, a.reason]
        let r: [String] = [b.rule, b.host ?? "", b.path ?? "", b.resource ?? "", b.expires, b.reason]
        return l.lexicographicallyPrecedes(r)
    }

    init(_ input: AuditInput) {
        active = input.suppressions.filter { !$0.isExpired(today: input.today) }.sorted(by: Self.order)
            .map {
                Compiled(
                    info: $0, host: $0.host.map(Glob.host), path: $0.path.map(Glob.path),
                    resource: $0.resource.map(Glob.host))
            }
        let resourceSuppressions = active.contains { $0.resource != nil }
        resources = resourceSuppressions ? TerraformAddress.byEndpoint(input.endpoints) : [:]
        hostAliases = Dictionary(
            input.endpoints.filter { !$0.aliases.isEmpty }.map {
                ($0.endpoint.id, (host: $0.endpoint.host, aliases: $0.aliases.map(\.host)))
            }, uniquingKeysWith: { a, _ in a })
    }

    /// The first suppression that covers the finding.
    func match(_ finding: Finding) -> SuppressionInfo? {
        active.first { covers($0, finding) }?.info
    }

    /// The suppressions in force that cover none of `findings` (whether or not an earlier
    /// suppression covers a finding first, a suppression that would cover it is in use).
    func unused(by findings: [Finding]) -> [SuppressionInfo] {
        active.filter { s in !findings.contains { covers(s, $0) } }.map(\.info)
    }

    private func covers(_ s: Compiled, _ finding: Finding) -> Bool {
        guard s.info.rule == finding.ruleId || s.info.rule == finding.category.rawValue else { return false }
        if let host = s.host {
            guard let h = finding.host, names(of: h, finding).contains(where: host.matches) else { return false }
        }
        if let path = s.path {
            guard let p = finding.location?.path, path.matches(p) else { return false }
        }
        if let resource = s.resource {
            guard let id = finding.endpointId, resources[id, default: []].contains(where: resource.matches) else {
                return false
            }
        }
        return true
    }

    /// The finding's host and, when it is a joined endpoint's host, the endpoint's other names.
    private func names(of host: String, _ finding: Finding) -> [String] {
        guard let id = finding.endpointId, let joined = hostAliases[id], joined.host == host else { return [host] }
        return [host] + joined.aliases
    }

    /// Marks the finding suppressed, with the suppression's reason, expiry, file and line.
    func apply(to finding: inout Finding) {
        guard let s = match(finding) else { return }
        finding.suppressed = true
        finding.suppressedBy = FindingSuppression(
            reason: s.reason, expires: s.expires,
            source: .init(path: s.file, line: s.line))
    }
}
