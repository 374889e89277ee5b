import Foundation
import ResidencyCore

/// A point on the Earth, in degrees. The latency model only needs where the two ends of a hop
/// are; everything that has coordinates (an estate site, a provider region, an MMDB answer, the
/// policy's origin) becomes one of these.
public struct GeoPoint: Hashable, Sendable, Codable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// The mean Earth radius (IUGG), which the haversine formula assumes for a sphere.
    public static let earthRadiusKm = 6371.0

    /// Great-circle distance by the haversine formula: numerically stable for the short
    /// distances (within one city) that matter as much here as the long ones.
    public func distanceKm(to other: GeoPoint) -> Double {
        let toRadians = Double.pi / 180
        let φ1 = latitude * toRadians
        let φ2 = other.latitude * toRadians
        let Δφ = (other.latitude - latitude) * toRadians
        let Δλ = (other.longitude - longitude) * toRadians
        let a = sin(Δφ / 2) * sin(Δφ / 2) + cos(φ1) * cos(φ2) * sin(Δλ / 2) * sin(Δλ / 2)
        return 2 * Self.earthRadiusKm * atan2(a.squareRoot(), (1 - a).squareRoot())
    }
}

extension Location {
    /// Its coordinates, when it has both.
    public var point: GeoPoint? {
        guard let latitude, let longitude else { return nil }
        return GeoPoint(latitude: latitude, longitude: longitude)
    }
}

extension LatencyPolicy.Origin {
    public var point: GeoPoint { GeoPoint(latitude: latitude, longitude: longitude) }
}
