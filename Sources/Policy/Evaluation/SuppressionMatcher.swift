import ResidencyCore

/// Applies the estate file's suppressions to findings. A suppression names a rule id or a
/// category, and a host glob and/or a path glob; all it names must match. Expired suppressions
/// suppress nothing (`suppression-expired` reports them), so an accepted risk cannot be
/// forgotten.
struct SuppressionMatcher {
    private struct Compiled {
        let info: SuppressionInfo
        let host: Glob?
        let path: Glob?
    }

    private let active: [Compiled]

    /// Stable order (file, line, rule, host, path), so the first match is the same every run.
    static func order(_ a: SuppressionInfo, _ b: SuppressionInfo) -> Bool {
        if (a.file, a.line ?? 0) != (b.file, b.line ?? 0) { return (a.file, a.line ?? 0) < (b.file, b.line ?? 0) }
        let l: [String] = [a.rule, a.host ?? "", a.path ?? "", a.expires, a.reason]
        let r: [String] = [b.rule, b.host ?? "", b.path ?? "", b.expires, b.reason]
        return l.lexicographicallyPrecedes(r)
    }

    init(_ suppressions: [SuppressionInfo], today: String) {
        active = suppressions.filter { !$0.isExpired(today: today) }.sorted(by: Self.order)
            .map { Compiled(info: $0, host: $0.host.map(Glob.host), path: $0.path.map(Glob.path)) }
    }

    /// The first suppression that covers the finding.
    func match(_ finding: Finding) -> SuppressionInfo? {
        active.first { s in
            guard s.info.rule == finding.ruleId || s.info.rule == finding.category.rawValue else { return false }
            if let host = s.host {
                guard let h = finding.host, host.matches(h) else { return false }
            }
            if let path = s.path {
                guard let p = finding.location?.path, path.matches(p) else { return false }
            }
            return true
        }?.info
    }

    /// Marks the finding suppressed, with `reason (residency.yaml:LINE, expires DATE)`.
    func apply(to finding: inout Finding) {
        guard let s = match(finding) else { return }
        finding.suppressed = true
        let at = s.line.map { "\(s.file):\($0)" } ?? s.file
        finding.suppression = "\(s.reason) (\(at), expires \(s.expires))"
    }
}
