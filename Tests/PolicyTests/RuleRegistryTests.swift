import Testing
import ResidencyCore
@testable import Policy

/// The registry is what `residency explain` and the evaluator see: ids unique, every rule
/// documented, every contract category covered.
@Suite struct RuleRegistryTests {
    @Test func idsAreUnique() {
        let ids = RuleRegistry.descriptions.map(\.id)
        #expect(Set(ids).count == ids.count)
    }

    @Test func everyRuleIsDocumented() {
        for d in RuleRegistry.descriptions {
            #expect(!d.references.isEmpty, "\(d.id)")
            #expect(!d.title.isEmpty && !d.summary.isEmpty && !d.remediation.isEmpty, "\(d.id)")
            #expect(d.id.allSatisfy { $0.isLowercase || $0 == "-" }, "\(d.id)")
        }
    }

    @Test func everyCategoryHasARule() {
        let covered = Set(RuleRegistry.descriptions.map(\.category))
        #expect(covered == Set(FindingCategory.allCases))
    }

    @Test func ruleIdIsTheCategoryUnlessSplit() {
        for d in RuleRegistry.descriptions where d.category != .latencyBudget {
            #expect(d.id == d.category.rawValue)
        }
    }

    @Test func lookupByIdOrCategory() {
        let category = RuleRegistry.rule(id: "us-jurisdiction").map { $0.description.category }
        #expect(category == .usJurisdiction)
        let missing = RuleRegistry.rule(id: "nope") == nil
        #expect(missing)
        let latency: [String] = RuleRegistry.rules(named: "latency-budget").map { $0.description.id }
        #expect(latency == ["latency-hop-budget", "latency-chain-budget"])
        let reuse: [String] = RuleRegistry.rules(named: "connection-reuse").map { $0.description.id }
        #expect(reuse == ["connection-reuse"])
        let none = RuleRegistry.rules(named: "nope").isEmpty
        #expect(none)
    }

    @Test func referencesNameTheLaw() {
        func refs(_ id: String) -> [String] {
            guard let rule = RuleRegistry.rule(id: id) else { return [] }
            return rule.description.references
        }
        #expect(refs("persistence-outside-eea").contains("GDPR Art. 44"))
        #expect(refs("transfer-outside-eea").contains("GDPR Art. 49"))
        #expect(refs("us-jurisdiction").contains("CJEU C-311/18 (Schrems II)"))
        #expect(refs("us-jurisdiction").contains("US CLOUD Act (18 U.S.C. § 2713)"))
        #expect(refs("connection-reuse").contains { $0.contains("ngx_http_upstream_module") })
    }
}
