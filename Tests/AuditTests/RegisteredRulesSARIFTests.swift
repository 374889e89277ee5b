import Audit
import Foundation
import Testing

@testable import Policy
@testable import Reporting

/// A real audit's SARIF describes its rules as the rule registry does (what `residency audit`
/// passes), one descriptor per rule with findings.
@Suite struct RegisteredRulesSARIFTests {
    @Test func nordicShopRulesAreTheRegistrysDescriptions() throws {
        let doc = try NordicShopAuditTests.audit()
        let sarif = try AuditFormat.sarif.render(doc, context: AuditRenderContext(rules: ReportedRule.registered))
        let rules = try #require(try JSONDecoder().decode(SARIFLog.self, from: Data(sarif.utf8)).runs.first).tool.driver
            .rules
        #expect(rules.map(\.id) == Set(doc.findings.map(\.ruleId)).sorted())
        #expect(rules.count >= 4)
        for rule in rules {
            let registered = try #require(RuleRegistry.rule(id: rule.id)).description
            #expect(rule.shortDescription.text == registered.title)
            #expect(rule.properties.category == registered.category.rawValue)
            #expect(rule.help.text.contains(registered.references.joined(separator: "; ")))
        }
        #expect(ReportedRule.registered.map(\.id) == RuleRegistry.descriptions.map(\.id))
    }
}
