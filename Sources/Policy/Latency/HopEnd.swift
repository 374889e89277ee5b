import ResidencyCore

/// The far end of a hop: where an endpoint is, for latency. An endpoint placed in several spots
/// (several addresses, GeoDNS) is taken at the one farthest from the near end, the worst case a
/// request can meet, as the residency rules judge by the worst country.
public struct HopEnd: Sendable, Hashable {
    public var point: GeoPoint?
    /// `Dublin, IE — Amazon Web Services`, or `unlocated`.
    public var label: String
    public var location: Location?

    public static let unlocated = HopEnd(point: nil, label: "unlocated", location: nil)

    /// The located spot of `locations` farthest from `near`; a country without coordinates is
    /// better than nothing for the label, but cannot be measured.
    public static func farthest(of locations: [Location], from near: GeoPoint?) -> HopEnd {
        let measured = locations.compactMap { l in l.point.map { (l, $0) } }
        if let near, !measured.isEmpty {
            let best = measured.max { a, b in
                let da = near.distanceKm(to: a.1)
                let db = near.distanceKm(to: b.1)
                return da != db ? da < db : a.0.address > b.0.address
            }!
            return HopEnd(point: best.1, label: label(of: best.0), location: best.0)
        }
        if let first = measured.first { return HopEnd(point: first.1, label: label(of: first.0), location: first.0) }
        if let countryOnly = locations.first(where: { $0.country != nil }) {
            return HopEnd(point: nil, label: label(of: countryOnly) + " (no coordinates)", location: countryOnly)
        }
        return .unlocated
    }

    /// How a reader names a location: `Oslo, NO — Nordicshop AS`, `DE (country-level)`.
    public static func label(of l: Location) -> String {
        var s = [l.city, l.country].compactMap { $0 }.joined(separator: ", ")
        if s.isEmpty { s = l.address }
        if l.precision == .country { s += " (country-level)" }
        if let p = l.provider { s += " — \(p)" }
        return s
    }
}
