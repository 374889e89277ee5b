import Policy
import Reporting

extension ReportedRule {
    /// Every registered rule as reports describe it (SARIF's `rules`): the registry is the one
    /// description, whichever finding of a rule a report meets first.
    public static var registered: [ReportedRule] {
        RuleRegistry.descriptions.map {
            ReportedRule(id: $0.id, title: $0.title, category: $0.category, references: $0.references)
        }
    }
}
