import ResidencyCore

/// `residency.yaml`: what the organisation knows about its own infrastructure that no DNS or
/// MMDB can tell (CONTRACT.md, "The estate file"). Read strictly: unknown keys, unknown sites,
/// bad CIDRs, missing reasons or expiry dates are errors naming the file and line.
public struct EstateFile: Sendable {
    public var sites: [String: EstateSite] = [:]
    public var networks: [EstateNetwork] = []
    public var hosts: [EstateHost] = []
    public var clusters: [EstateCluster] = []
    public var suppressions: [EstateSuppression] = []
    /// Connections the file marks with a purpose (`connections:`).
    public var connections: [EstateConnection] = []
    /// The nginx release that runs the audited configs (`nginx: {version: "1.29.7"}`); nil when
    /// the file does not say. `connection-reuse` judges by it.
    public var nginxVersion: NginxVersion?

    public init() {}

    /// The site of the most specific network holding `address`.
    public func network(for address: IPAddress) -> EstateNetwork? {
        let a = address.mappedIPv4 ?? address
        return networks.filter { $0.network.contains(a) }.max { $0.network.prefixLength < $1.network.prefixLength }
    }

    /// The host entry that places `name` (a site or an address): an exact entry first, then the
    /// most specific glob (the longest literal part), ties broken by file order.
    public func host(for name: String) -> EstateHost? { entry(for: name, among: hosts.filter { $0.target != nil }) }

    /// The purpose of connections to `name`: that of the most specific host entry matching it,
    /// `request` when none does.
    public func purpose(of name: String) -> EstatePurpose { entry(for: name, among: hosts)?.purpose ?? .request }

    private func entry(for name: String, among entries: [EstateHost]) -> EstateHost? {
        var n = name.lowercased()
        if n.hasSuffix(".") { n.removeLast() }
        if let exact = entries.first(where: { !$0.isGlob && $0.pattern == n }) { return exact }
        return entries.filter { $0.isGlob && $0.glob.matches(n) }
            .max { $0.pattern.filter { $0 != "*" }.count < $1.pattern.filter { $0 != "*" }.count }
    }

    /// The cluster that in-cluster names resolve to: the one named `default`, else the only one.
    public var defaultCluster: EstateCluster? {
        clusters.first { $0.name == "default" } ?? (clusters.count == 1 ? clusters.first : nil)
    }

    /// Every namespace the clusters declare (for `svc.ns` names).
    public var namespaces: Set<String> { Set(clusters.flatMap(\.namespaces)) }
}

/// A place where the organisation's own infrastructure runs.
public struct EstateSite: Hashable, Sendable {
    public let name: String
    public let country: String
    public let city: String?
    public let latitude: Double?
    public let longitude: Double?
    public let provider: String?
    /// The operator's jurisdiction when it differs from `country` (a US host in an EU site).
    public let jurisdiction: String?
}

/// An address range of the estate and its site.
public struct EstateNetwork: Hashable, Sendable {
    public let network: IPNetwork
    public let site: String
    public let line: Int?
}

/// A name (exact or `*` glob) placed by the estate file at a site or an address.
public struct EstateHost: Sendable {
    public enum Target: Hashable, Sendable {
        case site(String)
        case address(IPAddress)
    }

    public let pattern: String
    /// Nil for an entry that only gives a purpose: the name resolves as any other.
    public let target: Target?
    public let purpose: EstatePurpose
    public let line: Int?
    let glob: Glob
    public var isGlob: Bool { pattern.utf8.contains(UInt8(ascii: "*")) || pattern.utf8.contains(UInt8(ascii: "?")) }
}

/// A cluster (Kubernetes or compose project) and the site its in-cluster names resolve to.
public struct EstateCluster: Hashable, Sendable {
    public let name: String
    public let site: String
    public let namespaces: [String]
}

/// An accepted finding: a rule or category, for a host, path and/or Terraform resource address
/// glob, with a reason and an expiry date after which it stops suppressing (and is itself reported).
public struct EstateSuppression: Hashable, Sendable {
    public let rule: String
    public let host: String?
    public let path: String?
    /// A Terraform resource address or glob (`aws_db_instance.analytics_replica`, `aws_db_instance.*`).
    public let resource: String?
    public let reason: String
    /// `YYYY-MM-DD`, validated.
    public let expires: String
    public let line: Int?
}
