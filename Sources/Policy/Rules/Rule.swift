import ResidencyCore

/// A rule judges resolved endpoints (never files) and returns findings without fingerprints.
/// Each rule carries its own description, and the tests run every example in it.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    /// Rules are stateless: the registry makes one per run.
    init()
    /// Findings for this input under this policy; empty when the rule's policy section is absent.
    func evaluate(_ input: AuditInput, policy: Policy) -> [Finding]
}

extension Rule {
    public static var id: String { description.id }

    /// A finding of this rule, with its id, category and references filled in from the description.
    /// `endpoint` is the endpoint the finding is about (its id, host and kind, all fingerprinted);
    /// `linkedEndpoint` links a finding about something else (a route, a chain) to the endpoint it
    /// concerns without changing its fingerprint.
    func finding(
        severity: Severity, title: String? = nil, message: String, location: Finding.Place?,
        endpoint: Endpoint? = nil, linkedEndpoint: String? = nil, host: String? = nil, subject: String? = nil,
        evidence: [String], remediation: [String]
    ) -> Finding {
        let d = Self.description
        return Finding(
            ruleId: d.id, category: d.category, severity: severity, title: title ?? d.title, message: message,
            location: location, endpointId: endpoint?.id ?? linkedEndpoint, host: endpoint?.host ?? host,
            kind: endpoint?.kind,
            subject: subject, evidence: evidence, remediation: remediation, references: d.references)
    }
}

/// What `residency explain RULE` prints, and what the example tests run.
public struct RuleDescription: Sendable {
    public var id: String
    public var category: FindingCategory
    public var title: String
    /// What it checks and why, a few sentences.
    public var summary: String
    /// Legal or technical references (`GDPR Art. 44`, `CJEU C-311/18 (Schrems II)`, `EDPB Recommendations 01/2020`…).
    public var references: [String]
    /// How to fix a finding, in general terms; findings give the specific steps.
    public var remediation: String
    /// Inputs that must give findings of this rule: exactly their `flags`.
    public var triggeringExamples: [RuleExample]
    /// Inputs that must give none.
    public var nonTriggeringExamples: [RuleExample]

    public init(
        id: String, category: FindingCategory, title: String, summary: String, references: [String],
        remediation: String, triggeringExamples: [RuleExample], nonTriggeringExamples: [RuleExample]
    ) {
        self.id = id
        self.category = category
        self.title = title
        self.summary = summary
        self.references = references
        self.remediation = remediation
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }
}

/// One example: a name a reader understands, the input, and the policy to judge it under
/// (the shipped default policy when nil).
public struct RuleExample: Sendable {
    public var name: String
    public var input: AuditInput
    public var policy: Policy?
    /// Whether it triggers under the shipped default policy, when that differs from its own
    /// verdict: an example of an option the shipped policy leaves off (`allowAdequacy`). Nil:
    /// the same verdict.
    public var triggersUnderShippedPolicy: Bool?
    /// Every finding a triggering example gives under `policy`, in order; empty for an example
    /// that must not trigger.
    public var flags: [ExampleFinding]

    public init(
        _ name: String, input: AuditInput, policy: Policy? = nil, triggersUnderShippedPolicy: Bool? = nil,
        flags: [ExampleFinding] = []
    ) {
        self.name = name
        self.input = input
        self.policy = policy
        self.triggersUnderShippedPolicy = triggersUnderShippedPolicy
        self.flags = flags
    }
}
