import ArgumentParser
import Policy

/// `residency explain RULE`: what a rule checks, its references, how to remediate, its examples.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "What a rule checks, its legal or technical reference, and how to remediate.",
        discussion: "RULE is a rule id or a category; without one, every rule is listed.")

    @Argument(help: "A rule id or category (see the list without an argument).") var rule: String?

    func run() throws {
        guard let rule else {
            print(
                "\("RULE".padding(toLength: 26, withPad: " ", startingAt: 0)) \("CATEGORY".padding(toLength: 25, withPad: " ", startingAt: 0)) TITLE"
            )
            for d in RuleRegistry.descriptions {
                print(
                    "\(d.id.padding(toLength: 26, withPad: " ", startingAt: 0)) \(d.category.rawValue.padding(toLength: 25, withPad: " ", startingAt: 0)) \(d.title)"
                )
            }
            return
        }
        let matches = RuleRegistry.rules(named: rule)
        guard !matches.isEmpty else {
            throw CommandExit.fail(
                "unknown rule '\(rule)'; known: \(RuleRegistry.descriptions.map(\.id).joined(separator: ", "))")
        }
        print(matches.map { Self.render($0.description) }.joined(separator: "\n"), terminator: "")
    }

    static func render(_ d: RuleDescription) -> String {
        var out = "\(d.id) — \(d.title)\ncategory: \(d.category.rawValue)\n\n\(d.summary)\n\nReferences:\n"
        out += d.references.map { "  - \($0)\n" }.joined()
        out += "\nRemediation:\n  \(d.remediation)\n\nExamples that trigger it:\n"
        out += d.triggeringExamples.map { "  - \($0.name)\n" }.joined()
        out += "\nExamples that do not:\n"
        out += d.nonTriggeringExamples.map { "  - \($0.name)\n" }.joined()
        return out
    }
}
