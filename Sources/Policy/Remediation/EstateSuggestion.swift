import ResidencyCore

/// The estate-file lines that would place an unlocated endpoint, written so they can be pasted
/// into `residency.yaml` as they are. Only the organisation knows where its private ranges and
/// internal names are; the tool can only say which line is missing.
enum EstateSuggestion {
    static func steps(for e: AuditedEndpoint, siteName: String?) -> [String] {
        let site = siteName ?? "SITE"
        let siteNote = siteName == nil ? " (SITE: a site under `sites:`)" : " (or the site it really runs in)"
        let host = e.endpoint.host
        if let placement = e.endpoint.placement, e.endpoint.isTerraformAddress {
            return [
                "Teach the audit region '\(placement.region)' of \(placement.provider): add it to a provider catalogue file of the shape of providers/catalogue.yaml and pass it with --catalogue FILE."
            ]
        }
        switch e.resolution.method {
        case .ipLiteral:
            return [
                "In residency.yaml under `networks:`, add `  \(network(containing: host)): \(site)`\(siteNote); widen or narrow the range to the real one."
            ]
        case .cluster:
            return [
                "In residency.yaml under `clusters:`, add `  default: \(site)`\(siteNote), so in-cluster names are placed at the cluster's site."
            ]
        case .dns, .providerHostname, .estate:
            if !e.resolution.addresses.isEmpty {
                var steps = [
                    "Give the audit geolocation data for \(e.resolution.addresses.joined(separator: ", ")): --geoip-db FILE (a GeoIP2/GeoLite2 City or Country database, or one built with `residency geo compile`)."
                ]
                for a in e.resolution.addresses.prefix(3) {
                    steps.append(
                        "If \(a) is yours: in residency.yaml under `networks:`, add `  \(network(containing: a)): \(site)`\(siteNote)."
                    )
                }
                return steps
            }
            return hostSteps(host, site: site, siteNote: siteNote, reason: e.resolution.reason)
        case .unresolved:
            return hostSteps(host, site: site, siteNote: siteNote, reason: e.resolution.reason)
        }
    }

    private static func hostSteps(_ host: String, site: String, siteNote: String, reason: String?) -> [String] {
        var steps = [
            "In residency.yaml under `hosts:`, add `  \"\(host)\": \(site)`\(siteNote), or `  \"\(host)\": ADDRESS` to have its address geolocated."
        ]
        if reason?.lowercased().hasInfix("offline") == true {
            steps.append(
                "Or run the audit with DNS (without --offline, or with --dns-server HOST) so the name is resolved and its addresses located."
            )
        }
        return steps
    }

    /// The /24 (IPv4) or /64 (IPv6) holding an address: the usual size of a site's subnet.
    static func network(containing address: String) -> String {
        let octets = address.split(separator: ".", omittingEmptySubsequences: false)
        if octets.count == 4, octets.allSatisfy({ UInt8($0) != nil }) {
            return "\(octets[0]).\(octets[1]).\(octets[2]).0/24"
        }
        if address.utf8.contains(UInt8(ascii: ":")), let groups = expandIPv6(address) {
            return groups.prefix(4).map { String($0, radix: 16) }.joined(separator: ":") + "::/64"
        }
        return address.utf8.contains(UInt8(ascii: ":")) ? "\(address)/128" : "\(address)/32"
    }

    private static func expandIPv6(_ text: String) -> [UInt16]? {
        let parts = text.components(separatedBy: "::")
        guard parts.count <= 2 else { return nil }
        func groups(_ s: String) -> [UInt16]? {
            if s.isEmpty { return [] }
            var out: [UInt16] = []
            for g in s.split(separator: ":", omittingEmptySubsequences: false) {
                guard let v = UInt16(g, radix: 16) else { return nil }
                out.append(v)
            }
            return out
        }
        guard let head = groups(parts[0]) else { return nil }
        let tail = parts.count == 2 ? (groups(parts[1]) ?? []) : []
        let fill = 8 - head.count - tail.count
        guard fill >= 0, parts.count == 2 || fill == 0 else { return nil }
        return head + Array(repeating: 0, count: fill) + tail
    }
}
