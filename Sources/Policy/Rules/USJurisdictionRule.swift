import ResidencyCore

/// An endpoint operated by a company US law reaches (a US parent counts), whatever the region:
/// the CLOUD Act lets US authorities compel it to hand over data it holds anywhere, which is why
/// the CJEU in Schrems II found US law does not offer essentially equivalent protection.
public struct USJurisdictionRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "us-jurisdiction",
        category: .usJurisdiction,
        title: "Operator subject to US jurisdiction",
        summary: """
        An endpoint is operated by a provider subject to a flagged jurisdiction (US law, including through a \
        US parent company), whatever country its region is in. Under the US CLOUD Act (18 U.S.C. § 2713) a \
        provider must disclose data in its possession, custody or control wherever it is stored; the CJEU \
        (C-311/18, Schrems II) held that US surveillance law does not meet the GDPR standard, so the \
        exporter must assess the risk and add supplementary measures (EDPB Recommendations 01/2020). \
        Datastores are judged at the policy's severity, endpoints that only receive data in transit at its \
        transfer severity.
        """,
        references: ["CJEU C-311/18 (Schrems II)", "US CLOUD Act (18 U.S.C. § 2713)", "GDPR Art. 44", "GDPR Art. 46",
                     "GDPR Art. 48", "EDPB Recommendations 01/2020 on supplementary measures",
                     "Datatilsynet: transfer of personal data to third countries"],
        remediation: """
        Move to an EEA-owned provider (the policy lists alternatives by kind and role). While the provider \
        stays: encryption with customer-managed keys held in the EEA, pseudonymisation before the data \
        reaches it, and a documented transfer impact assessment.
        """,
        triggeringExamples: [
            RuleExample("DocumentDB in eu-central-1 (Frankfurt): an EEA region, a US operator",
                        input: ExampleEstate.input([ExampleEstate.frankfurtProfiles]), policy: ExampleEstate.policy),
            RuleExample("RDS in eu-north-1 (Stockholm) is still Amazon",
                        input: ExampleEstate.input([ExampleEstate.stockholmOrders]), policy: ExampleEstate.policy),
        ],
        nonTriggeringExamples: [
            RuleExample("the organisation's own Oslo datacentre", input: ExampleEstate.input([ExampleEstate.osloRedis]),
                        policy: ExampleEstate.policy),
            RuleExample("an EEA-owned managed database (Aiven, Finland)",
                        input: ExampleEstate.input([ExampleEstate.endpoint(
                            "pg-orders-nordicshop.aivencloud.com", port: 5432, kind: .postgres, at: "app.yml", line: 4,
                            context: "spring.datasource.url", method: .providerHostname,
                            locations: [Location(address: "pg-orders-nordicshop.aivencloud.com", country: "FI", provider: "Aiven",
                                                 jurisdiction: "FI", source: .providerCatalog)])]),
                        policy: ExampleEstate.policy),
        ])

    public func evaluate(_ input: AuditInput, policy: Policy) -> [Finding] {
        guard let jurisdiction = policy.jurisdiction else { return [] }
        return input.endpoints.compactMap { e -> Finding? in
            let flagged = e.resolution.locations.filter { $0.jurisdiction.map(jurisdiction.flagged.contains) ?? false }
            guard let first = flagged.first else { return nil }
            let providers = orderedUnique(flagged.map { $0.provider ?? $0.asOrganization ?? $0.address })
            let law = orderedUnique(flagged.compactMap(\.jurisdiction)).joined(separator: ", ")
            let countries = orderedUnique(flagged.compactMap(\.country))
            let region = countries.isEmpty ? "" : " Its location is \(countries.joined(separator: ", "))"
                + (first.city.map { " (\($0))" } ?? "") + ", but the region does not matter:"
            let message = "The \(e.endpoint.phrase) is operated by \(providers.joined(separator: ", ")), subject to \(law) law.\(region)"
                + " \(law == "US" ? "the CLOUD Act (18 U.S.C. § 2713) reaches" : "that jurisdiction reaches") data the operator holds anywhere (Schrems II)."
            let persistence = policy.residency?.persistenceRoles.contains(e.endpoint.role) ?? e.endpoint.role.isPersistence
            return finding(severity: persistence ? jurisdiction.severity : jurisdiction.transferSeverity,
                           message: message, location: e.endpoint.place, endpoint: e.endpoint,
                           evidence: EndpointEvidence.lines(e),
                           remediation: JurisdictionAdvice.steps(for: e.endpoint, provider: providers.joined(separator: ", "),
                                                                  policy: jurisdiction))
        }
    }

    private func orderedUnique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}
