import ResidencyCore

/// The resolution stage: classify each host, ask the estate file, then DNS (system resolver or
/// our own client), then place every address (estate networks, the geolocation seam, the
/// provider catalogue). One instance is one run: its DNS cache is shared by all hosts.
public final class Resolver {
    public enum Mode: Sendable {
        case offline
        case system(SystemResolver)
        case server(DNSWireClient)
    }

    public let estate: EstateFile
    public let catalogue: ProviderCatalogue
    public let locator: (any AddressLocator)?
    public let mode: Mode
    private let classifier: HostClassifier
    private let wire: WireLookup?
    private var systemCache: [String: AddressChain] = [:]

    /// `namespaces`: Kubernetes namespaces seen in the scan, beyond the estate file's, so that
    /// `svc.namespace` names are recognised as in-cluster; `services`: Kubernetes Service names
    /// seen in full in-cluster names, so that `pod.service` is too.
    public init(
        estate: EstateFile = EstateFile(), catalogue: ProviderCatalogue,
        locator: (any AddressLocator)? = nil, mode: Mode, namespaces: Set<String> = [], services: Set<String> = []
    ) {
        self.estate = estate
        self.catalogue = catalogue
        self.locator = locator
        self.mode = mode
        self.classifier = HostClassifier(namespaces: estate.namespaces.union(namespaces), services: services)
        if case .server(let client) = mode { wire = WireLookup(client: client) } else { wire = nil }
    }

    public func resolve(_ host: String) -> HostResolution { resolve([ResolveRequest(parsing: host)])[0] }

    /// Resolves all requests together (their DNS questions are in flight at once), in input order.
    public func resolve(_ requests: [ResolveRequest]) -> [HostResolution] {
        // Planning and finishing read only the resolver's constants (estate, catalogue, classifier,
        // a thread-safe locator): on all cores. The DNS lookups in between are batched already.
        nonisolated(unsafe) let resolver = self
        var plans: [Plan] = requests.concurrentMap { resolver.plan($0) }
        // SRV first (its targets join the address lookups), then every name's addresses at once.
        let srvNames = plans.compactMap(\.srvName)
        let srv = srvLookup(srvNames)
        for i in plans.indices { if let name = plans[i].srvName { plans[i].srv = srv[name] } }
        let names = plans.flatMap { p -> [String] in
            if let s = p.srv { return s.targets.map(\.host) }
            return p.dnsName.map { [$0] } ?? []
        }
        let chains = addressLookup(names)
        return plans.concurrentMap { resolver.finish($0, chains) }
    }

    // MARK: - Planning (no DNS)

    private struct Plan: Sendable {
        let request: ResolveRequest
        let classification: HostClass
        var done: HostResolution?
        var dnsName: String?
        var srvName: String?
        var srv: (targets: [(host: String, port: UInt16)], reason: String?)?
    }

