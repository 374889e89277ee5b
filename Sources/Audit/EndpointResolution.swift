import ResidencyCore
import Resolving

/// Resolves every scanned endpoint once per distinct host: names through the resolver (all DNS
/// questions in flight together), Terraform resources that have a region but no host name
/// through the provider catalogue's region tables.
struct EndpointResolution {
    let resolver: Resolver
    let catalogue: ProviderCatalogue

    func resolve(_ endpoints: [Endpoint]) -> [AuditedEndpoint] {
        var requests: [ResolveRequest] = []
        var index = [ResolveRequest: Int](minimumCapacity: endpoints.count)
        for e in endpoints where !isPlacementOnly(e) {
            let request = Self.request(for: e)
            if index[request] == nil {
                index[request] = requests.count
                requests.append(request)
            }
        }
        let results = resolver.resolve(requests)
        let catalogue = catalogue
        let slots = index
        return endpoints.concurrentMap { e in
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
            let result = results[slots[Self.request(for: e)]!]
            return AuditedEndpoint(endpoint: e, resolution: result.resolution)
        }
    }

    /// A Terraform address (`aws_db_instance.orders`, `module.db`) is not a host name: its place is
    /// the region the configuration gives it.
    private func isPlacementOnly(_ e: Endpoint) -> Bool { e.isTerraformAddress }

    static func request(for e: Endpoint) -> ResolveRequest {
        ResolveRequest(host: e.host, srvPrefix: e.scheme.lowercased() == "mongodb+srv" ? "_mongodb._tcp" : nil)
    }

    /// Kubernetes Service names the scanned hosts write in full (`svc.ns.svc…`, `pod.svc.ns.svc…`),
    /// so that `pod.svc` written elsewhere is recognised as in-cluster too.
    static func services(in endpoints: [Endpoint]) -> Set<String> {
        var found: Set<String> = []
        for e in endpoints where mayNameService(e.host) {
            let labels = e.host.split(separator: ".")
            if labels.count >= 3, labels[2] == "svc" { found.insert(String(labels[0])) }
            if labels.count >= 4, labels[3] == "svc" { found.insert(String(labels[1])) }
        }
        return found
    }

    /// Kubernetes namespaces named by the scanned hosts (`svc.ns.svc.cluster.local`, `svc.ns.svc`),
    /// so that the short form `svc.ns` written elsewhere is recognised as in-cluster too.
    static func namespaces(in endpoints: [Endpoint]) -> Set<String> {
        var found: Set<String> = []
        for e in endpoints where mayNameService(e.host) {
            let labels = e.host.split(separator: ".")
            if labels.count >= 3, labels[2] == "svc" { found.insert(String(labels[1])) }
        }
        return found
    }

    /// Whether `host` has a label `svc` after its first: only those are split into labels (most
    /// hosts of a large estate are not in-cluster names).
    static func mayNameService(_ host: String) -> Bool {
        let bytes = Array(host.utf8)
        guard bytes.count >= 4 else { return false }
        for i in 0...(bytes.count - 4)
        where bytes[i] == UInt8(ascii: ".") && bytes[i + 1] == UInt8(ascii: "s") && bytes[i + 2] == UInt8(ascii: "v")
            && bytes[i + 3] == UInt8(ascii: "c")
            && (i + 4 == bytes.count || bytes[i + 4] == UInt8(ascii: "."))
        {
            return true
        }
        return false
    }
}
