/// One region of a cloud provider, as the remediation needs it: where it is, so that "move it to
/// the nearest allowed region" can name one and estimate its round trip. The audit pipeline
/// fills `AuditInput.providerRegions` from the provider catalogue, so Policy never depends on
/// Resolution.
public struct ProviderRegion: Hashable, Sendable, Codable {
    /// The provider's own region code: `eu-north-1`, `norwayeast`, `europe-north1`.
    public var id: String
    /// ISO 3166-1 alpha-2.
    public var country: String
    public var city: String
    public var latitude: Double
    public var longitude: Double

    public init(id: String, country: String, city: String, latitude: Double, longitude: Double) {
        self.id = id
        self.country = country
        self.city = city
        self.latitude = latitude
        self.longitude = longitude
    }

    public var point: GeoPoint { GeoPoint(latitude: latitude, longitude: longitude) }
}
