import ResidencyCore

/// `residency audit --format sarif`: SARIF 2.1.0 for GitHub code scanning, GitLab and IDEs.
/// Findings become results at their file and column; fingerprints go in `partialFingerprints`
/// so a viewer tracks a finding across commits exactly as a baseline does; suppressed and
/// baselined findings stay in the log with an external suppression, as SARIF intends. Each rule
/// carries `security-severity`, so code scanning ranks alerts as the policy does; inside a git
/// work tree paths start at the repository root, so links work when a subfolder is audited.
enum SARIFRenderer {
    /// The key under `partialFingerprints`; versioned so a future fingerprint scheme can coexist.
    static let fingerprintKey = "residency/v1"
    /// Where `uri`s are relative to (SARIF's conventional name): the repository root inside a git
    /// work tree, else the scanned path.
    static let sourceRoot = "%SRCROOT%"
    /// The tool's home page, which SARIF makes optional. The project has no published address
    /// yet, and an invented one would send readers to somebody else's page: left out until it has.
    static let informationUri: String? = nil

    static func render(_ doc: AuditDocument, context: AuditRenderContext = .init()) throws -> String {
        try JSONOutput.encode(log(doc, context: context))
    }

    static func log(_ doc: AuditDocument, context: AuditRenderContext = .init()) throws(UndescribedRule) -> SARIFLog {
        // The rules with findings, described by the registry, sorted by id so that a new finding
        // elsewhere does not renumber `ruleIndex`.
        var worst: [String: Severity] = [:]
        for f in doc.findings { worst[f.ruleId] = max(worst[f.ruleId] ?? f.severity, f.severity) }
        let described = Dictionary(context.rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var rules: [SARIFLog.ReportingDescriptor] = []
        for (id, severity) in worst.sorted(by: { $0.key < $1.key }) {
            guard let rule = described[id] else { throw UndescribedRule(ruleId: id) }
            rules.append(descriptor(rule, worst: severity))
        }
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($0.element.id, $0.offset) })
        let repository = context.repository
        let results = doc.findings.map { result($0, ruleIndex: ruleIndex[$0.ruleId] ?? 0, repository: repository) }
        let bases = repository.map {
            [
                sourceRoot: SARIFLog.BaseLocation(
                    uri: $0.rootURI,
                    description: .init(text: "The root of the git work tree that holds the audited path."))
            ]
        }
        let driver = SARIFLog.Driver(
            name: doc.tool.name, version: doc.tool.version,
            informationUri: informationUri, rules: rules)
        let properties = SARIFLog.RunProperties(
            scannedPath: doc.scannedPath, auditDate: doc.auditDate,
            policy: doc.policy, failOn: doc.summary.failOn.description,
            passed: doc.summary.passed)
        let run = SARIFLog.Run(
            tool: .init(driver: driver), columnKind: "unicodeCodePoints", originalUriBaseIds: bases,
            results: results, properties: properties)
        return SARIFLog(schema: SARIFLog.schemaURI, version: SARIFLog.sarifVersion, runs: [run])
    }

    /// Described as the registry describes the rule; ranked by the worst severity the rule
    /// reached in this audit.
    private static func descriptor(_ rule: ReportedRule, worst: Severity) -> SARIFLog.ReportingDescriptor {
        var help = rule.title + "."
        if !rule.references.isEmpty { help += " References: " + rule.references.joined(separator: "; ") + "." }
        help += " `residency explain \(rule.id)` describes the check and its remediation."
        return SARIFLog.ReportingDescriptor(
            id: rule.id, shortDescription: .init(text: rule.title), help: .init(text: help),
            properties: .init(
                category: rule.category.rawValue, tags: tags(rule.category),
                securitySeverity: securitySeverity(worst)))
    }

    /// The categories about where personal data goes and who can reach it are security alerts to
    /// code scanning; latency, connection reuse, config errors, geodata age and suppression
    /// upkeep are not.
    static func tags(_ category: FindingCategory) -> [String] {
        switch category {
        case .persistenceOutsideEEA, .transferOutsideEEA, .usJurisdiction, .unknownLocation:
            return [category.rawValue, "security"]
        default:
            return [category.rawValue]
        }
    }

    /// GitHub code scanning's bands are 9.0–10.0 critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9
    /// low (github.blog changelog 2021-07-19, "CodeQL code scanning: new severity levels for
    /// security alerts"); each severity gets a score inside its band. Code scanning has no
    /// "info", so info ranks as the lowest low.
    static func securitySeverity(_ s: Severity) -> String {
        switch s {
        case .critical: return "9.5"
        case .high: return "8.0"
        case .medium: return "5.5"
        case .low: return "3.0"
        case .info: return "1.0"
        }
    }

    private static func result(_ f: Finding, ruleIndex: Int, repository: RepositoryLocation?) -> SARIFLog.Result {
        let locations = f.location.map { place in
            [
                SARIFLog.Location(
                    physicalLocation: .init(
                        artifactLocation: .init(
                            uri: URIPath.encode(repository?.repositoryPath(place.path) ?? place.path),
                            uriBaseId: sourceRoot),
                        region: .init(startLine: max(place.line, 1), startColumn: max(place.column, 1))))
            ]
        }
        var suppressions: [SARIFLog.Suppression]?
        if f.suppressed {
            suppressions = [.init(kind: "external", justification: f.suppression ?? "suppressed in the estate file")]
        } else if f.baselined {
            suppressions = [.init(kind: "external", justification: "baseline")]
        }
        return SARIFLog.Result(
            ruleId: f.ruleId, ruleIndex: ruleIndex, level: level(f.severity), message: .init(text: f.message),
            locations: locations, partialFingerprints: [fingerprintKey: f.fingerprint], suppressions: suppressions,
            properties: .init(
                severity: f.severity.rawValue, category: f.category.rawValue, host: f.host,
                endpointId: f.endpointId, evidence: f.evidence, remediation: f.remediation,
                references: f.references))
    }

    /// critical/high fail a build in SARIF viewers, medium warns, the rest is a note.
    static func level(_ s: Severity) -> SARIFLog.Level {
        switch s {
        case .critical, .high: return .error
        case .medium: return .warning
        case .low, .info: return .note
        }
    }
}
