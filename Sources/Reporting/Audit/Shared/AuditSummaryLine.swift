import ResidencyCore

extension AuditDocument {
    /// The one line `residency audit --output FILE` writes to stderr, so a CI log shows the
    /// verdict, the counts and where the report went instead of a bare exit code:
    /// `FAILED at --fail-on high: 1 active finding at or above high; 1 critical, … active; 1 suppressed, 0 baselined; report: residency.sarif`.
    public func summaryLine(reportPath: String) -> String {
        ControlCharacters.line("\(AuditFacts.verdict(self)); \(AuditFacts.counts(self)); report: \(reportPath)")
    }
}
