import ResidencyCore

/// Evidence lines for latency estimates: each hop with its distance, round trips and cost, and
/// the model that turned distance into milliseconds, so a reviewer can redo the sum.
enum HopEvidence {
    static func line(_ hop: LatencyHop, index: Int? = nil) -> String {
        let n = index.map { "hop \($0): " } ?? ""
        let distance = hop.distanceKm.map(Fmt.km) ?? "distance unknown (not counted)"
        let trips =
            "\(hop.roundTrips) round trip\(hop.roundTrips == 1 ? "" : "s")"
            + (hop.reusesConnections ? "" : " (new connection per request: handshakes included)")
        return "\(n)\(hop.from) → \(hop.to) [\(hop.place)]: \(distance), \(trips), \(Fmt.ms(hop.estimateMs))"
    }

    static func model(_ frame: LatencyFrame) -> String {
        let m = frame.model.model
        return
            "model: round trip = 2 × route km (\(RoutePaths.summary)) × \(Fmt.parameter(m.stretch)) for the first \(Fmt.parameter(m.longHaulKm)) km and × \(Fmt.parameter(min(m.stretch, m.longHaulStretch))) beyond / \(Fmt.parameter(m.fibreKmPerMs)) km/ms + \(Fmt.parameter(m.fixedMs)) ms; a new connection adds \(m.tcpHandshakeRoundTrips) TCP (+\(m.tlsHandshakeRoundTrips) TLS) round trip(s)"
    }
}
