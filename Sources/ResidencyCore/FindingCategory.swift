/// The `category` field of a finding (CONTRACT.md): stable, ticketing integrations route on it.
public enum FindingCategory: String, Sendable, Codable, CaseIterable, Comparable {
    case persistenceOutsideEEA = "persistence-outside-eea"
    case transferOutsideEEA = "transfer-outside-eea"
    case usJurisdiction = "us-jurisdiction"
    case unknownLocation = "unknown-location"
    case latencyBudget = "latency-budget"
    case connectionReuse = "connection-reuse"
    case configError = "config-error"
    case staleGeodata = "stale-geodata"
    case staleFacts = "stale-facts"
    case suppressionExpired = "suppression-expired"
    /// A suppression in force that covers no finding: stale or written wrong.
    case suppressionUnused = "suppression-unused"

    public static func < (lhs: FindingCategory, rhs: FindingCategory) -> Bool { lhs.rawValue < rhs.rawValue }
}
