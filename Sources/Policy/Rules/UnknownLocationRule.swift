import ResidencyCore

/// An endpoint no evidence could place in a country. Residency cannot be shown for it, which is a
/// finding in itself: the controller must be able to demonstrate where personal data goes.
public struct UnknownLocationRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "unknown-location",
        category: .unknownLocation,
        title: "Endpoint location unknown",
        summary: """
            No location with a country was found for an endpoint: the name did not resolve (or the audit ran \
            offline), a private address is outside every network the estate file lists, or no geolocation \
            data covers its addresses. Where data goes cannot be demonstrated (GDPR Art. 5(2)), nor recorded \
            (Art. 30(1)(e)) nor checked against Chapter V. The finding quotes why resolution stopped.
            """,
        references: ["GDPR Art. 5(2)", "GDPR Art. 30(1)(e)", "GDPR Art. 44"],
        remediation: """
            Tell the audit where it is: add the network, host or cluster site to residency.yaml (the finding \
            shows the exact line), give it geolocation data (--geoip-db), or run it with DNS.
            """,
        triggeringExamples: [
            RuleExample(
                "a private SQL Server address outside the estate's networks",
                input: ExampleEstate.input([ExampleEstate.privateERP]), policy: ExampleEstate.policy,
                flags: [.init("172.16.40.12", .medium)]),
            RuleExample(
                "a name that does not resolve offline",
                input: ExampleEstate.input([
                    ExampleEstate.endpoint(
                        "legacy-db.corp.example.no", port: 5432, kind: .postgres, at: ".env", line: 2,
                        context: "DATABASE_URL",
                        method: .unresolved,
                        reason: "offline: no DNS, and neither the estate file nor the provider catalogue knows the name"
                    )
                ]),
                policy: ExampleEstate.policy,
                flags: [.init("legacy-db.corp.example.no", .medium)]),
        ],
        nonTriggeringExamples: [
            RuleExample(
                "an address the estate file places in Oslo", input: ExampleEstate.input([ExampleEstate.osloRedis]),
                policy: ExampleEstate.policy),
            RuleExample(
                "a region placed by the provider catalogue", input: ExampleEstate.input([ExampleEstate.dublinLedger]),
                policy: ExampleEstate.policy),
        ])

    public func evaluate(_ input: AuditInput, policy: Policy) -> [Finding] {
        guard let residency = policy.residency else { return [] }
        let judged = residency.persistenceRoles.union(residency.transferRoles)
        return input.endpoints.concurrentCompactMap { e -> Finding? in
            guard judged.contains(e.endpoint.role), !e.resolution.locations.contains(where: { $0.country != nil })
            else { return nil }
            let why =
                e.resolution.reason
                ?? (e.resolution.addresses.isEmpty
                    ? "no location found"
                    : "no geolocation data places \(e.resolution.addresses.joined(separator: ", "))")
            let message = "The \(e.endpoint.phrase) could not be located: \(why)."
            return finding(
                severity: residency.unknownLocationSeverity, message: message, location: e.endpoint.place,
                endpoint: e.endpoint, evidence: EndpointEvidence.lines(e),
                remediation: EstateSuggestion.steps(for: e, siteName: input.clusterSiteName))
        }
    }
}
