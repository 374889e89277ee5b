import ResidencyCore

/// `residency audit --format sarif`: SARIF 2.1.0 for GitHub code scanning, GitLab and IDEs.
/// Findings become results at their file and column; fingerprints go in `partialFingerprints`
/// so a viewer tracks a finding across commits exactly as a baseline does; suppressed and
/// baselined findings stay in the log with an external suppression, as SARIF intends.
enum SARIFRenderer {
    /// The key under `partialFingerprints`; versioned so a future fingerprint scheme can coexist.
    static let fingerprintKey = "residency/v1"
    /// Where `uri`s are relative to: the scanned path (SARIF's conventional name for it).
    static let sourceRoot = "%SRCROOT%"
    /// The tool's home page, which SARIF makes optional. The project has no published address
    /// yet, and an invented one would send readers to somebody else's page: left out until it has.
    static let informationUri: String? = nil

    static func render(_ doc: AuditDocument) throws -> String {
        try JSONOutput.encode(log(doc))
    }

    static func log(_ doc: AuditDocument) -> SARIFLog {
        // Rules sorted by id, so a new finding elsewhere does not renumber `ruleIndex`.
        var firstOfRule: [String: Finding] = [:]
        for f in doc.findings where firstOfRule[f.ruleId] == nil { firstOfRule[f.ruleId] = f }
        let rules = firstOfRule.keys.sorted().compactMap { firstOfRule[$0].map(descriptor) }
        let ruleIndex = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($0.element.id, $0.offset) })
        let results = doc.findings.map { result($0, ruleIndex: ruleIndex[$0.ruleId] ?? 0) }
        let driver = SARIFLog.Driver(name: doc.tool.name, version: doc.tool.version,
                                     informationUri: informationUri, rules: rules)
        let properties = SARIFLog.RunProperties(scannedPath: doc.scannedPath, auditDate: doc.auditDate,
                                                policy: doc.policy, failOn: doc.summary.failOn.description,
                                                passed: doc.summary.passed)
        let run = SARIFLog.Run(tool: .init(driver: driver), columnKind: "unicodeCodePoints", results: results,
                               properties: properties)
        return SARIFLog(schema: SARIFLog.schemaURI, version: SARIFLog.sarifVersion, runs: [run])
    }

    /// Described by the first finding of the rule in report order (titles are per rule).
    private static func descriptor(_ f: Finding) -> SARIFLog.ReportingDescriptor {
        var help = f.title + "."
        if !f.references.isEmpty { help += " References: " + f.references.joined(separator: "; ") + "." }
        help += " `residency explain \(f.ruleId)` describes the check and its remediation."
        return SARIFLog.ReportingDescriptor(
            id: f.ruleId, shortDescription: .init(text: f.title), help: .init(text: help),
            properties: .init(category: f.category.rawValue, tags: [f.category.rawValue]))
    }

    private static func result(_ f: Finding, ruleIndex: Int) -> SARIFLog.Result {
        let locations = f.location.map { place in
            [SARIFLog.Location(physicalLocation: .init(
                artifactLocation: .init(uri: URIPath.encode(place.path), uriBaseId: sourceRoot),
                region: .init(startLine: max(place.line, 1), startColumn: max(place.column, 1))))]
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
            properties: .init(severity: f.severity.rawValue, category: f.category.rawValue, host: f.host,
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
