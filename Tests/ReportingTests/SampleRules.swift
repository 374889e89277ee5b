import Reporting
import ResidencyCore

extension AuditRenderContext {
    /// The samples' rules are their own (`latency-budget` as one rule, shorter titles), not the
    /// registry's: each is described by its first finding, so the golden SARIF keeps describing
    /// the sample. The real registry's descriptions are tested in AuditTests.
    static func describing(_ doc: AuditDocument, repository: RepositoryLocation? = nil) -> AuditRenderContext {
        var rules: [ReportedRule] = []
        for f in doc.findings where !rules.contains(where: { $0.id == f.ruleId }) {
            rules.append(ReportedRule(id: f.ruleId, title: f.title, category: f.category, references: f.references))
        }
        return AuditRenderContext(repository: repository, rules: rules)
    }
}
