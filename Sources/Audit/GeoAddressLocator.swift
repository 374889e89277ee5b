import Foundation
import Geolocation
import ResidencyCore
import Resolving

/// Resolution's geolocation seam backed by the MaxMind databases in use. Country-level answers
/// get the country's reference point as coordinates, marked `precision: country`, so the latency
/// model can estimate and every report can say the place is approximate.
///
/// A database that fails a lookup (a corrupt data section, a value out of range) is not "no
/// geodata": the first such error is kept and the audit fails with it, as `geo lookup` does.
public final class GeoAddressLocator: AddressLocator, @unchecked Sendable {
    let databases: GeoDatabases
    private let lock = NSLock()
    private var failure: GeolocationError?

    public init(databases: GeoDatabases) { self.databases = databases }

    /// The first lookup error, if any lookup failed.
    public var error: GeolocationError? { lock.withLock { failure } }

    public func locate(_ address: IPAddress) -> Location? {
        let geo: GeoLocation
        do { geo = try databases.locate(address) } catch {
            lock.withLock { if failure == nil { failure = error } }
            return nil
        }
        guard !geo.record.isEmpty else { return nil }
        let r = geo.record
        var loc = Location(
            address: address.description, country: r.country, city: r.city, latitude: r.latitude,
            longitude: r.longitude, asn: r.asn.map(Int.init), asOrganization: r.asOrganization,
            provider: r.provider, source: .mmdb)
        if r.latitude != nil, r.longitude != nil {
            loc.precision = .city
        } else if let point = geo.referencePoint {
            loc.latitude = point.latitude
            loc.longitude = point.longitude
            loc.precision = .country
        }
        return loc
    }
}
