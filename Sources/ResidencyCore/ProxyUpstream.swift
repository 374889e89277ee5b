/// An nginx `upstream` block: its servers and whether it keeps idle connections open
/// (`keepalive N`). Without it every proxied request pays a new TCP (and TLS) handshake.
public struct ProxyUpstream: Hashable, Sendable, Codable, Comparable {
    public var name: String
    /// `host:port` (or `unix:/path`) of each `server` line, in file order.
    public var servers: [String]
    /// The `keepalive` connection count, nil when the block has none.
    public var keepalive: Int?
    public var location: SourceLocation

    public init(name: String, servers: [String], keepalive: Int?, location: SourceLocation) {
        self.name = name
        self.servers = servers
        self.keepalive = keepalive
        self.location = location
    }

    public static func < (lhs: ProxyUpstream, rhs: ProxyUpstream) -> Bool {
        lhs.location != rhs.location ? lhs.location < rhs.location : lhs.name < rhs.name
    }
}
