import ResidencyCore

/// A suppression past its `expires` date. It no longer suppresses anything (the findings it
/// covered are reported again), and the accepted risk it recorded needs a fresh decision.
public struct SuppressionExpiredRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "suppression-expired",
        category: .suppressionExpired,
        title: "Suppression expired",
        summary: """
            A suppression in the estate file is past its `expires` date. Every suppression must carry a reason \
            and an expiry so accepted risks are reviewed; once expired it stops suppressing, and this finding \
            asks for the decision to be made again.
            """,
        references: ["GDPR Art. 5(2) (accountability)", "GDPR Art. 24 (responsibility of the controller)"],
        remediation: """
            Fix the findings it covered and remove it, or, if the risk is still accepted, renew it with a new \
            `expires:` date and an up-to-date reason.
            """,
        triggeringExamples: [
            RuleExample(
                "a suppression that expired yesterday",
                input: ExampleEstate.input(suppressions: [
                    SuppressionInfo(
                        rule: "us-jurisdiction", host: "*.mq.eu-north-1.amazonaws.com", path: nil,
                        reason: "move to the self-hosted broker (OPS-2410)", expires: "2026-05-31",
                        file: "residency.yaml", line: 24)
                ]),
                policy: ExampleEstate.policy,
                flags: [.init("us-jurisdiction host=*.mq.eu-north-1.amazonaws.com path=-", .low)])
        ],
        nonTriggeringExamples: [
            RuleExample(
                "a suppression expiring today still holds",
                input: ExampleEstate.input(suppressions: [
                    SuppressionInfo(
                        rule: "us-jurisdiction", host: "*.mq.eu-north-1.amazonaws.com", path: nil,
                        reason: "move to the self-hosted broker (OPS-2410)", expires: "2026-06-01",
                        file: "residency.yaml", line: 24)
                ]),
                policy: ExampleEstate.policy)
        ])

    public func evaluate(_ input: AuditInput, policy: Policy) -> [Finding] {
        input.suppressions.sorted(by: SuppressionMatcher.order).compactMap { s -> Finding? in
            guard s.isExpired(today: input.today) else { return nil }
            let scope = s.scope
            let what = "\(s.rule)" + (scope.isEmpty ? "" : " (\(scope))")
            let at = s.line.map { "\(s.file):\($0)" } ?? s.file
            return finding(
                severity: .low,
                message:
                    "The suppression of \(what) expired on \(s.expires) and no longer suppresses; the findings it covered are reported again.",
                location: Finding.Place(path: s.file, line: s.line ?? 1, column: 1), host: s.host,
                subject: "\(s.rule) host=\(s.host ?? "-") path=\(s.path ?? "-")"
                    + (s.resource.map { " resource=\($0)" } ?? ""),
                evidence: [
                    "\(at) rule: \(s.rule)" + (scope.isEmpty ? "" : ", \(scope)"), "reason: \(s.reason)",
                    "expires: \(s.expires), audited on \(input.today)",
                ],
                remediation: [
                    "Fix the findings it covered and delete the suppression at \(at).",
                    "Or, if the risk is still accepted, renew it at \(at): set a new `expires:` date and bring `reason:` up to date.",
                ])
        }
    }
}
