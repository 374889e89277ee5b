import ResidencyCore

/// One request path from the policy's origin through a gateway route and the services behind it
/// to a datastore (or to the last service when it has none), with the estimate of every hop.
/// The report shows the worst chain per route; the chain rule judges it against `budgetMs`.
public struct LatencyChain: Hashable, Sendable, Codable {
    /// The gateway route the request enters by.
    public var route: ProxyRoute
    /// In request order; the first hop is origin → gateway.
    public var hops: [LatencyHop]
    public var totalMs: Double
    public var budgetMs: Double

    public init(route: ProxyRoute, hops: [LatencyHop], budgetMs: Double) {
        self.route = route
        self.hops = hops
        self.totalMs = hops.reduce(0) { $0 + $1.estimateMs }
        self.budgetMs = budgetMs
    }

    public var overBudget: Bool { totalMs > budgetMs }

    /// `server path`, how a reader names a route.
    public var routeName: String { "\(route.server) \(route.path)" }

    /// The hop that costs the most: the first one to move.
    public var costliestHop: LatencyHop? {
        hops.enumerated().max { a, b in
            a.element.estimateMs != b.element.estimateMs
                ? a.element.estimateMs < b.element.estimateMs : a.offset > b.offset
        }?.element
    }

    /// `origin (Oslo) → gateway → order-service → postgres://…`
    public var pathDescription: String {
        ([hops.first?.from].compactMap { $0 } + hops.map(\.to)).joined(separator: " → ")
    }
}

/// One hop of a chain: between two components (or a component and an endpoint).
public struct LatencyHop: Hashable, Sendable, Codable {
    public var from: String
    public var to: String
    /// Where the far end is, as a reader says it (`Dublin, IE — Amazon Web Services`), or
    /// `unlocated` when nothing placed it (then the hop counts 0 ms and says so).
    public var place: String
    /// Great-circle distance between the two ends; nil when the far end could not be placed.
    public var distanceKm: Double?
    /// Round trips a request pays here, handshakes included.
    public var roundTrips: Int
    public var estimateMs: Double
    /// False when every request opens a new connection (and so pays the handshakes).
    public var reusesConnections: Bool
    public var tls: Bool
    /// The endpoint at the far end, when the hop ends at one.
    public var endpointId: String?

    public init(
        from: String, to: String, place: String, distanceKm: Double?, roundTrips: Int, estimateMs: Double,
        reusesConnections: Bool, tls: Bool = false, endpointId: String? = nil
    ) {
        self.from = from
        self.to = to
        self.place = place
        self.distanceKm = distanceKm
        self.roundTrips = roundTrips
        self.estimateMs = estimateMs
        self.reusesConnections = reusesConnections
        self.tls = tls
        self.endpointId = endpointId
    }
}

extension LatencyChain {
    /// The slowest chain of each route, in route order (ties: the first built). What the text
    /// report shows and what the chain budget judges.
    public static func worstPerRoute(_ chains: [LatencyChain]) -> [LatencyChain] {
        // Chains come grouped by route (ChainBuilder builds them so): compare with the previous
        // route first, and only hash a route that starts a new run.
        var order: [ProxyRoute] = []
        var worst: [ProxyRoute: LatencyChain] = [:]
        var current: LatencyChain?
        func close() {
            guard let c = current else { return }
            if let seen = worst[c.route] {
                if c.totalMs > seen.totalMs { worst[c.route] = c }
            } else {
                order.append(c.route)
                worst[c.route] = c
            }
        }
        for chain in chains {
            if let c = current, c.route == chain.route {
                if chain.totalMs > c.totalMs { current = chain }
            } else {
                close()
                current = chain
            }
        }
        close()
        return order.sorted().compactMap { worst[$0] }
    }
}
