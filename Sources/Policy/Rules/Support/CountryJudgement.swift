import ResidencyCore

/// Where an endpoint is, judged against the allowed countries. An endpoint placed in several
/// countries (several addresses, GeoDNS answering by client) is judged by the worst of them:
/// any request may land there, so the data may be there.
struct CountryJudgement {
    /// Every distinct country it was placed in, sorted.
    let countries: [String]
    /// The worst country: one with no adequacy decision before one with an adequacy decision
    /// the policy does not accept; nil when every country is allowed (or none is known).
    let worst: String?
    /// The countries not allowed, worst first.
    let disallowed: [String]
    /// The locations in the worst country.
    let worstLocations: [Location]

    init(_ locations: [Location], policy: ResidencyPolicy) {
        countries = Array(Set(locations.compactMap(\.country))).sorted()
        func badness(_ c: String) -> Int { policy.allows(c) ? 0 : policy.adequacyCountries.contains(c) ? 1 : 2 }
        disallowed = countries.filter { !policy.allows($0) }.sorted { a, b in
            badness(a) != badness(b) ? badness(a) > badness(b) : a < b
        }
        worst = disallowed.first
        worstLocations = worst.map { w in locations.filter { $0.country == w } } ?? []
    }

    /// `located in US` or `located in 2 countries (NO, US), judged by the worst: US`.
    var placement: String {
        guard let worst else { return "located in \(countries.joined(separator: ", "))" }
        let city = worstLocations.compactMap(\.city).first.map { " (\($0))" } ?? ""
        if countries.count == 1 { return "located in \(worst)\(city)" }
        return "located in \(countries.count) countries (\(countries.joined(separator: ", "))), judged by the worst: \(worst)\(city)"
    }

    /// A sentence for an adequacy country the policy does not accept, nil otherwise.
    func adequacyNote(policy: ResidencyPolicy) -> String? {
        guard let worst, policy.adequacyCountries.contains(worst), !policy.allowAdequacy else { return nil }
        if worst == "US" {
            return "The US adequacy decision (EU-US Data Privacy Framework, 10 July 2023) covers only organisations certified under it, and the policy does not accept adequacy countries; a certified provider does not remove the CLOUD Act exposure (us-jurisdiction)."
        }
        return "\(worst) has an adequacy decision under GDPR Art. 45; the policy does not accept adequacy countries. If yours does, enable them in the policy rather than suppressing this finding."
    }
}
