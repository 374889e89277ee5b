/// What the catalogue says about one host name.
public struct ProviderMatch: Sendable {
    public let provider: CatalogueProvider
    public let service: CatalogueService
    /// The region code as written in the name, when the pattern carries one.
    public let region: String?
    /// The country of that region, or the service's fixed country.
    public let country: String?
}
