import ResidencyCore

/// Where an endpoint is, judged against the allowed countries. An endpoint placed in several
/// countries (several addresses, GeoDNS answering by client) is judged by the worst of them:
/// any request may land there, so the data may be there. Each location is judged with its
/// operator: the US adequacy decision covers only organisations certified under the EU-US Data
/// Privacy Framework, so a US location passes as an adequacy country only for a certified one.
struct CountryJudgement {
    /// Every distinct country it was placed in, sorted.
    let countries: [String]
    /// The worst country: one with no adequacy decision before one with an adequacy decision
    /// the policy does not accept (or that does not cover the operator); nil when every location
    /// is allowed (or none is known).
    let worst: String?
    /// The countries not allowed, worst first.
    let disallowed: [String]
    /// The locations in the worst country.
    let worstLocations: [Location]
    /// The Data Privacy Framework status of the worst locations' operator (the least certified).
    let worstDPF: DPFStatus

    init(_ locations: [Location], policy: ResidencyPolicy, dpf: (Location) -> DPFStatus = { _ in .unknown }) {
        countries = Array(Set(locations.compactMap(\.country))).sorted()
        let rejected = locations.filter { l in l.country.map { !policy.allows($0, dpf: dpf(l)) } ?? false }
        let rejectedCountries = Set(rejected.compactMap(\.country))
        func badness(_ c: String) -> Int { policy.adequacyCountries.contains(c) ? 1 : 2 }
        disallowed = rejectedCountries.sorted { a, b in badness(a) != badness(b) ? badness(a) > badness(b) : a < b }
        worst = disallowed.first
        worstLocations = worst.map { w in rejected.filter { $0.country == w } } ?? []
        let statuses = worstLocations.map(dpf)
        worstDPF =
            statuses.contains(.notCertified)
            ? .notCertified : statuses.contains(.unknown) || statuses.isEmpty ? .unknown : .certified
    }

    /// `located in US` or `located in 2 countries (NO, US), judged by the worst: US`.
    var placement: String {
        guard let worst else { return "located in \(countries.joined(separator: ", "))" }
        let city = worstLocations.compactMap(\.city).first.map { " (\($0))" } ?? ""
        if countries.count == 1 { return "located in \(worst)\(city)" }
        return
            "located in \(countries.count) countries (\(countries.joined(separator: ", "))), judged by the worst: \(worst)\(city)"
    }

    /// A sentence for an adequacy country the policy does not accept, or whose decision does not
    /// cover this operator or this kind of organisation; nil otherwise.
    func adequacyNote(policy: ResidencyPolicy) -> String? {
        guard let worst, policy.adequacyCountries.contains(worst) else { return nil }
        let operatorName = worstLocations.compactMap { $0.provider ?? $0.asOrganization }.first ?? "the operator"
        switch worst {
        case "US":
            let status = "\(operatorName) is \(worstDPF.phrase) in the provider catalogue"
            let decision =
                "The US adequacy decision (EU-US Data Privacy Framework, 10 July 2023; upheld by the General Court on 3 September 2025, T-553/23, appeal C-703/25 P pending) covers only organisations certified under it"
            if policy.allowAdequacy {
                return
                    "\(decision); \(status), so the decision does not cover this transfer. Check the DPF List (dataprivacyframework.gov/list); if the operator is certified for this service, record it in a catalogue of your own (dpf: certified: true, with the day and source of the check)."
            }
            return
                "\(decision); \(status), and the policy does not accept adequacy countries. Certification does not remove the third-country access risk (us-jurisdiction)."
        case "CA":
            let scope =
                "Canada's adequacy decision covers only commercial organisations subject to PIPEDA (the Personal Information Protection and Electronic Documents Act), not public bodies or organisations under a provincial law alone"
            return
                "\(scope); the policy does not accept adequacy countries. If yours does, enable them in the policy rather than suppressing this finding."
        case "GB":
            return
                "The United Kingdom has an adequacy decision under GDPR Art. 45 (renewed in December 2025, valid to December 2031); the policy does not accept adequacy countries. If yours does, enable them in the policy rather than suppressing this finding."
        default:
            return
                "\(worst) has an adequacy decision under GDPR Art. 45; the policy does not accept adequacy countries. If yours does, enable them in the policy rather than suppressing this finding."
        }
    }
}
