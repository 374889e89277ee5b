import ResidencyCore

/// The databases in use for one run: location databases (city or country, the estate's own),
/// asked in order, and an optional ASN database. Lookups are safe from any task.
public final class GeoDatabases: Sendable {
    public let locationDatabases: [MaxMindDatabase]
    public let asnDatabase: MaxMindDatabase?

    public init(location: [MaxMindDatabase], asn: MaxMindDatabase? = nil) {
        locationDatabases = location
        asnDatabase = asn
    }

    public var all: [MaxMindDatabase] { locationDatabases + (asnDatabase.map { [$0] } ?? []) }

    /// What the lookups so far ignored, one line per kind of bad value and database.
    public var warnings: [String] { all.flatMap(\.warnings) }

    /// The first location database that knows the address gives the place; later ones and the
    /// ASN database only fill what it lacks. Country-only answers get their reference point.
    public func locate(_ address: IPAddress) throws(GeolocationError) -> GeoLocation {
        var location = GeoLocation(address: address)
        for database in locationDatabases {
            guard let match = try database.lookup(address), !match.record.isEmpty else { continue }
            if location.network == nil {
                location.network = match.network
                location.sources.append(database.path)
            }
            location.record = location.record.filling(from: match.record)
        }
        if let asnDatabase, let match = try asnDatabase.lookup(address) {
            location.record.asn = location.record.asn ?? match.record.asn
            location.record.asOrganization = location.record.asOrganization ?? match.record.asOrganization
            if match.record.asn != nil || match.record.asOrganization != nil {
                location.sources.append(asnDatabase.path)
            }
        }
        if location.record.latitude == nil, let country = location.record.country,
            let point = CountryReferencePoints.point(for: country)
        {
            location.referencePoint = point
        }
        return location
    }
}

/// Where an address is, with how precise that is.
public struct GeoLocation: Equatable, Sendable {
    public enum Precision: String, Sendable, Codable { case city, country, unknown }

    public var address: IPAddress
    /// The prefix of the first location database that matched.
    public var network: IPNetwork?
    public var record = GeoRecord()
    /// The country's reference point when the data is country-level (no coordinates of its own).
    public var referencePoint: CountryReferencePoint?
    /// The databases that contributed, in order.
    public var sources: [String] = []

    public init(address: IPAddress) { self.address = address }

    public var precision: Precision {
        if record.latitude != nil { return .city }
        return record.country != nil ? .country : .unknown
    }

    /// Coordinates for distance and latency estimates: the record's own, else the reference point.
    public var estimatedCoordinates: (latitude: Double, longitude: Double)? {
        if let lat = record.latitude, let lon = record.longitude { return (lat, lon) }
        return referencePoint.map { ($0.latitude, $0.longitude) }
    }
}