    private func plan(_ request: ResolveRequest) -> Plan {
        let cls = classifier.classify(request.host)
        var p = Plan(request: request, classification: cls)
        func done(_ r: Resolution, estate: String? = nil, provider: String? = nil) {
            p.done = HostResolution(
                host: request.original, classification: cls.label, estateMatch: estate, providerMatch: provider,
                resolution: r)
        }
        switch cls {
        case .invalid(let reason):
            done(Resolution(method: .unresolved, reason: "not a host name: \(reason)"))
            return p
        case .ipLiteral(let ip, let special):
            let (loc, note) = locate(ip, names: [])
            var reason: String?
            if loc == nil {
                reason =
                    special.map { "\($0.category) address (\($0.reference)) not covered by the estate file's networks" }
                    ?? "no location for \(ip) (no estate network, no geodata)"
            }
            done(
                Resolution(
                    method: .ipLiteral, addresses: [ip.description], locations: loc.map { [$0] } ?? [], reason: reason),
                estate: note)
            return p
        default: break
        }
        // Lowercased once; the trailing dot of an absolute name dropped (on bytes, not by Character).
        var name = request.host.lowercased()
        if name.utf8.last == UInt8(ascii: ".") { name.removeLast() }
        if let entry = estate.host(for: name), let target = entry.target {
            let note = "hosts: \"\(entry.pattern)\"" + (entry.line.map { " (line \($0))" } ?? "")
            switch target {
            case .site(let siteName):
                let loc = estate.sites[siteName].map { siteLocation($0, address: name) }
                done(
                    Resolution(method: .estate, locations: loc.map { [$0] } ?? []), estate: note + " → site \(siteName)"
                )
            case .address(let ip):
                let (loc, _) = locate(ip, names: [])
                done(
                    Resolution(
                        method: .estate, addresses: [ip.description], locations: loc.map { [$0] } ?? [],
                        reason: loc == nil ? "no location for \(ip) (no estate network, no geodata)" : nil),
                    estate: note + " → \(ip)")
            }
            return p
        }
        switch cls {
        case .inCluster, .singleLabel:
            if let cluster = estate.defaultCluster, let site = estate.sites[cluster.site] {
                done(
                    Resolution(method: .cluster, locations: [siteLocation(site, address: name)]),
                    estate: "cluster \(cluster.name) → site \(site.name)")
            } else if case .singleLabel = cls, case .system = mode {
                p.dnsName = name  // the system resolver may know it (search domains, /etc/hosts)
            } else {
                let why =
                    estate.clusters.isEmpty
                    ? "the estate file declares no cluster"
                    : "the estate file has several clusters and none is named 'default'"
                done(Resolution(method: .unresolved, reason: "in-cluster or single-label name, and \(why)"))
            }
            return p
        default: break
        }
        let srvName: String? = if case .srv = cls { name } else { request.srvPrefix.map { "\($0).\(name)" } }
        if case .offline = mode {
            if let m = catalogue.match(host: name) {
                done(
                    Resolution(method: .providerHostname, locations: [catalogueLocation(m, address: name)]),
                    provider: describe(m))
            } else {
                done(
                    Resolution(
                        method: .unresolved,
                        reason: "offline: no DNS, and neither the estate file nor the provider catalogue knows the name"
                    ))
            }
            return p
        }
        if let srvName { p.srvName = srvName } else { p.dnsName = name }
        return p
    }

    // MARK: - DNS

    private func srvLookup(_ names: [String]) -> [String: (targets: [(host: String, port: UInt16)], reason: String?)] {
        guard !names.isEmpty else { return [:] }
        switch mode {
        case .server: return wire!.srv(names)
        default:
            return Dictionary(
                uniqueKeysWithValues: Set(names).map {
                    ($0, ([], "SRV lookups need --dns-server (the system resolver answers addresses only)"))
                })
        }
    }

    private func addressLookup(_ names: [String]) -> [String: AddressChain] {
        guard !names.isEmpty else { return [:] }
        switch mode {
        case .offline: return [:]
        case .server: return wire!.addresses(names)
        case .system(let system):
            let missing = Set(names).filter { systemCache[$0] == nil }
            systemCache.merge(system.lookup(Array(missing))) { _, new in new }
            return systemCache
        }
    }

    // MARK: - Placing addresses

