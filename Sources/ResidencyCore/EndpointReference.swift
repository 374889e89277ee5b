/// One place where a scanner saw an endpoint written. Scanners emit these; the merge step groups
/// them into `Endpoint`s by (host, port, kind).
public struct EndpointReference: Hashable, Sendable, Codable {
    /// As written, lowercased; IPv6 literals without brackets.
    public var host: String
    /// Explicit port, else the scheme's default, else nil.
    public var port: Int?
    /// The scheme as written (`postgresql`, `rediss`, `jdbc:mysql`…) or the one implied by context.
    public var scheme: String
    public var kind: EndpointKind
    public var role: EndpointRole
    public var location: SourceLocation
    /// The workload, compose service or nginx server that uses the endpoint, when the format says
    /// so. The service graph joins on it; nil when the file does not tell.
    public var component: String?
    /// Whether the client speaks TLS to it (rediss, amqps, https…), which the latency model needs.
    public var tls: Bool
    /// Set for infrastructure-as-code resources that have a region but no hostname yet.
    public var placement: CloudPlacement?

    public init(
        host: String, port: Int?, scheme: String, kind: EndpointKind, role: EndpointRole? = nil,
        location: SourceLocation, component: String? = nil, tls: Bool = false,
        placement: CloudPlacement? = nil
    ) {
        self.host = host.lowercased()
        self.port = port
        self.scheme = scheme
        self.kind = kind
        self.role = role ?? kind.defaultRole
        self.location = location
        self.component = component
        self.tls = tls
        self.placement = placement
    }

    public var key: EndpointKey { EndpointKey(host: host, port: port, kind: kind) }
}

/// Identity of an endpoint: one per distinct (host, port, kind).
public struct EndpointKey: Hashable, Sendable, Comparable {
    public var host: String
    public var port: Int?
    public var kind: EndpointKind

    public init(host: String, port: Int?, kind: EndpointKind) {
        self.host = host
        self.port = port
        self.kind = kind
    }

    /// Stable, readable id used in reports and fingerprints: `postgres://orders-db:5432`.
    public var id: String {
        let h = host.utf8.contains(UInt8(ascii: ":")) ? "[\(host)]" : host
        return "\(kind.rawValue)://\(h)" + (port.map { ":\($0)" } ?? "")
    }

    public static func < (lhs: EndpointKey, rhs: EndpointKey) -> Bool {
        (lhs.host, lhs.port ?? -1, lhs.kind.rawValue) < (rhs.host, rhs.port ?? -1, rhs.kind.rawValue)
    }
}
