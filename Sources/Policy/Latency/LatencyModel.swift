import ResidencyCore

/// Estimates what a hop costs a request, from the route between its two ends and the policy's
/// `RoundTripModel`. Estimates, not measurements: good enough to tell a hop inside one
/// datacentre (< 1 ms) from one across Europe (15–40 ms) or the Atlantic (90–110 ms), which is
/// what a budget check and a "move it here" remediation need.
///
/// Calibrated by path: the route follows the great circle except where `RoutePaths` knows a
/// detour (Nordics–Ireland through Amsterdam and London), and the stretch is banded by
/// distance: regional routes (the first `longHaulKm`) wind through many networks, long-haul
/// subsea cables run close to the great circle.
public struct LatencyModel: Sendable, Hashable {
    public var model: RoundTripModel

    public init(_ model: RoundTripModel) { self.model = model }

    /// One round trip over `routeKm` of route: `2 · (stretched km) / fibreKmPerMs + fixedMs`,
    /// where the first `longHaulKm` count `stretch` times and the rest `longHaulStretch` times.
    public func roundTripMs(distanceKm routeKm: Double) -> Double {
        let regional = min(routeKm, model.longHaulKm)
        let longHaul = max(0, routeKm - model.longHaulKm)
        let stretched = regional * model.stretch + longHaul * min(model.stretch, model.longHaulStretch)
        return 2 * stretched / model.fibreKmPerMs + model.fixedMs
    }

    /// One round trip between two places, along the route `RoutePaths` gives.
    public func roundTripMs(from a: GeoPoint, to b: GeoPoint) -> Double {
        roundTripMs(distanceKm: RoutePaths.routeKm(from: a, to: b))
    }

    /// Round trips a request pays on a hop: its own, plus the TCP (and TLS) handshake when the
    /// connection is not reused, since a new connection must be opened for every request.
    public func roundTrips(_ requestRoundTrips: Int, reusesConnections: Bool, tls: Bool) -> Int {
        if reusesConnections { return requestRoundTrips }
        return requestRoundTrips + model.tcpHandshakeRoundTrips + (tls ? model.tlsHandshakeRoundTrips : 0)
    }

    /// What the hop costs one request, in milliseconds.
    public func hopMs(
        distanceKm: Double, roundTrips requestRoundTrips: Int, reusesConnections: Bool, tls: Bool
    ) -> Double {
        Double(roundTrips(requestRoundTrips, reusesConnections: reusesConnections, tls: tls))
            * roundTripMs(distanceKm: distanceKm)
    }
}
