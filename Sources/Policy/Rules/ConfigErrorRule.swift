import ResidencyCore

/// A file in scope that could not be read or parsed. Whatever it references is unknown, so the
/// audit cannot say the estate is clean: the gap is reported rather than passed over.
public struct ConfigErrorRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "config-error",
        category: .configError,
        title: "Configuration file could not be read",
        summary: """
            One finding per file the scan could not read or parse (a syntax error, not UTF-8, too large, a \
            symlink leaving the tree). The endpoints it references are unknown to the audit, so residency \
            cannot be demonstrated for them. Judged at the policy's unknown-location severity (medium without \
            a residency policy).
            """,
        references: ["GDPR Art. 5(2) (accountability)", "GDPR Art. 30 (records of processing activities)"],
        remediation: """
            Fix the file so it parses, or, if it is not configuration the estate uses, exclude it from the \
            audit with --exclude.
            """,
        triggeringExamples: [
            RuleExample(
                "a Kubernetes manifest with a YAML syntax error",
                input: ExampleEstate.input(diagnostics: [
                    Diagnostic(
                        path: "k8s/broken.yaml", line: 7, column: 3,
                        message: "parse error: mapping values are not allowed here")
                ]),
                policy: ExampleEstate.policy,
                flags: [.init("parse error: mapping values are not allowed here", .medium)])
        ],
        nonTriggeringExamples: [
            RuleExample(
                "every file read", input: ExampleEstate.input([ExampleEstate.osloRedis]), policy: ExampleEstate.policy)
        ])

    public func evaluate(_ input: AuditInput, policy: Policy) -> [Finding] {
        let severity = policy.residency?.unknownLocationSeverity ?? .medium
        return input.diagnostics.sorted().map { d in
            var steps = ["Fix \(d.position) so it can be read: \(d.message)."]
            let lower = d.message.lowercased()
            if lower.contains("too large") || lower.contains("larger") {
                steps = ["Raise the limit with --max-file-size BYTES if \(d.path) is real configuration."]
            } else if lower.contains("symlink") {
                steps = ["Bring the link's target inside the audited tree, or audit the folder it points to as well."]
            }
            steps.append("If \(d.path) is not configuration the estate uses, exclude it: --exclude '\(d.path)'.")
            return finding(
                severity: severity,
                message: "\(d.path) could not be read: \(d.message). Whatever it references is unknown to the audit.",
                location: Finding.Place(path: d.path, line: d.line ?? 1, column: d.column ?? 1),
                subject: Self.subject(d.message), evidence: ["\(d.position) \(d.message)"], remediation: steps)
        }
    }

    /// Two errors in one file are two findings; the subject tells them apart by what went wrong,
    /// with numbers blanked so the fingerprint survives the error moving to another line.
    static func subject(_ message: String) -> String {
        var out = ""
        var inNumber = false
        for c in message {
            if c.isASCII && c.isNumber {
                if !inNumber { out.append("#") }
                inNumber = true
            } else {
                out.append(c)
                inNumber = false
            }
        }
        return out
    }
}
