import ResidencyCore

/// For a hop over budget: what moving its far end would save. Two moves are weighed: to the
/// cluster site itself (the best case, when the datastore can run there) and to the nearest
/// allowed region of the same provider (the cheapest move when it is a managed service).
enum LatencyAdvice {
    static func steps(
        for hop: LatencyHop, endpoint: AuditedEndpoint?, input: AuditInput, policy: Policy,
        frame: LatencyFrame, chainTotalMs: Double? = nil, budgetMs: Double? = nil
    ) -> [String] {
        var steps: [String] = []
        func outcome(_ newHopMs: Double) -> String {
            let saved = hop.estimateMs - newHopMs
            var s = "\(Fmt.ms(newHopMs)) instead of \(Fmt.ms(hop.estimateMs)), saving \(Fmt.ms(saved))"
            if let total = chainTotalMs {
                let after = total - saved
                s += "; the chain would take \(Fmt.ms(after))"
                if let budgetMs {
                    s +=
                        after <= budgetMs
                        ? " (within the \(Fmt.number(budgetMs)) ms budget)"
                        : " (still over the \(Fmt.number(budgetMs)) ms budget)"
                }
            }
            return s
        }
        let perTrip = frame.model.roundTripMs(distanceKm: 0)
        if (hop.distanceKm ?? 0) > 0 {
            steps.append(
                "Move \(hop.to) to the cluster site, \(frame.homeLabel): the hop would take \(outcome(Double(hop.roundTrips) * perTrip))."
            )
        }
        if let endpoint, let location = HopEnd.farthest(of: endpoint.resolution.locations, from: frame.home).location,
            let advice = RegionAdvisor.advise(
                endpoint, location: location, regions: input.providerRegions,
                allows: policy.residency.map { r in { r.allows($0, dpf: input.dpf(of: location)) } } ?? { _ in true },
                from: frame.home, fromName: frame.homeLabel, model: frame.model)
        {
            let newMs = Double(hop.roundTrips) * advice.roundTripMs
            if newMs < hop.estimateMs {
                steps.append(
                    "Or move it to \(advice.suggestedName), the nearest allowed region of its provider (\(Fmt.km(advice.distanceKm))): \(outcome(newMs))."
                )
            }
        }
        if !hop.reusesConnections {
            let handshakes =
                frame.model.model.tcpHandshakeRoundTrips + (hop.tls ? frame.model.model.tlsHandshakeRoundTrips : 0)
            if handshakes > 0, hop.distanceKm != nil, hop.roundTrips > 0 {
                let perTrip = hop.estimateMs / Double(hop.roundTrips)
                steps.append(
                    "Reuse connections on \(hop.from) → \(hop.to): saves \(handshakes) handshake round trip\(handshakes == 1 ? "" : "s") (\(Fmt.ms(Double(handshakes) * perTrip))) per request."
                )
            }
        }
        return steps
    }
}
