import ResidencyCore

/// The GDPR Chapter V transfer mechanism the policy implies for data kept where an endpoint is:
/// the column a data protection officer fills in the Art. 30(1)(e) record of processing.
/// Inside the allowed countries there is no transfer; in a country with an Art. 45 adequacy
/// decision (the US only for an operator certified under the EU-US Data Privacy Framework) the
/// decision is the basis; anywhere else, Art. 46(2)(c) standard contractual clauses with a
/// transfer impact assessment (CJEU C-311/18 Schrems II; EDPB Recommendations 01/2020).
public enum TransferMechanism: String, Sendable, Codable, CaseIterable, Comparable {
    case none = "none"
    case adequacyDecision = "adequacy decision"
    case standardContractualClauses = "SCCs with a transfer impact assessment"
    /// Not located, or no residency policy to judge by: a row the officer must complete.
    case unknown = "unknown"

    /// The mechanism for the worst of the locations (any request may land at any of them).
    public static func implied(
        by locations: [Location], policy: ResidencyPolicy?,
        dpf: (Location) -> DPFStatus = { _ in .unknown }
    ) -> TransferMechanism {
        guard let policy else { return .unknown }
        // An address not placed in a country could be anywhere: the row is unknown until it is.
        return locations.map { l -> TransferMechanism in
            guard let c = l.country else { return .unknown }
            if policy.allowedCountries.contains(c) { return .none }
            if policy.adequacyCountries.contains(c), c != "US" || dpf(l) == .certified { return .adequacyDecision }
            return .standardContractualClauses
        }.max() ?? .unknown
    }

    private var rank: Int {
        switch self {
        case .none: return 0
        case .adequacyDecision: return 1
        case .standardContractualClauses: return 2
        case .unknown: return 3
        }
    }

    public static func < (a: TransferMechanism, b: TransferMechanism) -> Bool { a.rank < b.rank }
}
