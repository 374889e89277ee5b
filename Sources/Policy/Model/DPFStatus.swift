/// Whether an operator is on the EU-US Data Privacy Framework List (dataprivacyframework.gov),
/// which is what the US adequacy decision of 10 July 2023 covers. The provider catalogue records
/// it per provider with the day and source of the check; `unknown` (never checked, or a check
/// that could not be made) is treated as not certified: an auditor fails closed.
public enum DPFStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case certified
    case notCertified = "not-certified"
    case unknown

    /// How a finding names it: `certified`, `not certified`, `of unknown status (treated as not certified)`.
    public var phrase: String {
        switch self {
        case .certified: return "certified under the EU-US Data Privacy Framework"
        case .notCertified: return "not certified under the EU-US Data Privacy Framework"
        case .unknown: return "of unknown EU-US Data Privacy Framework status (treated as not certified)"
        }
    }
}
