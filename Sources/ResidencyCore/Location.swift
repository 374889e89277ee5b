/// Where one address (or, for hostname knowledge, one name) is: country, place, operator and the
/// law it answers to. `source` says which evidence gave it, so a report can weigh it.
public struct Location: Hashable, Sendable, Codable {
    /// Which evidence placed the address.
    public enum Source: String, Hashable, Sendable, Codable, CaseIterable {
        case mmdb
        case estate
        case providerCatalog = "provider-catalog"
    }

    /// The address located, or the host name when the location comes from the name alone.
    public var address: String
    /// ISO 3166-1 alpha-2, upper case; nil when unknown.
    public var country: String?
    public var city: String?
    public var latitude: Double?
    public var longitude: Double?
    public var asn: Int?
    public var asOrganization: String?
    /// The operator: a site's hosting company, a catalogue provider, or the ASN's organisation.
    public var provider: String?
    /// `US` when the operator is subject to US law (a US parent counts); otherwise its legal seat.
    public var jurisdiction: String?
    public var source: Source
    /// How precise `latitude`/`longitude` are: the address's own city, the provider region's
    /// city, or the country's reference point (country-level data). Nil when there are none.
    public var precision: Precision?

    /// In the order the JSON report writes them (keys sorted by their bytes): encoded so, the
    /// report's writer need not reorder each location's members.
    private enum CodingKeys: String, CodingKey {
        case address, asOrganization, asn, city, country, jurisdiction, latitude, longitude, precision, provider
        case source
    }

    /// What the coordinates stand for; reports say "country-level" for `.country`.
    public enum Precision: String, Hashable, Sendable, Codable, CaseIterable {
        case city
        case region
        case country
    }

    public init(
        address: String, country: String? = nil, city: String? = nil, latitude: Double? = nil,
        longitude: Double? = nil, asn: Int? = nil, asOrganization: String? = nil,
        provider: String? = nil, jurisdiction: String? = nil, source: Source
    ) {
        self.address = address
        self.country = country
        self.city = city
        self.latitude = latitude
        self.longitude = longitude
        self.asn = asn
        self.asOrganization = asOrganization
        self.provider = provider
        self.jurisdiction = jurisdiction
        self.source = source
    }
}
