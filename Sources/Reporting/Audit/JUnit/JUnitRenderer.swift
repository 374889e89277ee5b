import ResidencyCore

/// `residency audit --format junit` for CI systems that show test results (GitLab, Jenkins,
/// Azure DevOps): one suite per finding category, one test case per finding. A case fails when
/// its finding is active and at or above `--fail-on` (so the red cases are exactly what makes the
/// exit code 1), is skipped when suppressed or baselined, and passes otherwise, with the finding
/// as output. Every endpoint without findings is a passing case too, so a clean run reads as
/// "N endpoints checked", not as an empty report.
enum JUnitRenderer {
    static func render(_ doc: AuditDocument) -> String { report(doc).xml() }

    static func report(_ doc: AuditDocument) -> JUnitReport {
        var suites: [JUnitReport.Suite] = []
        for category in FindingCategory.allCases.sorted() {
            let failOn = doc.summary.failOn
            let cases = doc.findings.filter { $0.category == category }.concurrentMap { testCase($0, failOn: failOn) }
            if !cases.isEmpty { suites.append(.init(name: "residency.\(category.rawValue)", cases: cases)) }
        }
        let judged = Set(doc.findings.compactMap(\.endpointId))
        var clean = doc.endpoints.filter { !judged.contains($0.id) }.map { e in
            JUnitReport.TestCase(
                classname: "residency.endpoints", name: e.id, file: e.sources.first?.path,
                outcome: .passed(output: nil))
        }
        if clean.isEmpty && doc.findings.isEmpty {
            clean.append(
                .init(
                    classname: "residency.endpoints", name: "no endpoints found in \(doc.scannedPath)",
                    file: nil, outcome: .passed(output: nil)))
        }
        if !clean.isEmpty { suites.append(.init(name: "residency.endpoints", cases: clean)) }
        return JUnitReport(name: "residency audit \(doc.scannedPath)", suites: suites)
    }

    private static func testCase(_ f: Finding, failOn: FailThreshold) -> JUnitReport.TestCase {
        let subject = f.host ?? f.subject ?? f.location?.path ?? "audit"
        let outcome: JUnitReport.Outcome
        if f.suppressed {
            outcome = .skipped(message: "suppressed: \(f.suppression ?? "by the estate file")")
        } else if f.baselined {
            outcome = .skipped(message: "baselined: recorded in the baseline")
        } else if failOn.fails(f.severity) {
            outcome = .failure(type: f.severity.rawValue, message: f.title, body: details(f))
        } else {
            outcome = .passed(output: "\(f.severity.rawValue), below --fail-on \(failOn): \(f.title)\n" + details(f))
        }
        return .init(
            classname: "residency.\(f.category.rawValue)", name: "\(f.ruleId) \(subject)",
            file: f.location?.path, outcome: outcome)
    }

    /// What a CI log reader needs to act: where, why (evidence), what to do (remediation).
    private static func details(_ f: Finding) -> String {
        var lines = [f.message]
        if let at = AuditFacts.position(f) { lines.append("at \(at)") }
        if !f.evidence.isEmpty {
            lines.append("Evidence:")
            lines += f.evidence.map { "- \($0)" }
        }
        if !f.remediation.isEmpty {
            lines.append("Remediation:")
            lines += f.remediation.enumerated().map { "\($0.offset + 1). \($0.element)" }
        }
        if !f.references.isEmpty { lines.append("References: " + f.references.joined(separator: "; ")) }
        lines.append("Fingerprint: \(f.fingerprint)")
        return lines.joined(separator: "\n")
    }
}
