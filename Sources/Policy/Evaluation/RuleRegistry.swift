import ResidencyCore

/// Every rule, in one static list: the evaluator runs them, `residency explain` looks them up,
/// and the tests run every example of every rule. A new rule is one file plus one line here.
public enum RuleRegistry {
    public static let all: [any Rule.Type] = [
        PersistenceOutsideEEARule.self,
        TransferOutsideEEARule.self,
        USJurisdictionRule.self,
        UnknownLocationRule.self,
        UnresolvedPlaceholderRule.self,
        LatencyHopBudgetRule.self,
        LatencyChainBudgetRule.self,
        ConnectionReuseRule.self,
        ConfigErrorRule.self,
        StaleGeodataRule.self,
        StaleFactsRule.self,
        SuppressionExpiredRule.self,
        SuppressionUnusedRule.self,
    ]

    public static var descriptions: [RuleDescription] { all.map { $0.description } }

    /// What a suppression may name: every rule id and every category.
    public static var suppressibleNames: Set<String> {
        Set(all.map { $0.description.id }).union(FindingCategory.allCases.map(\.rawValue))
    }

    /// The rule with this id.
    public static func rule(id: String) -> (any Rule.Type)? {
        all.first { $0.description.id == id }
    }

    /// The rules an `explain` argument names: a rule id, or a category (`latency-budget` is two
    /// rules). Empty when it names neither.
    public static func rules(named name: String) -> [any Rule.Type] {
        if let rule = rule(id: name) { return [rule] }
        return all.filter { $0.description.category.rawValue == name }
    }
}
