import ResidencyCore

/// An endpoint operated by a company US law reaches (a US parent counts), whatever the region:
/// a third-country access risk the exporter must assess. Flagging every such operator is a
/// policy choice, not a rule of law: storage in an EEA region by an EU subsidiary is not itself
/// a transfer under GDPR Chapter V (EDPB Guidelines 05/2021), but access from the US (remote
/// administration, support, a disclosure order) would be one, and US surveillance law (FISA 702,
/// EO 12333: the programmes Schrems II judged) and the CLOUD Act (a law-enforcement disclosure
/// statute) can reach the parent.
public struct USJurisdictionRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "us-jurisdiction",
        category: .usJurisdiction,
        title: "Operator subject to US jurisdiction (third-country access risk)",
        summary: """
            An endpoint is operated by a provider subject to a flagged jurisdiction (US law, including through a \
            US parent company), whatever country its region is in. This is a third-country access risk the \
            policy chooses to flag, not a finding that the GDPR is breached. In Schrems II (C-311/18) the CJEU \
            held that US surveillance law (FISA Section 702 and Executive Order 12333) did not offer protection \
            essentially equivalent to EU law; the CLOUD Act (18 U.S.C. § 2713) separately lets US law enforcement \
            compel a provider to disclose data in its possession, custody or control wherever it is stored. \
            Under EDPB Guidelines 05/2021, storage in an EEA region by an EU subsidiary is not in itself a \
            transfer under Chapter V; remote access from a third country (administration, support, a disclosure \
            order) is one, and the risk of such access must still be assessed. When the endpoint is outside the \
            countries the policy allows, data actually goes there: a transfer for which Art. 46 safeguards and, \
            where the assessment finds US law impinges on them, supplementary measures are legally required \
            (EDPB Recommendations 01/2020). Inside the EEA they are advised. The EU-US Data Privacy Framework \
            (adequacy decision of 10 July 2023) covers only certified organisations; the General Court upheld it \
            on 3 September 2025 (T-553/23, Latombe v Commission), and an appeal (C-703/25 P) is pending before \
            the Court of Justice. Datastores are judged at the policy's severity, endpoints that only receive \
            data in transit at its transfer severity.
            """,
        references: [
            "CJEU C-311/18 (Schrems II)", "FISA Section 702 (50 U.S.C. § 1881a)", "Executive Order 12333",
            "US CLOUD Act (18 U.S.C. § 2713)", "GDPR Art. 44", "GDPR Art. 45", "GDPR Art. 46", "GDPR Art. 48",
            "EDPB Guidelines 05/2021 on the interplay between Art. 3 and Chapter V",
            "EDPB Recommendations 01/2020 on supplementary measures",
            "Commission Implementing Decision (EU) 2023/1795 (EU-US Data Privacy Framework)",
            "General Court T-553/23 Latombe v Commission (3 September 2025); appeal C-703/25 P pending",
            "Datatilsynet: transfer of personal data to third countries",
        ],
        remediation: """
            Move to an EEA-owned provider (the policy lists alternatives by kind and role), or keep the provider \
            and record a transfer impact assessment of the access risk. Where data is actually transferred \
            (the endpoint is outside the allowed countries), Art. 46 safeguards with supplementary measures are \
            required; in an EEA region they are advised: encryption with customer-managed keys held in the EEA, \
            pseudonymisation before the data reaches the provider, and contractual limits on remote access.
            """,
        triggeringExamples: [
            RuleExample(
                "DocumentDB in eu-central-1 (Frankfurt): an EEA region, a US operator",
                input: ExampleEstate.input([ExampleEstate.frankfurtProfiles]), policy: ExampleEstate.policy,
                flags: [.init("profiles.cluster-c7mpl4xq2h1z.eu-central-1.docdb.amazonaws.com", .high)]),
            RuleExample(
                "RDS in eu-north-1 (Stockholm) is still Amazon",
                input: ExampleEstate.input([ExampleEstate.stockholmOrders]), policy: ExampleEstate.policy,
                flags: [.init("orders-db.c9akciq32xyz.eu-north-1.rds.amazonaws.com", .high)]),
        ],
        nonTriggeringExamples: [
            RuleExample(
                "the organisation's own Oslo datacentre", input: ExampleEstate.input([ExampleEstate.osloRedis]),
                policy: ExampleEstate.policy),
            RuleExample(
                "an EEA-owned managed database (Aiven, Finland)",
                input: ExampleEstate.input([
                    ExampleEstate.endpoint(
                        "pg-orders-nordicshop.aivencloud.com", port: 5432, kind: .postgres, at: "app.yml", line: 4,
                        context: "spring.datasource.url", method: .providerHostname,
                        locations: [
                            Location(
                                address: "pg-orders-nordicshop.aivencloud.com", country: "FI", provider: "Aiven",
                                jurisdiction: "FI", source: .providerCatalog)
                        ])
                ]),
                policy: ExampleEstate.policy),
        ])

    public func evaluate(_ input: AuditInput, policy: Policy) -> [Finding] {
        guard let jurisdiction = policy.jurisdiction else { return [] }
        return input.endpoints.concurrentCompactMap { e -> Finding? in
            let flagged = e.resolution.locations.filter { $0.jurisdiction.map(jurisdiction.flagged.contains) ?? false }
            guard let first = flagged.first else { return nil }
            let providers = orderedUnique(flagged.map { $0.provider ?? $0.asOrganization ?? $0.address })
            let law = orderedUnique(flagged.compactMap(\.jurisdiction)).joined(separator: ", ")
            let countries = orderedUnique(flagged.compactMap(\.country))
            let transfer = Self.exposure(flagged, policy: policy, input: input)
            let place =
                countries.isEmpty
                ? ""
                : " Its location is \(countries.joined(separator: ", "))"
                    + (first.city.map { " (\($0))" } ?? "") + "."
            let access =
                law == "US"
                ? "US surveillance law (FISA 702, EO 12333) and the CLOUD Act's disclosure orders can reach the operator"
                : "\(law) law can reach the operator"
            let country = law == "US" ? "the US" : law
            let risk: String
            switch transfer {
            case .insideAllowed:
                risk =
                    " Data held there is not in itself transferred (EDPB Guidelines 05/2021), but remote access from \(country) would be a transfer, and \(access): a third-country access risk to assess, flagged by this policy."
            case .coveredByAdequacy:
                risk =
                    " The data goes to a country whose adequacy decision covers this operator, and \(access): a third-country access risk to assess, flagged by this policy."
            case .transfer:
                risk =
                    " The data leaves the countries the policy allows, an actual transfer (GDPR Chapter V), and \(access)."
            }
            let message =
                "The \(e.endpoint.phrase) is operated by \(providers.joined(separator: ", ")), subject to \(law) law.\(place)\(risk)"
            let persistence =
                policy.residency?.persistenceRoles.contains(e.endpoint.role) ?? e.endpoint.role.isPersistence
            return finding(
                severity: persistence ? jurisdiction.severity : jurisdiction.transferSeverity,
                message: message, location: e.endpoint.place, endpoint: e.endpoint,
                evidence: EndpointEvidence.lines(e),
                remediation: JurisdictionAdvice.steps(
                    for: e.endpoint, provider: providers.joined(separator: ", "),
                    policy: jurisdiction, required: transfer == .transfer))
        }
    }

    /// Whether the data itself leaves the allowed countries: that decides whether supplementary
    /// measures are required (a transfer) or advised (an access risk only).
    enum Exposure { case insideAllowed, coveredByAdequacy, transfer }

    static func exposure(_ locations: [Location], policy: Policy, input: AuditInput) -> Exposure {
        guard let residency = policy.residency else {
            // Without a residency section the EEA cannot be told from elsewhere: assume the worst.
            return .transfer
        }
        var result = Exposure.insideAllowed
        for l in locations {
            guard let c = l.country else { return .transfer }
            if residency.allowedCountries.contains(c) { continue }
            guard residency.allows(c, dpf: input.dpf(of: l)) else { return .transfer }
            result = .coveredByAdequacy
        }
        return result
    }

    private func orderedUnique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}
