import ResidencyCore
import TestSupport
import Testing

@testable import Policy

/// The registry is what `residency explain` and the evaluator see: ids unique, every rule
/// documented, every contract category covered.
@Suite struct RuleRegistryTests {
    /// A rule that is written but not registered would silently never run (and `explain` would
    /// not know it): every type in Sources/Policy conforming to Rule is registered, and only those.
    @Test func everyRuleTypeInTheSourceTreeIsRegistered() throws {
        let protocols = try DeclaredTypes.refinements(of: ["Rule"], under: "Sources/Policy")
        #expect(protocols.count >= 3, "Rule and its refinements: \(protocols)")
        let declared = try DeclaredTypes.structs(under: "Sources/Policy", conformingTo: protocols)
        let registered = Set(RuleRegistry.all.map { String(describing: $0) })
        #expect(declared.count >= 13, "the source scan found too few rules: \(declared.sorted())")
        #expect(
            declared.subtracting(registered).isEmpty, "not registered: \(declared.subtracting(registered).sorted())")
        #expect(
            registered.subtracting(declared).isEmpty,
            "registered but not declared: \(registered.subtracting(declared).sorted())")
        #expect(registered.count == RuleRegistry.all.count, "a rule is registered twice")
    }

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

    /// A category with one rule names it; a split category (latency: hop and chain; unknown
    /// location: endpoints and placeholders) keeps its own name for its first rule or none.
    @Test func ruleIdIsTheCategoryUnlessSplit() {
        let byCategory = Dictionary(grouping: RuleRegistry.descriptions, by: \.category)
        for (category, rules) in byCategory where rules.count == 1 {
            #expect(rules[0].id == category.rawValue)
        }
        #expect(Set(byCategory.filter { $0.value.count > 1 }.keys) == [.latencyBudget, .unknownLocation])
        let unknown = RuleRegistry.descriptions.filter { $0.category == .unknownLocation }.map(\.id)
        #expect(unknown == ["unknown-location", "unresolved-placeholder"])
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

/// The shipped facts carry their review date; a year and a day later the audit says so.
@Suite struct StaleFactsTests {
    @Test func shippedPoliciesAndCatalogueAreReportedAYearAfterReview() throws {
        var input = ExampleEstate.input(factsReviewed: [
            ReviewedFacts(file: "providers/catalogue.yaml (built in)", reviewed: "2026-11-30")
        ])
        input.today = "2027-11-30"
        #expect(
            StaleFactsRule().evaluate(input, policy: try PolicyLoader.shipped()).isEmpty,
            "exactly a year is still within review")
        input.today = "2027-12-01"
        let findings = StaleFactsRule().evaluate(input, policy: try PolicyLoader.shipped())
        #expect(
            findings.map(\.subject) == [
                "policy gdpr-eea", "policy norway-latency", "policy schrems-ii",
                "providers/catalogue.yaml (built in)",
            ])
        #expect(findings.allSatisfy { $0.severity == .info && $0.category == .staleFacts })
        #expect(
            findings.last?.message.contains(
                "last reviewed on 2026-11-30, more than a year before this audit (2027-12-01)") == true)
        #expect(StaleFactsRule.due("2028-02-29") == "2029-02-29")
    }
}
