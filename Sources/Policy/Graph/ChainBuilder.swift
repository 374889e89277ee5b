import ResidencyCore

/// Builds every request chain from the policy's origin through each gateway route to the
/// datastores behind it: origin → gateway (at the cluster site) → service → … → datastore.
///
/// A hop to a service runs within the cluster site; a hop to an endpoint ends where that
/// endpoint is located (its farthest location). A gateway hop without connection reuse pays
/// the handshakes (`RouteConnection`); service clients and datastore drivers are assumed to
/// pool their connections. A datastore hop counts `datastoreRoundTrips` round trips (several
/// queries per request). Service → service calls are followed through upstream endpoints whose
/// host names one of the estate's components, never twice in one chain (cycles end there).
public struct ChainBuilder: Sendable {
    public let graph: ServiceGraph
    public let frame: LatencyFrame
    public let policy: LatencyPolicy
    /// Services deep; deeper call graphs are cut (and their chain ends at the cut).
    public var maxDepth = 8
    /// Chains per route at most, so a fan-out estate stays linear.
    public var maxChainsPerRoute = 256

    public init(graph: ServiceGraph, frame: LatencyFrame, policy: LatencyPolicy) {
        self.graph = graph
        self.frame = frame
        self.policy = policy
    }

    /// All chains, by route (routes in their sorted order), then by path.
    public func chains(for routes: [ProxyRoute]) -> [LatencyChain] {
        routes.sorted().concurrentMap { chains(for: $0) }.flatMap { $0 }
    }

    public func chains(for route: ProxyRoute) -> [LatencyChain] {
        let gateway = "gateway \(route.server)"
        var entry = LatencyHop(
            from: frame.originName, to: gateway, place: frame.homeLabel, distanceKm: nil,
            roundTrips: 1, estimateMs: 0, reusesConnections: true)
        measure(&entry, from: frame.origin, to: frame.home)
        var out: [LatencyChain] = []
        let (upstream, servers) = graph.targets(of: route)
        let connection = RouteConnection(route: route, upstream: upstream)
        let reuses = connection.reusesConnections || connection.onlyUnixSockets
        for server in servers {
            if let service = graph.component(forHost: server.host) {
                var hop = LatencyHop(
                    from: gateway, to: service, place: frame.homeLabel, distanceKm: nil,
                    roundTrips: 1, estimateMs: 0, reusesConnections: reuses, tls: connection.tls)
                measure(&hop, from: frame.home, to: frame.home)
                walk(service, route: route, hops: [entry, hop], visited: [service], into: &out)
            } else {
                let target = endpoint(for: server)
                var hop = LatencyHop(
                    from: gateway, to: target?.endpoint.id ?? server.host, place: "", distanceKm: nil,
                    roundTrips: 1, estimateMs: 0, reusesConnections: reuses, tls: connection.tls,
                    endpointId: target?.endpoint.id)
                place(&hop, at: target)
                out.append(LatencyChain(route: route, hops: [entry, hop], budgetMs: policy.chainBudgetMs))
            }
        }
        if servers.isEmpty { out.append(LatencyChain(route: route, hops: [entry], budgetMs: policy.chainBudgetMs)) }
        return out
    }

    private func walk(
        _ service: String, route: ProxyRoute, hops: [LatencyHop], visited: Set<String>,
        into out: inout [LatencyChain]
    ) {
        var next: [(LatencyHop, String?)] = []
        var seenEndpoints: Set<String> = []
        var seenServices: Set<String> = []
        for workload in graph.workloads(of: service) {
            for e in graph.endpoints(of: workload) where seenEndpoints.insert(e.endpoint.id).inserted {
                let role = e.endpoint.role
                if role == .datastore || role == .queue || role == .objectStorage {
                    var hop = LatencyHop(
                        from: service, to: e.endpoint.id, place: "", distanceKm: nil,
                        roundTrips: role == .datastore ? max(1, policy.datastoreRoundTrips) : 1,
                        estimateMs: 0, reusesConnections: true, tls: e.endpoint.tls,
                        endpointId: e.endpoint.id)
                    place(&hop, at: e)
                    next.append((hop, nil))
                } else if role == .upstream, let callee = graph.component(forHost: e.endpoint.host, from: service),
                    callee != service, !visited.contains(callee), seenServices.insert(callee).inserted
                {
                    var hop = LatencyHop(
                        from: service, to: callee, place: frame.homeLabel, distanceKm: nil,
                        roundTrips: 1, estimateMs: 0, reusesConnections: true, tls: e.endpoint.tls)
                    measure(&hop, from: frame.home, to: frame.home)
                    next.append((hop, callee))
                }
            }
        }
        if next.isEmpty || visited.count >= maxDepth {
            out.append(LatencyChain(route: route, hops: hops, budgetMs: policy.chainBudgetMs))
            return
        }
        for (hop, callee) in next {
            if out.count >= maxChainsPerRoute { return }
            if let callee {
                walk(callee, route: route, hops: hops + [hop], visited: visited.union([callee]), into: &out)
            } else {
                out.append(LatencyChain(route: route, hops: hops + [hop], budgetMs: policy.chainBudgetMs))
            }
        }
    }

    /// The endpoint a gateway server line names, preferring the one on the same port.
    /// A server's endpoint, unless no request waits on it (`batch`).
    private func endpoint(for server: HostPort) -> AuditedEndpoint? {
        graph.endpoint(host: server.host, port: server.port).flatMap { graph.isOffRequestPath($0) ? nil : $0 }
    }

    private func place(_ hop: inout LatencyHop, at endpoint: AuditedEndpoint?) {
        guard let endpoint else {
            hop.place = HopEnd.unlocated.label
            measure(&hop, from: frame.home, to: nil)
            return
        }
        let (locations, via) = graph.effectiveLocations(of: endpoint)
        let end = HopEnd.farthest(of: locations, from: frame.home)
        hop.place = via.map { "\(end.label) (\($0))" } ?? end.label
        measure(&hop, from: frame.home, to: end.point, locations: (frame.homeLocation, end.location))
    }

    /// Adds the handshakes to the hop's round trips and, when both ends are placed, its estimate
    /// (an unplaced end counts 0 ms: the place says `unlocated`). Called once per hop.
    /// A hop between two regions a provider has measured says so in its place, so the reader
    /// knows which figure is published and which estimated.
    private func measure(
        _ hop: inout LatencyHop, from a: GeoPoint?, to b: GeoPoint?,
        locations: (Location?, Location?) = (nil, nil)
    ) {
        hop.roundTrips = frame.model.roundTrips(hop.roundTrips, reusesConnections: hop.reusesConnections, tls: hop.tls)
        guard let a, let b else { return }
        let d = a.distanceKm(to: b)
        hop.distanceKm = d
        let trip = frame.roundTrip(from: a, locations.0, to: b, locations.1)
        hop.estimateMs = Double(hop.roundTrips) * trip.ms
        if let published = trip.published { hop.place += "; measured: \(published.label)" }
    }
}
