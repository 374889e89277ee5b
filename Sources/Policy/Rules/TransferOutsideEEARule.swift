import ResidencyCore

/// An HTTP/gRPC upstream, SaaS API or telemetry sink outside the allowed countries: every
/// request sends it data, which is a transfer under GDPR Chapter V even if it stores nothing.
public struct TransferOutsideEEARule: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "transfer-outside-eea",
        category: .transferOutsideEEA,
        title: "Personal data transferred outside the EEA",
        summary: """
            An endpoint of the policy's transfer roles (upstream APIs, telemetry, other) is located outside the \
            allowed countries, judged by its worst country when it has several. Sending personal data there is \
            a transfer (GDPR Art. 44) that needs an adequacy decision (Art. 45), appropriate safeguards (Art. 46) \
            or, for occasional transfers only, an Art. 49 derogation. As for persistence, the US adequacy decision \
            (EU-US Data Privacy Framework) covers only operators the provider catalogue records as certified.
            """,
        references: [
            "GDPR Art. 44", "GDPR Art. 45", "GDPR Art. 46", "GDPR Art. 49", "CJEU C-311/18 (Schrems II)",
            "EDPB Recommendations 01/2020 on supplementary measures",
            "Datatilsynet: transfer of personal data to third countries",
        ],
        remediation: """
            Use the provider's EEA endpoint or region, or an EEA processor. Where the transfer must stay: standard \
            contractual clauses with a transfer impact assessment, and send only what is needed, pseudonymised.
            """,
        triggeringExamples: [
            RuleExample(
                "an error tracker's US ingest host",
                input: ExampleEstate.input([
                    ExampleEstate.endpoint(
                        "o123.ingest.us.sentry.io", port: 443, kind: .http, role: .telemetry,
                        at: "k8s/base/telemetry.yaml",
                        line: 9, context: "ConfigMap telemetry key SENTRY_DSN", tls: true, method: .dns,
                        locations: [
                            Location(
                                address: "34.120.195.249", country: "US", city: "Kansas City", asn: 396982,
                                asOrganization: "GOOGLE-CLOUD-PLATFORM", provider: "Sentry",
                                jurisdiction: "US", source: .mmdb)
                        ],
                        addresses: ["34.120.195.249"], cnames: ["ingest.us.sentry.io"])
                ]),
                policy: ExampleEstate.policy,
                flags: [.init("o123.ingest.us.sentry.io", .high)])
        ],
        nonTriggeringExamples: [
            RuleExample(
                "a payment API in Norway",
                input: ExampleEstate.input([
                    ExampleEstate.endpoint(
                        "api.vipps.no", port: 443, kind: .http, at: "k8s/payment-processor.yaml", line: 14,
                        context: "VIPPS_API_BASE_URL", tls: true, method: .dns,
                        locations: [Location(address: "193.69.0.10", country: "NO", city: "Oslo", source: .mmdb)],
                        addresses: ["193.69.0.10"])
                ]),
                policy: ExampleEstate.policy),
            RuleExample(
                "a US datastore is persistence, judged by persistence-outside-eea",
                input: ExampleEstate.input([ExampleEstate.virginiaReplica]), policy: ExampleEstate.policy),
        ])

    public func evaluate(_ input: AuditInput, policy: Policy) -> [Finding] {
        OutsideAllowedCountries(persistence: false).findings(self, input: input, policy: policy)
    }
}
