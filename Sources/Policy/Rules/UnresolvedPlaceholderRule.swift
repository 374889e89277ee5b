import ResidencyCore

/// A connection setting whose host is a placeholder (`${DB_HOST}`, `#{Octopus.Db}`) that nothing in
/// the audited tree fills in: the real destination is decided at deploy time, out of the audit's
/// sight. An auditor fails closed, so the gap is a finding rather than a silently skipped line.
public struct UnresolvedPlaceholderRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "unresolved-placeholder",
        category: .unknownLocation,
        title: "Connection target set outside the audited files",
        summary: """
            A connection string or host setting names its host through a placeholder (an environment \
            variable, a Spring property, a template value) that no audited file gives a host. Where the \
            connection goes is decided at deploy time, so its location cannot be demonstrated from the \
            repository (GDPR Art. 5(2), Art. 30(1)(e)). Not reported: a placeholder whose name an audited \
            endpoint is written under (`${ORDERS_DB_HOST}` when a Deployment sets env ORDERS_DB_HOST to a \
            host, which is judged as that endpoint), and Terraform references to resources of the same \
            configuration (`${aws_db_instance.main.address}`), which are audited themselves. Judged at the \
            policy's unknown-location severity.
            """,
        references: ["GDPR Art. 5(2)", "GDPR Art. 30(1)(e)", "GDPR Art. 44"],
        remediation: """
            Bring the file that sets the value into the audited tree (a ConfigMap, a committed .env, Helm \
            values), or write the host there; if the value is deliberately kept out of version control, \
            review it by hand and record that review as a suppression with a reason and an expiry date.
            """,
        triggeringExamples: [
            RuleExample(
                "a Spring datasource URL whose host comes from the environment",
                input: ExampleEstate.input(unresolved: [
                    UnresolvedReference(
                        variable: "ORDERS_DB_HOST",
                        location: SourceLocation(
                            path: "services/orders/src/main/resources/application-prod.yml", line: 4,
                            column: 28, context: "application-prod.yml spring.datasource.url"),
                        kind: .postgres)
                ]),
                policy: ExampleEstate.policy,
                flags: [.init("ORDERS_DB_HOST", .medium)])
        ],
        nonTriggeringExamples: [
            RuleExample(
                "a Terraform output naming a database of the same configuration",
                input: ExampleEstate.input(unresolved: [
                    UnresolvedReference(
                        variable: "aws_rds_cluster.payments_ledger.endpoint",
                        location: SourceLocation(
                            path: "terraform/outputs.tf", line: 7, column: 40,
                            context: "outputs.tf output ledger_database_url value"),
                        kind: .postgres)
                ]),
                policy: ExampleEstate.policy),
            RuleExample(
                "a placeholder whose variable a Deployment sets to an audited host",
                input: ExampleEstate.input(
                    [ExampleEstate.osloRedis],
                    unresolved: [
                        UnresolvedReference(
                            variable: "REDIS_ADDR",
                            location: SourceLocation(
                                path: "services/user-service/src/main/resources/application.yml", line: 9,
                                column: 14, context: "application.yml spring.data.redis.host"),
                            kind: .redis)
                    ]),
                policy: ExampleEstate.policy),
            RuleExample(
                "every host written out", input: ExampleEstate.input([ExampleEstate.osloRedis]),
                policy: ExampleEstate.policy),
        ])

    public func evaluate(_ input: AuditInput, policy: Policy) -> [Finding] {
        guard let residency = policy.residency, !input.unresolved.isEmpty else { return [] }
        let namesWithHosts = Self.settingNames(of: input.endpoints)
        return input.unresolved.sorted().compactMap { ref -> Finding? in
            if namesWithHosts.contains(ref.variable) { return nil }
            if ref.location.path.hasSuffix(".tf"), Self.isTerraformResourceReference(ref.variable) { return nil }
            let what = ref.kind.map { "\($0.rawValue) connection" } ?? "connection"
            let place = Finding.Place(path: ref.location.path, line: ref.location.line, column: ref.location.column)
            let setting = ref.location.context.isEmpty ? ref.location.path : ref.location.context
            return finding(
                severity: residency.unknownLocationSeverity,
                title: "Connection target set outside the audited files: \(ref.variable)",
                message:
                    "The host of the \(what) in \(setting) is the placeholder \(ref.variable), which no audited file sets to a host; "
                    + "where it connects is decided at deploy time and cannot be shown from this repository.",
                location: place, subject: ref.variable,
                evidence: [
                    "\(ref.location.path):\(ref.location.line):\(ref.location.column) \(setting) = …\(ref.variable)…"
                ],
                remediation: [
                    "Find where \(ref.variable) is set for each environment (deployment pipeline, CI secrets, Helm values, "
                        + "the orchestrator's environment) and add that file to the audited tree, or write the host in a "
                        + "ConfigMap or .env that residency reads.",
                    "If the value is kept out of version control on purpose, check each environment's value by hand and record "
                        + "the review in residency.yaml: `suppressions: [{rule: unresolved-placeholder, path: \"\(ref.location.path)\", "
                        + "reason: \"…\", expires: YYYY-MM-DD}]`.",
                ])
        }
    }

    /// The names audited endpoints are written under, as their source contexts give them
    /// (`env ORDERS_DB_HOST`, `.env REDIS_URL`, `spring.datasource.url`, `Dockerfile ENV DB_HOST`).
    static func settingNames(of endpoints: [AuditedEndpoint]) -> Set<String> {
        var names: Set<String> = []
        for e in endpoints {
            for source in e.endpoint.sources {
                for word in source.context.split(whereSeparator: { " ,()=:'\"".contains($0) }) {
                    names.insert(String(word))
                }
            }
        }
        return names
    }

    /// `aws_db_instance.main.address`, `data.aws_rds_cluster.x.endpoint`: an attribute of a resource
    /// (or data source) of the same Terraform configuration, which the audit places on its own.
    static func isTerraformResourceReference(_ variable: String) -> Bool {
        var parts = variable.split(separator: ".", omittingEmptySubsequences: false)
        if parts.first == "data" { parts.removeFirst() }
        guard parts.count >= 3, let type = parts.first, type.utf8.contains(UInt8(ascii: "_")) else { return false }
        return type.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "_" } && !parts.contains { $0.isEmpty }
    }
}
