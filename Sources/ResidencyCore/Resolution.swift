/// How a host was turned into addresses and places: the `resolution` object of the JSON report.
///
/// `reason` says why a resolution ended `unresolved` (or what was missing on the way), so a
/// finding can quote it instead of a bare "unknown".
public struct Resolution: Hashable, Sendable, Codable {
    /// What placed the host.
    public enum Method: String, Hashable, Sendable, Codable, CaseIterable {
        case ipLiteral = "ip-literal"
        case estate
        case cluster
        case dns
        case providerHostname = "provider-hostname"
        case unresolved
    }

    public var method: Method
    /// Every name followed, in order, after the host itself (CNAME targets; SRV targets follow `srv`).
    public var cnameChain: [String]
    public var addresses: [String]
    public var locations: [Location]
    /// For `mongodb+srv://` and `_service._proto` names: the SRV targets as `host:port`.
    public var srvTargets: [String]?
    /// Why the chain ended without a location (NXDOMAIN, SERVFAIL, timeout, loop, no estate entry…).
    public var reason: String?

    /// In the order the JSON report writes them (sorted keys): encoded so, they need no reordering.
    private enum CodingKeys: String, CodingKey { case addresses, cnameChain, locations, method, reason, srvTargets }

    public init(
        method: Method, cnameChain: [String] = [], addresses: [String] = [], locations: [Location] = [],
        srvTargets: [String]? = nil, reason: String? = nil
    ) {
        self.method = method
        self.cnameChain = cnameChain
        self.addresses = addresses
        self.locations = locations
        self.srvTargets = srvTargets
        self.reason = reason
    }
}
