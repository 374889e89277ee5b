import ResidencyCore

/// Estimates what a hop costs a request, from the distance between its two ends and the
/// policy's `RoundTripModel`. Estimates, not measurements: good enough to tell a hop inside one
/// datacentre (< 1 ms) from one across Europe (20–30 ms) or the Atlantic (> 100 ms), which is
/// what a budget check and a "move it here" remediation need.
public struct LatencyModel: Sendable, Hashable {
    public var model: RoundTripModel

    public init(_ model: RoundTripModel) { self.model = model }

    /// One round trip over `distanceKm` of great circle: `2 · d · stretch / fibreKmPerMs + fixedMs`.
    public func roundTripMs(distanceKm: Double) -> Double {
        2 * distanceKm * model.stretch / model.fibreKmPerMs + model.fixedMs
    }

    public func roundTripMs(from a: GeoPoint, to b: GeoPoint) -> Double {
        roundTripMs(distanceKm: a.distanceKm(to: b))
    }

    /// Round trips a request pays on a hop: its own, plus the TCP (and TLS) handshake when the
    /// connection is not reused, since a new connection must be opened for every request.
    public func roundTrips(_ requestRoundTrips: Int, reusesConnections: Bool, tls: Bool) -> Int {
        if reusesConnections { return requestRoundTrips }
        return requestRoundTrips + model.tcpHandshakeRoundTrips + (tls ? model.tlsHandshakeRoundTrips : 0)
    }

    /// What the hop costs one request, in milliseconds.
    public func hopMs(distanceKm: Double, roundTrips requestRoundTrips: Int, reusesConnections: Bool, tls: Bool) -> Double {
        Double(roundTrips(requestRoundTrips, reusesConnections: reusesConnections, tls: tls)) * roundTripMs(distanceKm: distanceKm)
    }
}
