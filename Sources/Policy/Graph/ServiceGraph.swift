import ResidencyCore

/// The estate's own components and what they talk to, indexed for the latency chains:
/// gateway route → upstream block → server host → Service (Kubernetes DNS name, short name or
/// compose service) → the workloads it selects → the endpoints those workloads use.
///
/// Components are joined by name: the scan knows workload and Service names, not which
/// namespace a short name was resolved in, so two workloads of one name in two namespaces are
/// one node here. Compose services carry their compose file (`ComponentName`): a host names the
/// compose service of the caller's own file first, then a plain (Kubernetes) component, and only
/// then a compose service of another file, so a production chain never wanders into a local
/// development project that reuses the name. Every lookup is a dictionary hit, so building chains
/// stays linear in the estate.
public struct ServiceGraph: Sendable {
    /// Endpoints in id order (deterministic whatever order the scan produced them in).
    public let endpoints: [AuditedEndpoint]
    private let upstreamsByName: [String: ProxyUpstream]
    private let workloadsByService: [String: [String]]
    /// ExternalName Services: name → the host they alias.
    private let aliasByService: [String: String]
    private let endpointsByComponent: [String: [Int]]
    private let endpointsByHost: [String: [Int]]
    /// Names a host can stand for: Services, workloads, compose services (qualified).
    private let components: Set<String>
    /// Compose services by the plain name a host uses, each list sorted.
    private let composeByPlainName: [String: [String]]
    private let offRequestPath: OffRequestPath

    public init(_ input: AuditInput) {
        let ids = input.endpoints.map(\.endpoint.id)
        let isSorted = zip(ids, ids.dropFirst()).allSatisfy { $0 <= $1 }
        let sorted =
            isSorted
            ? input.endpoints : input.endpoints.indices.sorted { ids[$0] < ids[$1] }.map { input.endpoints[$0] }
        endpoints = sorted
        var ups: [String: ProxyUpstream] = [:]
        for u in input.upstreams where ups[u.name].map({ u < $0 }) ?? true { ups[u.name] = u }
        upstreamsByName = ups
        var selects: [String: Set<String>] = [:]
        // Several ExternalName edges for one name: the first written wins, whatever the input order.
        var aliases: [String: ServiceEdge] = [:]
        var names: Set<String> = []
        for edge in input.edges {
            switch edge.kind {
            case .selects:
                selects[edge.from, default: []].insert(edge.to)
                names.insert(edge.from)
                names.insert(edge.to)
            case .aliases:
                if aliases[edge.from].map({ edge < $0 }) ?? true { aliases[edge.from] = edge }
                names.insert(edge.from)
            case .dependsOn, .links:
                break
            }
        }
        workloadsByService = selects.mapValues { $0.sorted() }
        aliasByService = aliases.mapValues { $0.to.lowercased() }
        var byComponent: [String: [Int]] = [:]
        var byHost: [String: [Int]] = [:]
        byHost.reserveCapacity(sorted.count)
        offRequestPath = input.offRequestPath
        // By index: each endpoint read in place (`enumerated()` copied every one).
        for i in sorted.indices {
            // A batch connection is no step of a request chain.
            for c in sorted[i].endpoint.components
            where !input.offRequestPath.contains(component: c, endpointId: sorted[i].endpoint.id) {
                byComponent[c, default: []].append(i)
            }
            byHost[Self.lowercased(sorted[i].endpoint.host), default: []].append(i)
        }
        endpointsByComponent = byComponent
        endpointsByHost = byHost
        components = names.union(byComponent.keys)
        var compose: [String: [String]] = [:]
        for name in components where ComponentName.composeFile(of: name) != nil {
            compose[ComponentName.plain(name), default: []].append(name)
        }
        composeByPlainName = compose.mapValues { $0.sorted() }
    }

