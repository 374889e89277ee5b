import ResidencyCore

/// What a host string is, decided before any lookup (so `--offline` and the estate file can act
/// on it, and no DNS query is ever sent for an address or an in-cluster name).
public enum HostClass: Hashable, Sendable {
    /// An IPv4 or IPv6 literal (brackets stripped), with its special range if it is not public.
    case ipLiteral(IPAddress, special: SpecialRange?)
    /// A Kubernetes service name (`svc.ns.svc`, `svc.ns.svc.cluster.local`, or `svc.ns` for a
    /// namespace the estate file lists).
    case inCluster(service: String, namespace: String?)
    /// One label: a compose service, a Kubernetes service in the same namespace, or a search-domain name.
    case singleLabel(String)
    /// `_service._proto.name`: an SRV name, looked up as SRV and then the targets' addresses.
    case srv(String)
    /// A fully qualified (multi-label) name for DNS.
    case fqdn(String)
    /// Not a host name at all (empty, bad characters, label over 63 octets…).
    case invalid(reason: String)

    /// The word `resolve` prints for the classification step.
    public var label: String {
        switch self {
        case .ipLiteral(_, let special):
            return special.map { "ip-literal (\($0.category), \($0.reference))" } ?? "ip-literal (public)"
        case .inCluster: return "in-cluster name"
        case .singleLabel: return "single-label name"
        case .srv: return "SRV name"
        case .fqdn: return "FQDN"
        case .invalid(let reason): return "invalid (\(reason))"
        }
    }
}
