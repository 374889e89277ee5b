import ResidencyCore

/// The gateway of the examples: nginx routes into the Oslo cluster, in the shape the nginx and
/// Kubernetes scanners report for fixtures/nordic-shop.
enum ChainExample {
    static let conf = "gateway/conf.d/api.nordicshop.conf"
    static let upstreamsConf = "gateway/conf.d/upstreams.conf"
    static let server = "api.nordicshop.example.no"

    static func route(
        _ path: String, to upstream: String, line: Int, http11: Bool = true, clears: Bool = true
    ) -> ProxyRoute {
        ProxyRoute(
            server: server, path: path, upstream: upstream, directive: "proxy_pass", scheme: "http", http11: http11,
            clearsConnectionHeader: clears,
            location: SourceLocation(
                path: conf, line: line, column: 27, context: "nginx server \(server) location \(path) proxy_pass"))
    }

    static func upstream(_ name: String, servers: [String], keepalive: Int?, line: Int) -> ProxyUpstream {
        ProxyUpstream(
            name: name, servers: servers, keepalive: keepalive,
            location: SourceLocation(path: upstreamsConf, line: line, column: 10, context: "nginx upstream \(name)"))
    }

    static func selects(_ service: String, _ workload: String, path: String) -> ServiceEdge {
        ServiceEdge(
            from: service, to: workload, kind: .selects, location: SourceLocation(path: path, line: 11, column: 5))
    }

    static let usersRoute = route("/v1/users", to: "user_service", line: 55)
    static let usersUpstream = upstream(
        "user_service", servers: ["user-service.shop.svc.cluster.local:80"], keepalive: 32, line: 6)
    static let ordersRoute = route("/v1/orders", to: "order_service", line: 67, http11: false, clears: false)
    static let ordersUpstream = upstream(
        "order_service", servers: ["order-service.shop.svc.cluster.local:80"], keepalive: nil, line: 18)
    static let webhooksRoute = ProxyRoute(
        server: server, path: "/v1/payments/webhooks", upstream: "payment-processor.shop.svc.cluster.local:8080",
        directive: "proxy_pass", scheme: "http", http11: false, clearsConnectionHeader: false,
        location: SourceLocation(
            path: conf, line: 77, column: 32,
            context: "nginx server \(server) location /v1/payments/webhooks proxy_pass $payments_backend"))

    static let edges = [
        selects("user-service", "user-service", path: "k8s/user-service/service.yaml"),
        selects("order-service", "order-service", path: "k8s/order-service/service.yaml"),
        selects("payment-processor", "payment-processor", path: "k8s/payment-processor/payment-processor.yaml"),
    ]

    /// /v1/payments/webhooks → payment-processor → the ledger in Dublin (3 × ~23 ms).
    static let dublinChain = ExampleEstate.input(
        [ExampleEstate.dublinLedger, ExampleEstate.osloRedis],
        routes: [webhooksRoute, usersRoute], upstreams: [usersUpstream], edges: edges)

    /// /v1/users → user-service → Redis in the same datacentre.
    static let osloChain = ExampleEstate.input(
        [ExampleEstate.osloRedis], routes: [usersRoute], upstreams: [usersUpstream],
        edges: edges)

    /// /v1/orders → an upstream without keepalive, a location without HTTP/1.1.
    static let ordersWithoutReuse = ExampleEstate.input(
        [ExampleEstate.stockholmOrders], routes: [ordersRoute],
        upstreams: [ordersUpstream], edges: edges)

    /// The same estate with the nginx release the estate file would state.
    static func withNginx(_ input: AuditInput, _ version: String) -> AuditInput {
        var i = input
        i.nginxVersion = NginxVersion(version)
        return i
    }
}
