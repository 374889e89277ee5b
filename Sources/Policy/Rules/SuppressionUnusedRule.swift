import ResidencyCore

/// A rule judged on what the other rules found: the evaluator runs it after them all.
protocol FindingsRule: Rule {
    func evaluate(_ input: AuditInput, judged findings: [Finding]) -> [Finding]
}

/// A suppression in force that covers no finding of this audit. Either what it accepted was fixed
/// (delete it) or it is written wrong (a host, path or resource that matches nothing) and hides
/// nothing it was meant to: both need a look, so a stale suppression cannot linger unnoticed.
public struct SuppressionUnusedRule: FindingsRule {
    public init() {}

    public static let description = RuleDescription(
        id: "suppression-unused",
        category: .suppressionUnused,
        title: "Suppression matches nothing",
        summary: """
            A suppression in the estate file, not yet expired, covers no finding of this audit. Either the risk \
            it accepted is gone (the endpoint moved or was removed) and the suppression should be deleted, or its \
            rule, host, path or resource is written so that it matches nothing and does not suppress what it was \
            meant to. Reported as information, so stale suppressions surface in every report.
            """,
        references: ["GDPR Art. 5(2) (accountability)", "GDPR Art. 24 (responsibility of the controller)"],
        remediation: """
            Delete the suppression if what it accepted is fixed; otherwise correct its `host:`, `path:` or \
            `resource:` so that it covers the finding it was written for.
            """,
        triggeringExamples: [
            RuleExample(
                "a suppression for a host no endpoint has",
                input: ExampleEstate.input(
                    [ExampleEstate.osloRedis],
                    suppressions: [
                        SuppressionInfo(
                            rule: "us-jurisdiction", host: "*.mq.eu-north-1.amazonaws.com", path: nil,
                            reason: "move to the self-hosted broker (OPS-2410)", expires: "2027-05-31",
                            file: "residency.yaml", line: 24)
                    ]),
                policy: ExampleEstate.policy,
                flags: [.init("us-jurisdiction host=*.mq.eu-north-1.amazonaws.com path=- resource=-", .info)]),
            RuleExample(
                "a suppression for a Terraform resource that holds no finding of its rule",
                input: ExampleEstate.input(
                    [ExampleEstate.terraformOrders],
                    suppressions: [
                        SuppressionInfo(
                            rule: "persistence-outside-eea", host: nil, path: nil, resource: "aws_db_instance.orders",
                            reason: "replica being retired (OPS-2511)", expires: "2027-05-31",
                            file: "residency.yaml", line: 30)
                    ]),
                policy: ExampleEstate.policy,
                flags: [.init("persistence-outside-eea host=- path=- resource=aws_db_instance.orders", .info)]),
        ],
        nonTriggeringExamples: [
            RuleExample(
                "a suppression that covers a finding",
                input: ExampleEstate.input(
                    [ExampleEstate.stockholmOrders],
                    suppressions: [
                        SuppressionInfo(
                            rule: "us-jurisdiction", host: "*.eu-north-1.rds.amazonaws.com", path: nil,
                            reason: "move to an EEA-owned provider (OPS-2410)", expires: "2027-05-31",
                            file: "residency.yaml", line: 24)
                    ]),
                policy: ExampleEstate.policy),
            RuleExample(
                "a suppression naming the Terraform resource of a finding",
                input: ExampleEstate.input(
                    [ExampleEstate.terraformOrders],
                    suppressions: [
                        SuppressionInfo(
                            rule: "us-jurisdiction", host: nil, path: nil, resource: "aws_db_instance.*",
                            reason: "move to an EEA-owned provider (OPS-2410)", expires: "2027-05-31",
                            file: "residency.yaml", line: 24)
                    ]),
                policy: ExampleEstate.policy),
            RuleExample(
                "an expired suppression is reported as expired, not as unused",
                input: ExampleEstate.input(
                    [ExampleEstate.osloRedis],
                    suppressions: [
                        SuppressionInfo(
                            rule: "us-jurisdiction", host: "*.mq.eu-north-1.amazonaws.com", path: nil,
                            reason: "move to the self-hosted broker (OPS-2410)", expires: "2026-05-31",
                            file: "residency.yaml", line: 24)
                    ]),
                policy: ExampleEstate.policy),
        ])

    /// On its own (examples, `explain`): the other rules judge the input first.
    public func evaluate(_ input: AuditInput, policy: Policy) -> [Finding] {
        let others = RuleRegistry.all.map { $0.init() }.filter { !($0 is any FindingsRule) }
        let judged = PolicyEvaluator.evaluate(input, policy: policy, rules: others).findings
        return evaluate(PolicyEvaluator.canonical(input), judged: judged)
    }

    func evaluate(_ input: AuditInput, judged findings: [Finding]) -> [Finding] {
        SuppressionMatcher(input).unused(by: findings).map { s -> Finding in
            let scope = s.scope
            return finding(
                severity: .info,
                message: "The suppression of \(s.rule)" + (scope.isEmpty ? "" : " (\(scope))")
                    + " at \(s.place) matches no finding of this audit.",
                location: Finding.Place(path: s.file, line: s.line ?? 1, column: 1), host: s.host,
                subject: "\(s.rule) host=\(s.host ?? "-") path=\(s.path ?? "-") resource=\(s.resource ?? "-")",
                evidence: [
                    "\(s.place) rule: \(s.rule)" + (scope.isEmpty ? "" : ", \(scope)"), "reason: \(s.reason)",
                    "expires: \(s.expires); no finding of rule or category \(s.rule) matches it on \(input.today)",
                ],
                remediation: [
                    "If what it accepted is fixed, delete the suppression at \(s.place).",
                    "Otherwise correct its host, path or resource at \(s.place) so that it covers the finding it was written for (`residency audit --format json` lists each finding's host, path and endpoint).",
                ])
        }
    }
}
