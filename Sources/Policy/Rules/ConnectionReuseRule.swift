import ResidencyCore

/// A gateway route that opens a new upstream connection for every request. Inside one
/// datacentre that costs little; across sites every request pays the TCP (and TLS) handshake
/// again, on top of exhausting ephemeral ports under load. Version-aware: from nginx 1.29.7
/// HTTP/1.1 keep-alive to upstreams is the default, so only a target that cannot pool remains.
public struct ConnectionReuseRule: ContextualRule {
    public init() {}

    public static let description = RuleDescription(
        id: "connection-reuse",
        category: .connectionReuse,
        title: "Proxy opens a new upstream connection per request",
        summary: """
            nginx reuses upstream connections only when the upstream block has `keepalive N`, the location \
            sets `proxy_http_version 1.1` (the default is HTTP/1.0) and clears the Connection header with \
            `proxy_set_header Connection ""`. A `proxy_pass` route missing any of them, or passing to a host \
            or variable instead of an upstream block (which cannot pool), pays a handshake per request. \
            `grpc_pass` needs only the pool. This applies to nginx before 1.29.7: from 1.29.7 (March 2026; \
            stable 1.30.0) nginx proxies with HTTP/1.1 and keep-alive by default, and the two location lines \
            are no longer needed (without `keepalive`, cached connections are not shared between locations). \
            With the release stated in the estate file (`nginx: {version: "1.29.7"}`), routes on 1.29.7 or \
            later are flagged only when they pass to a target that cannot pool; when the release is unknown \
            the finding says which releases it applies to. The finding gives the exact lines and where to put them.
            """,
        references: [
            "nginx ngx_http_upstream_module: keepalive",
            "nginx ngx_http_proxy_module: proxy_http_version, proxy_set_header",
            "nginx 1.29.7 CHANGES: HTTP/1.1 and keep-alive to upstreams by default",
            "RFC 9112 §9.3 (HTTP/1.1 persistent connections)", "RFC 9293 (TCP three-way handshake)",
        ],
        remediation: """
            Add `keepalive 32;` to the upstream block, and `proxy_http_version 1.1;` and \
            `proxy_set_header Connection "";` to the location (repeating any proxy_set_header the location \
            inherited, since a location's own replace the server's).
            """,
        triggeringExamples: [
            RuleExample(
                "/v1/orders: no keepalive, HTTP/1.0, Connection: close", input: ChainExample.ordersWithoutReuse,
                policy: ExampleEstate.policy,
                flags: [.init("api.nordicshop.example.no /v1/orders → order_service", .low)]),
            RuleExample(
                "a proxy_pass to a variable has no pool", input: ChainExample.dublinChain, policy: ExampleEstate.policy,
                flags: [
                    .init(
                        "api.nordicshop.example.no /v1/payments/webhooks → payment-processor.shop.svc.cluster.local:8080",
                        .low)
                ]),
            RuleExample(
                "nginx 1.30.0: a proxy_pass to a variable still has no pool",
                input: ChainExample.withNginx(ChainExample.dublinChain, "1.30.0"), policy: ExampleEstate.policy,
                flags: [
                    .init(
                        "api.nordicshop.example.no /v1/payments/webhooks → payment-processor.shop.svc.cluster.local:8080",
                        .low)
                ]),
            RuleExample(
                "nginx 1.29.6: /v1/orders without HTTP/1.1 (the old default)",
                input: ChainExample.withNginx(ChainExample.ordersWithoutReuse, "1.29.6"), policy: ExampleEstate.policy,
                flags: [.init("api.nordicshop.example.no /v1/orders → order_service", .low)]),
        ],
        nonTriggeringExamples: [
            RuleExample(
                "/v1/users: keepalive 32, HTTP/1.1, Connection cleared", input: ChainExample.osloChain,
                policy: ExampleEstate.policy),
            RuleExample(
                "nginx 1.29.7: /v1/orders without the HTTP/1.1 lines keeps connections alive by default",
                input: ChainExample.withNginx(ChainExample.ordersWithoutReuse, "1.29.7"), policy: ExampleEstate.policy),
        ])

    public func evaluate(_ input: AuditInput, policy: Policy) -> [Finding] {
        evaluate(EvaluationContext(input: input, policy: policy))
    }

