import ResidencyCore

/// A connection written in a service's own files belongs to that service: a Spring profile under
/// `services/order-service/…`, an env file or properties in that folder. Formats that name their
/// user (a Deployment's env, a compose service) already say so; a settings file does not, and
/// without this its datastore would belong to "services in the cluster" and never enter the
/// service's latency chains.
///
/// The rule: a reference that names no component, and is not a gateway's upstream (those belong
/// to the routes), takes the nearest enclosing folder whose name is a component the estate
/// defines elsewhere (a Kubernetes workload or compose service that names its connections).
enum ServiceFolders {
    static func attribute(_ references: [EndpointReference]) -> [EndpointReference] {
        var known: [String: String] = [:]
        for r in references { if let c = r.component { known[c.lowercased()] = known[c.lowercased()] ?? c } }
        guard !known.isEmpty else { return references }
        var owners: [String: String?] = [:]
        func owner(of path: String) -> String? {
            if let cached = owners[path] { return cached }
            let folders = path.split(separator: "/").dropLast().reversed()
            let found = folders.lazy.compactMap { known[$0.lowercased()] }.first
            owners[path] = found
            return found
        }
        return references.map { r in
            guard r.component == nil, r.role != .upstream, r.placement == nil, let o = owner(of: r.location.path) else { return r }
            var attributed = r
            attributed.component = o
            return attributed
        }
    }
}
