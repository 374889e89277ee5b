import Policy
import ResidencyCore
import Resolving

/// The estate file's purposes applied to the audited endpoints (after the join, so a host entry
/// matches any of an endpoint's names): a component's connection takes the purpose of the
/// `connections:` entry covering it, else that of the host's entry. A `request` connection entry
/// keeps one component's use of a `batch` host on the request path.
enum BatchConnections {
    static func offRequestPath(_ endpoints: [AuditedEndpoint], estate: EstateFile) -> OffRequestPath {
        var off = OffRequestPath()
        guard
            estate.hosts.contains(where: { $0.purpose == .batch })
                || estate.connections.contains(where: { $0.purpose == .batch })
        else {
            return off
        }
        for e in endpoints {
            let names = [e.endpoint.host] + e.aliases.map(\.host)
            let hostPurpose: EstatePurpose = names.contains { estate.purpose(of: $0) == .batch } ? .batch : .request
            let purposes = e.endpoint.components.map { c in
                (c, estate.connections.first { $0.covers(component: c, names: names) }?.purpose ?? hostPurpose)
            }
            if purposes.allSatisfy({ $0.1 == .batch }), hostPurpose == .batch || !purposes.isEmpty {
                off.endpoints.insert(e.endpoint.id)
            } else {
                for (c, p) in purposes where p == .batch {
                    off.connections.insert(.init(component: c, endpointId: e.endpoint.id))
                }
            }
        }
        return off
    }
}