    func evaluate(_ context: EvaluationContext) -> [Finding] {
        let input = context.input
        guard let latency = context.policy.latency else { return [] }
        let graph = context.graph
        let frame = context.frame
        let version = input.nginxVersion
        // From 1.29.7 keep-alive is the default: only a target that cannot pool is left to flag.
        let keepAliveDefault = version?.keepsUpstreamConnectionsAlive ?? false
        return input.routes.sorted().compactMap { route -> Finding? in
            let c = RouteConnection(route: route, upstream: graph.upstream(named: route.upstream))
            guard c.isJudged, !c.onlyUnixSockets, !c.reusesConnections else { return nil }
            // From 1.29.7 an upstream block pools by default: only an explicit downgrade undoes it.
            let downgraded = route.downgradesToHTTP10 || route.sendsConnectionClose
            if keepAliveDefault && c.upstream != nil && !downgraded { return nil }
            var missing: [String] = []
            if c.upstream == nil {
                missing.append(
                    "it passes to \(route.upstream), not to an upstream block, so there is no connection pool")
            } else if c.missingKeepalive {
                missing.append("upstream \(route.upstream) has no keepalive")
            }
            if !keepAliveDefault {
                if c.missingHTTP11 { missing.append("the location does not set proxy_http_version 1.1") }
                if c.missingConnectionHeader {
                    missing.append(
                        "the location does not clear the Connection header (proxy_set_header Connection \"\")")
                }
            } else {
                if route.downgradesToHTTP10 { missing.append("the location sets proxy_http_version 1.0") }
                if route.sendsConnectionClose { missing.append("the location sends proxy_set_header Connection close") }
            }
            let servers = graph.targets(of: route).servers
            let serverList = servers.map { s in s.port.map { "\(hostText(s.host)):\($0)" } ?? hostText(s.host) }
            let named = c.upstream == nil || serverList.isEmpty ? "" : " (\(serverList.joined(separator: ", ")))"
            var message =
                "\(route.server) \(route.path) opens a new connection to \(route.upstream)\(named) for every request: "
                + missing.joined(separator: "; ") + "."
            switch version {
            case nil:
                if c.upstream != nil {
                    message +=
                        " This applies to nginx before 1.29.7; from 1.29.7 keep-alive to upstreams is the default (state the release in the estate file: nginx: {version: \"…\"})."
                }
            case let v? where !keepAliveDefault:
                message +=
                    " nginx \(v) speaks HTTP/1.0 to upstreams by default (keep-alive is the default from 1.29.7)."
            case let v?:
                message += " nginx \(v) keeps upstream connections alive by default, but only to a target it can pool."
            }
            let handshakes =
                frame.model.model.tcpHandshakeRoundTrips + (c.tls ? frame.model.model.tlsHandshakeRoundTrips : 0)
            if let cost = handshakeCost(c, graph: graph, frame: frame, handshakes: handshakes) {
                message +=
                    " Each request pays \(handshakes) extra round trip\(handshakes == 1 ? "" : "s") (\(Fmt.ms(cost)))."
            }
            var evidence = [EndpointEvidence.source(route.location)]
            if let u = c.upstream {
                evidence.append(
                    "\(u.location.path):\(u.location.line) upstream \(u.name): servers \(u.servers.joined(separator: ", ")); "
                        + (u.keepalive.map { "keepalive \($0)" } ?? "no keepalive"))
            }
            if !keepAliveDefault {
                if c.missingHTTP11 {
                    evidence.append(
                        "location \(route.path): no proxy_http_version 1.1 (nginx default before 1.29.7: HTTP/1.0)")
                }
                if c.missingConnectionHeader {
                    evidence.append(
                        "location \(route.path): no proxy_set_header Connection \"\" (before 1.29.7 nginx sends Connection: close)"
                    )
                }
            }
            evidence.append(
                "nginx release: "
                    + (version.map { "\($0) (\(input.nginxVersionSource ?? "estate file"))" }
                        ?? "unknown (\(input.nginxVersionSource ?? "neither the estate file (nginx.version) nor an nginx image tag states it"))")
            )
            // Linked to the first upstream server's endpoint, when the scan found it as one.
            let linked = servers.lazy.compactMap { graph.endpoint(host: $0.host, port: $0.port)?.endpoint.id }.first
            return finding(
                severity: latency.connectionReuseSeverity, message: message, location: Finding.Place(route.location),
                linkedEndpoint: linked, host: route.server,
                subject: "\(route.server) \(route.path) → \(route.upstream)", evidence: evidence,
                remediation: NginxReuseFix.steps(c, keepAliveDefault: keepAliveDefault))
        }
    }

    /// A host as a `host:port` pair writes it: IPv6 in brackets.
    private func hostText(_ host: String) -> String { host.utf8.contains(UInt8(ascii: ":")) ? "[\(host)]" : host }

    /// The handshakes' cost on the way to the first server, when it can be placed.
    private func handshakeCost(
        _ c: RouteConnection, graph: ServiceGraph, frame: LatencyFrame, handshakes: Int
    ) -> Double? {
        guard let home = frame.home, let first = graph.targets(of: c.route).servers.first else { return nil }
        var point: GeoPoint? = home
        var location = frame.homeLocation
        if graph.component(forHost: first.host) == nil {
            let endpoints = graph.endpoints(host: first.host)
            let end = HopEnd.farthest(of: endpoints.flatMap(\.resolution.locations), from: home)
            point = end.point
            location = end.location
        }
        return point.map { Double(handshakes) * frame.roundTrip(from: home, frame.homeLocation, to: $0, location).ms }
    }
}