    private func finish(_ p: Plan, _ chains: [String: AddressChain]) -> HostResolution {
        if let done = p.done { return done }
        let name = p.dnsName ?? p.srvName ?? p.request.host
        var chain: [String] = []
        var addresses: [IPAddress] = []
        var reasons: [String] = []
        var srvTargets: [String]?
        if let srv = p.srv {
            srvTargets = srv.targets.map { "\($0.host):\($0.port)" }
            if let r = srv.reason { reasons.append(r) }
            for t in srv.targets {
                chain.append(t.host)
                let c = chains[t.host] ?? AddressChain(reason: "no answer")
                chain += c.chain
                addresses += c.addresses
                if let r = c.reason { reasons.append("\(t.host): \(r)") }
            }
        } else {
            let c = chains[name] ?? AddressChain(reason: "no answer")
            chain = c.chain
            addresses = c.addresses
            if let r = c.reason { reasons.append(r) }
        }
        addresses = Array(Set(addresses)).sorted()
        // Provider knowledge: the last name in the chain that the catalogue knows (the CNAME target
        // of a vanity name is the managed service), else the name itself.
        let known = (chain.reversed() + [p.request.host.lowercased()]).lazy.compactMap {
            self.catalogue.match(host: $0)
        }.first
        let providerNote = known.map(describe)
        if addresses.isEmpty {
            if let known {
                return HostResolution(
                    host: p.request.original, classification: p.classification.label, estateMatch: nil,
                    providerMatch: providerNote,
                    resolution: Resolution(
                        method: .providerHostname, cnameChain: chain,
                        locations: [catalogueLocation(known, address: name)], srvTargets: srvTargets,
                        reason: reasons.isEmpty ? nil : reasons.joined(separator: "; ")))
            }
            return HostResolution(
                host: p.request.original, classification: p.classification.label, estateMatch: nil, providerMatch: nil,
                resolution: Resolution(
                    method: .unresolved, cnameChain: chain, srvTargets: srvTargets,
                    reason: reasons.isEmpty ? "no addresses" : reasons.joined(separator: "; ")))
        }
        var locations: [Location] = []
        var estateNotes: [String] = []
        for ip in addresses {
            let (loc, note) = locate(ip, names: chain + [name], known: known)
            if let loc {
                locations.append(loc)
            } else {
                let special = SpecialRange.containing(ip)
                reasons.append(
                    special.map {
                        "\(ip) is a \($0.category) address (\($0.reference)) not covered by the estate file's networks"
                    }
                        ?? "no location for \(ip) (no estate network, no geodata, no provider knowledge)")
            }
            if let note { estateNotes.append(note) }
        }
        return HostResolution(
            host: p.request.original, classification: p.classification.label,
            estateMatch: estateNotes.isEmpty ? nil : estateNotes.joined(separator: "; "), providerMatch: providerNote,
            resolution: Resolution(
                method: .dns, cnameChain: chain, addresses: addresses.map(\.description),
                locations: locations, srvTargets: srvTargets,
                reason: reasons.isEmpty ? nil : reasons.joined(separator: "; ")))
    }

    /// Estate networks first (the organisation knows its own ranges), then the geolocation seam,
    /// then the catalogue's knowledge of a name in the chain.
    private func locate(_ ip: IPAddress, names: [String], known: ProviderMatch? = nil) -> (Location?, String?) {
        if let net = estate.network(for: ip), let site = estate.sites[net.site] {
            return (
                siteLocation(site, address: ip.description),
                "networks: \(net.network)" + (net.line.map { " (line \($0))" } ?? "") + " → site \(site.name)"
            )
        }
        if var loc = locator?.locate(ip) {
            if let asn = loc.asn, let op = catalogue.provider(forASN: asn) {
                loc.provider = loc.provider ?? op.name
                loc.jurisdiction = loc.jurisdiction ?? op.jurisdiction
            }
            if let known, loc.provider == nil {
                loc.provider = known.provider.name
                loc.jurisdiction = known.provider.jurisdiction
            }
            return (loc, nil)
        }
        if let known, known.country != nil { return (catalogueLocation(known, address: ip.description), nil) }
        return (nil, nil)
    }

    private func siteLocation(_ site: EstateSite, address: String) -> Location {
        var loc = Location(
            address: address, country: site.country, city: site.city, latitude: site.latitude,
            longitude: site.longitude,
            provider: site.provider, jurisdiction: site.jurisdiction ?? site.country, source: .estate)
        if site.latitude != nil, site.longitude != nil { loc.precision = .city }
        return loc
    }

    private func catalogueLocation(_ m: ProviderMatch, address: String) -> Location {
        var loc = Location(
            address: address, country: m.country, provider: m.provider.name, jurisdiction: m.provider.jurisdiction,
            source: .providerCatalog)
        if let region = m.region, let table = m.service.regionTable,
            let site = catalogue.site(table: table, region: region)
        {
            loc.city = site.city
            loc.latitude = site.latitude
            loc.longitude = site.longitude
            loc.precision = .region
        }
        return loc
    }

    private func describe(_ m: ProviderMatch) -> String {
        var s = "\(m.provider.name): \(m.service.service)"
        if let r = m.region { s += ", region \(r)" }
        if let c = m.country { s += " → \(c)" }
        s += m.provider.usJurisdiction ? " (US jurisdiction)" : " (seat \(m.provider.legalSeat))"
        return s
    }
}
