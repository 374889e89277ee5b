import ResidencyCore
import Resolving

/// Resolves every scanned endpoint once per distinct host: names through the resolver (all DNS
/// questions in flight together), Terraform resources that have a region but no host name
/// through the provider catalogue's region tables.
struct EndpointResolution {
    let resolver: Resolver
    let catalogue: ProviderCatalogue

    func resolve(_ endpoints: [Endpoint]) -> [AuditedEndpoint] {
        // Each endpoint's question on all cores; then one pass numbers the distinct questions and
        // notes each endpoint's, so the answers are handed out without asking the table again.
        let asked = Array(endpoints.indices).concurrentMap { i in
            Self.isPlacementOnly(endpoints[i]) ? nil : Self.request(for: endpoints[i])
        }
        var requests: [ResolveRequest] = []
        var index = [ResolveRequest: Int](minimumCapacity: endpoints.count)
        var slotOf = [Int](repeating: -1, count: endpoints.count)
        for i in asked.indices {
            guard let request = asked[i] else { continue }
            if let slot = index[request] {
                slotOf[i] = slot
            } else {
                index[request] = requests.count
                slotOf[i] = requests.count
                requests.append(request)
            }
        }
        let results = resolver.resolve(requests)
        let catalogue = catalogue
        let slots = slotOf
        return Array(endpoints.indices).concurrentMap { i in
            let e = endpoints[i]
            if e.isTerraformAddress, let placement = e.placement {
                if let loc = catalogue.location(of: placement, address: e.host) {
                    return AuditedEndpoint(
                        endpoint: e, resolution: Resolution(method: .providerHostname, locations: [loc]))
                }
                return AuditedEndpoint(
                    endpoint: e,
                    resolution: Resolution(
                        method: .unresolved,
                        reason:
                            "Terraform \(placement.resourceType) in \(placement.provider) region '\(placement.region)', which the provider catalogue does not know"
                    ))
            }
            return AuditedEndpoint(endpoint: e, resolution: results[slots[i]].resolution)
        }
    }

    /// A Terraform address (`aws_db_instance.orders`, `module.db`) is not a host name: its place is
    /// the region the configuration gives it.
    private static func isPlacementOnly(_ e: Endpoint) -> Bool { e.isTerraformAddress }

    static func request(for e: Endpoint) -> ResolveRequest {
        ResolveRequest(host: e.host, srvPrefix: e.scheme.lowercased() == "mongodb+srv" ? "_mongodb._tcp" : nil)
    }

    /// Kubernetes Service names the scanned hosts write in full (`svc.ns.svc…`, `pod.svc.ns.svc…`),
    /// so that `pod.svc` written elsewhere is recognised as in-cluster too.
    static func services(in endpoints: [Endpoint]) -> Set<String> {
        var found: Set<String> = []
        // By index: `for e in endpoints` copied every endpoint to read its host.
        for i in endpoints.indices where mayNameService(endpoints[i].host) {
            let labels = endpoints[i].host.split(separator: ".")
            if labels.count >= 3, labels[2] == "svc" { found.insert(String(labels[0])) }
            if labels.count >= 4, labels[3] == "svc" { found.insert(String(labels[1])) }
        }
        return found
    }

    /// Kubernetes namespaces named by the scanned hosts (`svc.ns.svc.cluster.local`, `svc.ns.svc`),
    /// so that the short form `svc.ns` written elsewhere is recognised as in-cluster too.
    static func namespaces(in endpoints: [Endpoint]) -> Set<String> {
        var found: Set<String> = []
        for i in endpoints.indices where mayNameService(endpoints[i].host) {
            let labels = endpoints[i].host.split(separator: ".")
            if labels.count >= 3, labels[2] == "svc" { found.insert(String(labels[1])) }
        }
        return found
    }

    /// Whether `host` has a label `svc` after its first: only those are split into labels (most
    /// hosts of a large estate are not in-cluster names).
    static func mayNameService(_ host: String) -> Bool {
        var host = host
        // On the host's own bytes: an array of them per host was an allocation per endpoint.
        return host.withUTF8 { bytes in
            guard bytes.count >= 4 else { return false }
            for i in 0...(bytes.count - 4)
            where bytes[i] == UInt8(ascii: ".") && bytes[i + 1] == UInt8(ascii: "s")
                && bytes[i + 2] == UInt8(ascii: "v") && bytes[i + 3] == UInt8(ascii: "c")
                && (i + 4 == bytes.count || bytes[i + 4] == UInt8(ascii: "."))
            {
                return true
            }
            return false
        }
    }
}
