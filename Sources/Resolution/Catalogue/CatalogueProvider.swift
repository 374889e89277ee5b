/// An operator in the provider catalogue: who it is, where it is seated, and whether US law
/// reaches it (a US parent counts, so an EU subsidiary of a US company is `US`).
public struct CatalogueProvider: Hashable, Sendable {
    public let id: String
    public let name: String
    public let legalEntity: String
    /// ISO 3166-1 alpha-2 of the legal seat of the contracting entity.
    public let legalSeat: String
    public let usJurisdiction: Bool
    /// Where the facts above come from.
    public let source: String
    /// Whether the operator (its US entity) is on the EU-US Data Privacy Framework List, with the
    /// day and source of the check. Absent from the file means `unknown`.
    public var dpf: DPFCheck = .unknown

    /// The `jurisdiction` a location reports: `US` when US law reaches the operator, else its seat.
    public var jurisdiction: String { usJurisdiction ? "US" : legalSeat }
}

/// One check of the Data Privacy Framework List for a provider. `unknown` is what the audit
/// treats as not certified (fail closed): only a recorded `certified` lets the US adequacy
/// decision cover the provider.
public struct DPFCheck: Hashable, Sendable {
    public enum Certified: String, Hashable, Sendable, CaseIterable {
        case certified = "true"
        case notCertified = "false"
        case unknown
    }

    public let certified: Certified
    /// `YYYY-MM-DD`; nil when never checked.
    public let checked: String?
    public let source: String?

    public static let unknown = DPFCheck(certified: .unknown, checked: nil, source: nil)
}
