import ResidencyCore

/// What a report says about a rule as such, not about one finding: its title, category and
/// references, from the rule registry (the Audit target fills it in; Reporting never imports the
/// rules). SARIF's `rules` array is made of these, so a rule is described the same way whichever
/// of its findings comes first.
public struct ReportedRule: Sendable, Equatable {
    public var id: String
    public var title: String
    public var category: FindingCategory
    public var references: [String]

    public init(id: String, title: String, category: FindingCategory, references: [String]) {
        self.id = id
        self.title = title
        self.category = category
        self.references = references
    }
}

/// A finding of a rule the render context does not describe: the report cannot say what the
/// rule is, so it is not written (an auditor fails closed rather than describe it from a finding).
public struct UndescribedRule: Error, Equatable, CustomStringConvertible {
    public let ruleId: String
    public var description: String { "rule '\(ruleId)' has findings but no description in the rule registry" }
}
