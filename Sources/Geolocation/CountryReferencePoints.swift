/// A stand-in location for a country when the geodata only knows the country (its capital),
/// for distance and latency estimates. Every output that uses one says it is country-level.
public struct CountryReferencePoint: Equatable, Sendable, Codable {
    public let latitude: Double
    public let longitude: Double
    public let place: String

    public init(latitude: Double, longitude: Double, place: String) {
        self.latitude = latitude
        self.longitude = longitude
        self.place = place
    }
}

/// The table is generated from `Data/country-reference-points.tsv`, which cites its sources.
public enum CountryReferencePoints {
    public static func point(for isoCode: String) -> CountryReferencePoint? { table[isoCode.uppercased()] }
    public static var count: Int { table.count }
}
