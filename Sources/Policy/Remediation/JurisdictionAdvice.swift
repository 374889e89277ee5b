import ResidencyCore

/// What to do about a provider that US law reaches: leave it for an EEA-owned one, or, while it
/// stays, make what it holds useless to anyone who compels it to disclose (EDPB
/// Recommendations 01/2020: technical measures are the ones that work against public-authority
/// access; contracts alone do not bind a government). The measures are legally required when
/// data is actually transferred out of the allowed countries, and advised when it stays in an
/// EEA region and only the access risk remains (EDPB Guidelines 05/2021).
enum JurisdictionAdvice {
    /// Named when the policy lists none (EDPB Recommendations 01/2020, Annex 2 use cases 1–2).
    static let defaultMeasures = [
        "encrypt at rest and in transit with customer-managed keys held in the EEA, outside the provider's reach (EDPB Recommendations 01/2020, use case 1)",
        "pseudonymise personal data before it reaches the provider and keep the re-identification table in the EEA (use case 2)",
        "record a transfer impact assessment with the provider's Art. 28 DPA and the Art. 46(2)(c) standard contractual clauses",
    ]

    /// EEA-owned alternatives for the endpoint's kind, else for its role (the policy's table).
    static func alternatives(for e: Endpoint, policy: JurisdictionPolicy) -> [String] {
        if let byKind = policy.alternatives[e.kind.rawValue], !byKind.isEmpty { return byKind }
        return policy.alternatives[e.role.rawValue] ?? []
    }

    static func steps(for e: Endpoint, provider: String, policy: JurisdictionPolicy, required: Bool) -> [String] {
        var steps: [String] = []
        let alts = alternatives(for: e, policy: policy)
        let what: String
        switch e.role {
        case .upstream, .telemetry, .other: what = "this \(e.role.rawValue) service"
        default: what = e.kind == .other ? "this \(e.role.noun)" : "this \(e.kind.rawValue) \(e.role.noun)"
        }
        if alts.isEmpty {
            steps.append("Move \(what) to an EEA-owned provider that no US parent controls, or to your own EEA site.")
        } else {
            steps.append("Move \(what) off \(provider) to an EEA-owned provider: \(alts.joined(separator: "; ")).")
        }
        if required {
            steps.append(
                "While it stays on \(provider): the data leaves the allowed countries, a transfer under GDPR Chapter V, so an Art. 46 safeguard (standard contractual clauses) with a transfer impact assessment is required, and supplementary measures are required where the assessment finds the destination's law impinges on it (EDPB Recommendations 01/2020)."
            )
        } else {
            steps.append(
                "While it stays on \(provider): storage in the region is not itself a transfer (EDPB Guidelines 05/2021), but record an assessment of the third-country access risk; any remote access from outside the EEA is a transfer that needs an Art. 46 safeguard. The measures below are advised."
            )
        }
        let measures = policy.supplementaryMeasures.isEmpty ? defaultMeasures : policy.supplementaryMeasures
        let label = required ? "supplementary measure" : "advised measure"
        for m in measures { steps.append("While it stays on \(provider), \(label): \(m).") }
        return steps
    }
}

extension EndpointRole {
    /// `datastore`, `message queue`, `object store`, …: how a sentence names the role.
    var noun: String {
        switch self {
        case .datastore: return "datastore"
        case .queue: return "message queue"
        case .objectStorage: return "object store"
        case .upstream: return "upstream"
        case .telemetry: return "telemetry sink"
        case .other: return "endpoint"
        }
    }
}
