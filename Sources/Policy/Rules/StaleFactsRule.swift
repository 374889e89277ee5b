import ResidencyCore

/// The facts the audit states (adequacy decisions, the EEA, provider regions, seats, ASNs, Data
/// Privacy Framework status) were last checked more than a year ago. Law and provider offerings
/// change every year: a report built on old facts may be wrong in either direction.
public struct StaleFactsRule: Rule {
    public init() {}

    /// How long reviewed facts are trusted.
    static let trustedYears = 1

    public static let description = RuleDescription(
        id: "stale-facts",
        category: .staleFacts,
        title: "Shipped facts need review",
        summary: """
            Each data file of facts (the policies, the provider catalogue) carries the day it was last reviewed \
            against its sources (`reviewed: YYYY-MM-DD`). An audit run more than a year after that day reports \
            it: adequacy decisions are adopted, renewed and challenged (Brazil in January 2026, the United \
            Kingdom renewed in December 2025), providers open regions and change ownership, and Data Privacy \
            Framework certifications lapse. The finding is information, not a breach.
            """,
        references: [
            "GDPR Art. 5(2) (accountability)", "GDPR Art. 45(3) (periodic review of adequacy decisions)",
            "European Commission: adequacy decisions", "Data Privacy Framework List (dataprivacyframework.gov)",
        ],
        remediation: """
            Upgrade residency (newer releases carry reviewed facts), or check the named file against the sources \
            it cites and update its `reviewed` date; a policy or catalogue of your own can override the facts \
            meanwhile.
            """,
        triggeringExamples: [
            RuleExample(
                "a catalogue reviewed 2025-05-01, audited 2026-06-01",
                input: ExampleEstate.input(factsReviewed: [
                    ReviewedFacts(
                        file: "providers/catalogue.yaml (built in)",
                        reviewed: "2025-05-01")
                ]),
                policy: ExampleEstate.policy,
                flags: [.init("providers/catalogue.yaml (built in)", .info)])
        ],
        nonTriggeringExamples: [
            RuleExample(
                "a catalogue reviewed 2025-06-01, audited exactly a year later",
                input: ExampleEstate.input(factsReviewed: [
                    ReviewedFacts(
                        file: "providers/catalogue.yaml (built in)",
                        reviewed: "2025-06-01")
                ]),
                policy: ExampleEstate.policy)
        ])

    public func evaluate(_ input: AuditInput, policy: Policy) -> [Finding] {
        let files =
            input.factsReviewed + policy.reviewed.map { ReviewedFacts(file: "policy \($0.key)", reviewed: $0.value) }
        return files.sorted { ($0.file, $0.reviewed) < ($1.file, $1.reviewed) }.compactMap { f -> Finding? in
            guard let due = Self.due(f.reviewed), input.today > due else { return nil }
            let message =
                "The facts in \(f.file) were last reviewed on \(f.reviewed), more than a year before this audit (\(input.today)); "
                + "adequacy decisions, provider regions and certifications may have changed since."
            return finding(
                severity: .info, message: message, location: nil, subject: f.file,
                evidence: ["\(f.file): reviewed \(f.reviewed); review due \(due); audit date \(input.today)"],
                remediation: [
                    "Upgrade residency, or check \(f.file) against the sources it cites and update its `reviewed` date."
                ])
        }
    }

    /// The day a review made on `reviewed` (`YYYY-MM-DD`) runs out: the same day a year later.
    static func due(_ reviewed: String) -> String? {
        guard reviewed.count == 10, let year = Int(reviewed.prefix(4)), (1000...8999).contains(year) else { return nil }
        return String(year + trustedYears) + reviewed.dropFirst(4)
    }
}
