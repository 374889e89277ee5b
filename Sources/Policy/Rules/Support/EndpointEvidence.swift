import ResidencyCore

/// The evidence lines of a finding about an endpoint (CONTRACT.md): where it is written, how
/// its name was followed, where each address is and who operates it. One fact per line, so an
/// auditor can check each one.
enum EndpointEvidence {
    /// Places listed before the rest are summarised: a host written in 1,000 files needs the
    /// first few, not all.
    static let sourceLimit = 5

    static func lines(_ e: AuditedEndpoint, locations: [Location]? = nil) -> [String] {
        sources(e.endpoint) + resolution(e, locations: locations)
    }

    /// `k8s/orders.yaml:12 Deployment orders, container app, env DATABASE_URL`
    static func sources(_ e: Endpoint) -> [String] {
        var out = e.sources.prefix(sourceLimit).map(source)
        if e.sources.count > sourceLimit { out.append("… and \(e.sources.count - sourceLimit) more places") }
        return out
    }

    static func source(_ s: SourceLocation) -> String {
        s.context.isEmpty ? "\(s.path):\(s.line)" : "\(s.path):\(s.line) \(s.context)"
    }

    /// CNAME steps, SRV targets, each location, the operators and the reason a chain stopped.
    static func resolution(_ e: AuditedEndpoint, locations: [Location]? = nil) -> [String] {
        var out: [String] = []
        let r = e.resolution
        var previous = e.endpoint.host
        for target in r.cnameChain {
            out.append("\(previous) CNAME \(target)")
            previous = target
        }
        for t in r.srvTargets ?? [] { out.append("\(e.endpoint.host) SRV \(t)") }
        let placed = locations ?? r.locations
        for l in placed { out.append(location(l)) }
        let locatedAddresses = Set(placed.map(\.address))
        for a in r.addresses where !locatedAddresses.contains(a) { out.append("\(a) → not located") }
        var operators: [String] = []
        for l in placed {
            guard let p = l.provider else { continue }
            let line = "operator \(p)" + (l.jurisdiction.map { ", jurisdiction \($0)" } ?? "")
            if !operators.contains(line) { operators.append(line) }
        }
        out += operators
        if let reason = r.reason { out.append("resolution (\(r.method.rawValue)): \(reason)") }
        return out
    }

    /// `52.95.0.1 → IE Dublin, AS16509 Amazon.com, Inc. (mmdb)`
    static func location(_ l: Location) -> String {
        var place = [l.country ?? "??", l.city].compactMap { $0 }.joined(separator: " ")
        if l.precision == .country { place += " (country-level)" }
        var s = "\(l.address) → \(place)"
        if let asn = l.asn { s += ", AS\(asn)" + (l.asOrganization.map { " \($0)" } ?? "") }
        return s + " (\(l.source.rawValue))"
    }
}
