import Geolocation
import ResidencyCore
import Resolution

/// Resolution's geolocation seam backed by the MaxMind databases in use. Country-level answers
/// get the country's reference point as coordinates, marked `precision: country`, so the latency
/// model can estimate and every report can say the place is approximate.
public struct GeoAddressLocator: AddressLocator {
    let databases: GeoDatabases

    public init(databases: GeoDatabases) { self.databases = databases }

    public func locate(_ address: ResolverIPAddress) -> Location? {
        // The two stages keep their own address types; the text form is the common ground.
        guard let ip = Geolocation.IPAddress(address.description),
              let geo = try? databases.locate(ip), !geo.record.isEmpty else { return nil }
        let r = geo.record
        var loc = Location(address: address.description, country: r.country, city: r.city, latitude: r.latitude,
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
