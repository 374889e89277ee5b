import ResidencyCore
import Testing

@testable import Policy

/// One example of one rule, as a test case that names both.
struct RuleExampleCase: Sendable, CustomTestStringConvertible {
    let ruleId: String
    let example: RuleExample
    let triggers: Bool

    var testDescription: String { "\(ruleId): \(triggers ? "triggers" : "does not trigger") on \(example.name)" }

    static let all: [RuleExampleCase] = RuleRegistry.all.flatMap { rule -> [RuleExampleCase] in
        let d = rule.description
        return d.triggeringExamples.map { RuleExampleCase(ruleId: d.id, example: $0, triggers: true) }
            + d.nonTriggeringExamples.map { RuleExampleCase(ruleId: d.id, example: $0, triggers: false) }
    }
}

/// Every rule carries examples that say what it flags and what it leaves alone; they are its
/// specification, and `residency explain` prints them, so they must hold.
@Suite struct RuleExampleTests {
    @Test(arguments: RuleExampleCase.all)
    func example(_ c: RuleExampleCase) throws {
        let rule = try #require(RuleRegistry.rule(id: c.ruleId)).init()
        let findings = rule.evaluate(c.example.input, policy: c.example.policy ?? ExampleEstate.policy)
        let own = findings.filter { $0.ruleId == c.ruleId }
        #expect(own.count == findings.count, "a rule returns only its own findings")
        if c.triggers {
            #expect(!c.example.flags.isEmpty, "a triggering example lists the findings it gives")
            #expect(own.map(ExampleFinding.init(of:)) == c.example.flags)
            for f in own {
                #expect(!f.message.isEmpty && !f.evidence.isEmpty && !f.remediation.isEmpty, "\(f.message)")
                #expect(f.category == type(of: rule).description.category)
                #expect(f.references == type(of: rule).description.references)
            }
        } else {
            #expect(c.example.flags.isEmpty, "an example that does not trigger lists no findings")
            #expect(own.isEmpty, "\(own.map(\.message))")
        }
    }

    /// The examples hold under the shipped default policy too: what `residency explain` shows
    /// is what `residency audit` does.
    @Test(arguments: RuleExampleCase.all)
    func exampleUnderTheShippedPolicy(_ c: RuleExampleCase) throws {
        let rule = try #require(RuleRegistry.rule(id: c.ruleId)).init()
        let own = rule.evaluate(c.example.input, policy: try PolicyLoader.shipped()).filter { $0.ruleId == c.ruleId }
        #expect(own.isEmpty != (c.example.triggersUnderShippedPolicy ?? c.triggers), "\(own.map(\.message))")
    }

    @Test func everyRuleHasExamplesOfBothKinds() {
        for d in RuleRegistry.descriptions {
            #expect(!d.triggeringExamples.isEmpty, "\(d.id)")
            #expect(!d.nonTriggeringExamples.isEmpty, "\(d.id)")
        }
    }
}
