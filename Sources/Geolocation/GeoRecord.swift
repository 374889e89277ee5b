import ResidencyCore

/// What a database says about one address, in plain values (GeoIP2 / GeoLite2 City, Country and
/// ASN layouts, and `geo compile` databases, which may also name a `provider`).
public struct GeoRecord: Equatable, Sendable, Codable {
    public var country: String?
    public var registeredCountry: String?
    public var continent: String?
    public var city: String?
    public var latitude: Double?
    public var longitude: Double?
    public var accuracyRadius: Int?
    public var asn: UInt32?
    public var asOrganization: String?
    public var provider: String?

    public init(
        country: String? = nil, registeredCountry: String? = nil, continent: String? = nil,
        city: String? = nil, latitude: Double? = nil, longitude: Double? = nil,
        accuracyRadius: Int? = nil, asn: UInt32? = nil, asOrganization: String? = nil,
        provider: String? = nil
    ) {
        self.country = country
        self.registeredCountry = registeredCountry
        self.continent = continent
        self.city = city
        self.latitude = latitude
        self.longitude = longitude
        self.accuracyRadius = accuracyRadius
        self.asn = asn
        self.asOrganization = asOrganization
        self.provider = provider
    }

    /// Fields of `other` fill the ones this record lacks (a city DB plus an ASN DB).
    public func filling(from other: GeoRecord) -> GeoRecord {
        GeoRecord(
            country: country ?? other.country, registeredCountry: registeredCountry ?? other.registeredCountry,
            continent: continent ?? other.continent, city: city ?? other.city,
            latitude: latitude ?? other.latitude, longitude: longitude ?? other.longitude,
            accuracyRadius: accuracyRadius ?? other.accuracyRadius, asn: asn ?? other.asn,
            asOrganization: asOrganization ?? other.asOrganization, provider: provider ?? other.provider)
    }

    public var isEmpty: Bool { self == GeoRecord() }
}

/// A record and the network prefix of the database that matched.
public struct GeoMatch: Equatable, Sendable {
    public var network: IPNetwork
    public var record: GeoRecord
}
