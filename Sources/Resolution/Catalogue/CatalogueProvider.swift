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

    /// The `jurisdiction` a location reports: `US` when US law reaches the operator, else its seat.
    public var jurisdiction: String { usJurisdiction ? "US" : legalSeat }
}
