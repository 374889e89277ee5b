import ResidencyCore

/// Whether nginx keeps the connections of one route to its upstream open between requests.
/// All three are needed for `proxy_pass` (ngx_http_upstream_module, "keepalive"): a `keepalive`
/// pool in the upstream block, `proxy_http_version 1.1` (nginx speaks HTTP/1.0 to upstreams by
/// default) and `proxy_set_header Connection ""` (else nginx sends `Connection: close`).
/// `grpc_pass` is HTTP/2 and only needs the pool. A pass target that is not an upstream block
/// (a host, a variable) has no pool at all.
public struct RouteConnection: Sendable, Hashable {
    public var route: ProxyRoute
    /// The upstream block the route passes to, nil when it passes to a host directly.
    public var upstream: ProxyUpstream?

    public init(route: ProxyRoute, upstream: ProxyUpstream?) {
        self.route = route
        self.upstream = upstream
    }

    /// The directives whose connection reuse this check knows how to judge and fix.
    public var isJudged: Bool { route.directive == "proxy_pass" || route.directive == "grpc_pass" }

    public var missingKeepalive: Bool { upstream?.keepalive == nil }
    public var missingHTTP11: Bool { route.directive == "proxy_pass" && !route.http11 }
    public var missingConnectionHeader: Bool { route.directive == "proxy_pass" && !route.clearsConnectionHeader }

    public var reusesConnections: Bool { !missingKeepalive && !missingHTTP11 && !missingConnectionHeader }

    /// nginx speaks TLS to the upstream (`proxy_pass https://…`, `grpc_pass grpcs://…`).
    public var tls: Bool { ["https", "grpcs"].contains(route.scheme.lowercased()) }

    /// Every server is a local socket: nothing to hand-shake over a network.
    public var onlyUnixSockets: Bool {
        guard let upstream else { return route.upstream.hasPrefix("unix:") }
        return !upstream.servers.isEmpty && upstream.servers.allSatisfy { $0.hasPrefix("unix:") }
    }
}