    /// The host as the graph keys it. Nearly every host is lower case already, and `lowercased()`
    /// built a new string for each of a large estate's hosts all the same.
    static func lowercased(_ host: String) -> String {
        host.utf8.contains { ($0 >= 0x41 && $0 <= 0x5A) || $0 >= 0x80 } ? host.lowercased() : host
    }

    /// The upstream block a route passes to, when the scan found one of that name.
    public func upstream(named name: String) -> ProxyUpstream? { upstreamsByName[name] }

    /// The `host[:port]` targets of a route: its upstream block's servers, or the pass target.
    func targets(of route: ProxyRoute) -> (upstream: ProxyUpstream?, servers: [HostPort]) {
        if let u = upstreamsByName[route.upstream] { return (u, u.servers.compactMap(HostPort.init)) }
        return (nil, HostPort(route.upstream).map { [$0] } ?? [])
    }

    /// The estate's own component a host names: `svc`, `svc.ns`, `svc.ns.svc[.cluster.local]`,
    /// or `pod.svc.ns.svc.cluster.local` for a headless Service's pod. Nil for any other host
    /// (a datastore's own name, a SaaS API), and for short names that name no known component.
    ///
    /// `caller` is the component making the call, when there is one: its own compose file's
    /// service of that name comes first.
    public func component(forHost rawHost: String, from caller: String? = nil) -> String? {
        var host = rawHost.lowercased()
        if host.hasSuffix(".") { host.removeLast() }
        let labels = host.split(separator: ".").map(String.init)
        let candidate: String?
        if let svc = labels.lastIndex(of: "svc"), svc >= 2 {
            // Whatever the cluster domain after `svc` is (`cluster.local` by default).
            candidate = labels[svc - 2]
        } else if labels.count == 1 || labels.count == 2 {
            candidate = labels.first
        } else {
            candidate = nil
        }
        guard let name = candidate else { return nil }
        let composed = composeByPlainName[name] ?? []
        if let file = caller.flatMap(ComponentName.composeFile(of:)),
            let own = composed.first(where: { ComponentName.composeFile(of: $0) == file })
        {
            return own
        }
        if components.contains(name) { return name }
        return composed.first
    }

    /// The workloads behind a Service name; a compose service or a workload is its own.
    public func workloads(of component: String) -> [String] {
        workloadsByService[component] ?? [component]
    }

    /// The endpoints a workload uses, in id order.
    public func endpoints(of workload: String) -> [AuditedEndpoint] {
        (endpointsByComponent[workload] ?? []).map { endpoints[$0] }
    }

    /// Endpoints written with this host, in id order.
    public func endpoints(host: String) -> [AuditedEndpoint] {
        (endpointsByHost[Self.lowercased(host)] ?? []).map { endpoints[$0] }
    }

    /// Whether no request waits on the endpoint (the estate file marks it, or every use of it, `batch`).
    public func isOffRequestPath(_ e: AuditedEndpoint) -> Bool { offRequestPath.contains(e.endpoint) }

    /// The endpoint a `host:port` names: the one on that port, else the first of that host.
    func endpoint(host: String, port: Int?) -> AuditedEndpoint? {
        guard let indices = endpointsByHost[Self.lowercased(host)], let first = indices.first else { return nil }
        return (indices.first { endpoints[$0].endpoint.port == port }).map { endpoints[$0] } ?? endpoints[first]
    }

    /// The locations to place an endpoint by. An in-cluster name of an ExternalName Service is
    /// only an alias: the datastore is where the aliased host is, when that host was located.
    public func effectiveLocations(of e: AuditedEndpoint) -> (locations: [Location], via: String?) {
        if !aliasByService.isEmpty, let name = component(forHost: e.endpoint.host), let target = aliasByService[name] {
            let located = endpoints(host: target).flatMap(\.resolution.locations).filter { $0.country != nil }
            if !located.isEmpty { return (located, "ExternalName \(name) → \(target)") }
        }
        return (e.resolution.locations, nil)
    }
}
