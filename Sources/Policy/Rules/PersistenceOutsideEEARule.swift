import ResidencyCore

/// A datastore, queue or object store located outside the allowed countries: personal data at
/// rest in a third country, which GDPR Chapter V forbids without an adequacy decision or a
/// safeguard.
public struct PersistenceOutsideEEARule: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "persistence-outside-eea",
        category: .persistenceOutsideEEA,
        title: "Personal data persisted outside the EEA",
        summary: """
            A datastore, queue or object store (the policy's persistence roles) is located outside the \
            countries the policy allows. An endpoint placed in several countries (several addresses, GeoDNS) \
            is judged by the worst one, since any write may land there. Storing personal data in a third \
            country is a transfer under GDPR Art. 44: lawful only with an adequacy decision (Art. 45) the \
            policy accepts, or appropriate safeguards (Art. 46) with supplementary measures after Schrems II. \
            The US decision (EU-US Data Privacy Framework, 10 July 2023) covers only organisations certified \
            under it: with adequacy accepted, a US location passes only when the provider catalogue records its \
            operator as certified, and an unknown status counts as not certified. The General Court upheld the \
            decision on 3 September 2025 (T-553/23); an appeal (C-703/25 P) is pending. Canada's decision covers \
            commercial organisations under PIPEDA only; the United Kingdom's was renewed in December 2025.
            """,
        references: [
            "GDPR Art. 44", "GDPR Art. 45", "GDPR Art. 46", "CJEU C-311/18 (Schrems II)",
            "Commission Implementing Decision (EU) 2023/1795 (EU-US Data Privacy Framework)",
            "General Court T-553/23 Latombe v Commission (3 September 2025); appeal C-703/25 P pending",
            "EDPB Recommendations 01/2020 on supplementary measures",
            "Datatilsynet: transfer of personal data to third countries",
        ],
        remediation: """
            Move the store to an allowed country, preferably the nearest allowed region of the same provider \
            (same engine, a snapshot restore or a promoted replica). Until then, document an Art. 46 safeguard \
            with a transfer impact assessment and supplementary measures.
            """,
        triggeringExamples: [
            RuleExample(
                "RDS PostgreSQL in us-east-1", input: ExampleEstate.input([ExampleEstate.virginiaReplica]),
                policy: ExampleEstate.policy,
                flags: [.init("analytics-replica.c3k9vd8f2mzq.us-east-1.rds.amazonaws.com", .critical)]),
            RuleExample(
                "a GeoDNS name answering from Oslo and from the US: judged by the US",
                input: ExampleEstate.input([
                    ExampleEstate.endpoint(
                        "cache.global.example.com", port: 6379, kind: .redis, at: ".env", line: 3,
                        context: "REDIS_HOST",
                        method: .dns,
                        locations: [
                            ExampleEstate.oslo("198.51.100.7"),
                            Location(
                                address: "203.0.113.9", country: "US", city: "Ashburn",
                                asn: 64500, asOrganization: "Example CDN", source: .mmdb),
                        ],
                        addresses: ["198.51.100.7", "203.0.113.9"])
                ]),
                policy: ExampleEstate.policy,
                flags: [.init("cache.global.example.com", .critical)]),
            RuleExample(
                "a UK bucket when the policy does not accept adequacy countries",
                input: ExampleEstate.input([
                    ExampleEstate.endpoint(
                        "invoices.s3.eu-west-2.amazonaws.com", kind: .s3, at: "terraform/s3.tf", line: 4,
                        context: "bucket",
                        method: .providerHostname,
                        locations: [
                            ExampleEstate.aws("invoices.s3.eu-west-2.amazonaws.com", "GB", "London", 51.51, -0.13)
                        ])
                ]),
                policy: ExampleEstate.policy,
                flags: [.init("invoices.s3.eu-west-2.amazonaws.com", .critical)]),
            RuleExample(
                "RDS in us-east-1, adequacy accepted, but the operator's Data Privacy Framework status is unknown (fail closed)",
                input: ExampleEstate.input([ExampleEstate.virginiaReplica]), policy: ExampleEstate.adequacyPolicy,
                flags: [.init("analytics-replica.c3k9vd8f2mzq.us-east-1.rds.amazonaws.com", .critical)]),
            RuleExample(
                "RDS in sa-east-1 (São Paulo) when the policy does not accept adequacy countries",
                input: ExampleEstate.input([ExampleEstate.saoPauloOrders]), policy: ExampleEstate.policy,
                flags: [.init("orders-db.c9akciq32xyz.sa-east-1.rds.amazonaws.com", .critical)]),
        ],
        nonTriggeringExamples: [
            RuleExample(
                "RDS in us-east-1 of an operator certified under the EU-US Data Privacy Framework, adequacy accepted",
                input: ExampleEstate.input(
                    [ExampleEstate.virginiaReplica],
                    dataPrivacyFramework: ["Amazon Web Services": .certified]),
                policy: ExampleEstate.adequacyPolicy, triggersUnderShippedPolicy: true),
            RuleExample(
                "RDS in sa-east-1 (São Paulo): Brazil has an adequacy decision (27 January 2026), accepted by the policy",
                input: ExampleEstate.input([ExampleEstate.saoPauloOrders]), policy: ExampleEstate.adequacyPolicy,
                triggersUnderShippedPolicy: true),
            RuleExample(
                "Redis in the Oslo datacentre", input: ExampleEstate.input([ExampleEstate.osloRedis]),
                policy: ExampleEstate.policy),
            RuleExample(
                "RDS PostgreSQL in eu-north-1 (Stockholm)", input: ExampleEstate.input([ExampleEstate.stockholmOrders]),
                policy: ExampleEstate.policy),
            RuleExample(
                "a US HTTP API is a transfer, not persistence",
                input: ExampleEstate.input([
                    ExampleEstate.endpoint(
                        "api.example.com", port: 443, kind: .http, at: "app.yml", line: 2, context: "api.url",
                        tls: true,
                        method: .dns, locations: [Location(address: "203.0.113.10", country: "US", source: .mmdb)],
                        addresses: ["203.0.113.10"])
                ]),
                policy: ExampleEstate.policy),
            RuleExample(
                "an unlocated datastore is unknown-location's concern",
                input: ExampleEstate.input([ExampleEstate.privateERP]),
                policy: ExampleEstate.policy),
        ])

    public func evaluate(_ input: AuditInput, policy: Policy) -> [Finding] {
        OutsideAllowedCountries(persistence: true).findings(self, input: input, policy: policy)
    }
}
