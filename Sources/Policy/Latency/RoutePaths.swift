/// Where traffic between two places does not follow the great circle: the detours the latency
/// model adds before applying its stretch. A data file; reviewed 2026-11-30.
///
/// Between two Azure regions the model is not used: Microsoft publishes measured medians, and
/// `PublishedRoundTrips` holds them. For every other hop no published measurement of the route
/// could be cited at that review (the routes cross many networks; provider backbones such as
/// Azure's are faster or slower than them: Azure Norway East–West Europe 23 ms), so the model is
/// a distance-banded stretch (`RoundTripModel`) plus the detours below, and `LatencyModelTests`
/// holds it to the measured ranges the fact check of issue 12 reported: Oslo–Amsterdam 15–20 ms,
/// Oslo–Stockholm 7–10, Oslo–Frankfurt 20–25, Oslo–Dublin 30–40, Oslo–us-east-1 90–110,
/// Frankfurt–Dublin 18–24. Replace a detour with a published figure when one can be cited.
public enum RoutePaths {
    /// A box of latitude and longitude (degrees) standing for a region such as "the Nordics".
    public struct Area: Sendable, Hashable {
        public var name: String
        /// How a sentence names it: `the Nordics`.
        public var label: String
        public var latitudes: ClosedRange<Double>
        public var longitudes: ClosedRange<Double>

        func contains(_ p: GeoPoint) -> Bool { latitudes.contains(p.latitude) && longitudes.contains(p.longitude) }
    }

    /// Traffic between `a` and `b` (either way) passes through `via`, in order from `a`.
    public struct Detour: Sendable, Hashable {
        public var a: Area
        public var b: Area
        public var via: [(name: String, point: GeoPoint)]
        /// Why this detour is assumed.
        public var basis: String

        public static func == (l: Detour, r: Detour) -> Bool {
            l.a == r.a && l.b == r.b && l.via.map(\.name) == r.via.map(\.name)
        }
        public func hash(into h: inout Hasher) {
            h.combine(a)
            h.combine(b)
            h.combine(via.map(\.name))
        }
    }

    public static let nordics = Area(
        name: "57.5–71.5° N, 4.5–31.6° E: Norway, Sweden, Finland, and with them Estonia and Denmark's northern tip",
        label: "the Nordics", latitudes: 57.5...71.5, longitudes: 4.5...31.6)
    public static let ireland = Area(
        name: "51.3–55.5° N, 10.7–5.9° W: the island of Ireland", label: "Ireland", latitudes: 51.3...55.5,
        longitudes: -10.7...(-5.9))

    static let amsterdam = GeoPoint(latitude: 52.37, longitude: 4.90)
    static let london = GeoPoint(latitude: 51.51, longitude: -0.13)

    public static let detours: [Detour] = [
        // No direct terrestrial route joins the Nordics and Ireland; carriers hand traffic over at
        // the continental exchanges (AMS-IX Amsterdam, LINX London) and cross the Irish Sea from
        // Britain. Oslo–Dublin: 915 + 357 + 464 km instead of 1,262 km of great circle.
        Detour(
            a: nordics, b: ireland, via: [("Amsterdam", amsterdam), ("London", london)],
            basis: "Nordic–Irish traffic exchanged in Amsterdam and London (assumption, see RoutePaths)")
    ]

    /// `great circle, or through Amsterdam and London between the Nordics and Ireland`: what the
    /// evidence line says about routes, from the detours above.
    public static var summary: String {
        let detourText = detours.map { d in
            "through \(d.via.map(\.name).joined(separator: " and ")) between \(d.a.label) and \(d.b.label)"
        }
        return (["great circle"] + detourText).joined(separator: ", or ")
    }

    /// The route length from `from` to `to`: the great circle, or the detour through the
    /// waypoints when one applies.
    public static func routeKm(from: GeoPoint, to: GeoPoint) -> Double {
        for d in detours {
            let points: [GeoPoint]
            if d.a.contains(from) && d.b.contains(to) {
                points = [from] + d.via.map(\.point) + [to]
            } else if d.b.contains(from) && d.a.contains(to) {
                points = [from] + d.via.reversed().map(\.point) + [to]
            } else {
                continue
            }
            return zip(points, points.dropFirst()).reduce(0) { $0 + $1.0.distanceKm(to: $1.1) }
        }
        return from.distanceKm(to: to)
    }
}
