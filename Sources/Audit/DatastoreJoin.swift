import ResidencyCore

/// Joins each Terraform-declared datastore, queue or bucket with the host names it produces, so
/// one datastore is one endpoint with every piece of evidence (the declaration and every
/// reference) and gets one finding per rule, not one for the code and one for each config.
///
/// Runs after resolution and before the policy: the runtime endpoint survives (its host name
/// is what clients connect to, its resolution the more exact), takes the declaration's sources,
/// components and placement, and records every part as an alias (suppressions and baselines by
/// either name keep covering it). Endpoints nothing joins are returned unchanged, so their
/// findings keep their fingerprints. A match that is not unique (a host two declarations could
/// produce, two brokers in one region) joins nothing: a wrong join would hide a datastore.
enum DatastoreJoin {
    static func join(_ endpoints: [AuditedEndpoint]) -> [AuditedEndpoint] {
        let declared = endpoints.indices.filter { isDeclaration(endpoints[$0].endpoint) }
        // Only provider host names can be produced by a declaration: on a large estate that is a
        // small share of the endpoints, so each declaration is compared with those alone.
        let runtime = endpoints.indices.filter {
            !isDeclaration(endpoints[$0].endpoint) && isProviderName(endpoints[$0].endpoint.host)
        }

        // Runtime index → the declarations whose names it matches.
        var claims: [Int: [Int]] = [:]
        for d in declared {
            let e = endpoints[d].endpoint
            guard let placement = e.placement, let type = resourceType(of: e) else { continue }
            let names = candidateNames(of: e)
            var byName: [Int] = []
            var byRegion: [Int] = []
            for r in runtime {
                switch ManagedHostNames.match(
                    host: endpoints[r].endpoint.host, resourceType: type, region: placement.region, names: names)
                {
                case .name: byName.append(r)
                case .regionOnly: byRegion.append(r)
                case .none: break
                }
            }
            if !byRegion.isEmpty, onlyDeclaration(of: type, in: placement.region, at: d, endpoints, declared) {
                byName += byRegion
            }
            for r in byName { claims[r, default: []].append(d) }
        }

        // Declaration → its runtime endpoints, unique claims only.
        var groups: [Int: [Int]] = [:]
        for (r, ds) in claims where ds.count == 1 { groups[ds[0], default: []].append(r) }
        // Nothing joined (most estates, and every one without Terraform): the list as it came,
        // not a copy of each of its endpoints.
        if groups.isEmpty { return endpoints }
        var absorbed: Set<Int> = []
        var replaced: [Int: AuditedEndpoint] = [:]
        for (d, rs) in groups {
            let sorted = rs.sorted { endpoints[$0].endpoint.id < endpoints[$1].endpoint.id }
            let survivor = sorted[0]
            replaced[survivor] = merge(
                endpoints[survivor], with: sorted.dropFirst().map { endpoints[$0] } + [endpoints[d]])
            absorbed.formUnion(sorted.dropFirst())
            absorbed.insert(d)
        }
        return endpoints.indices.compactMap { i in absorbed.contains(i) ? nil : (replaced[i] ?? endpoints[i]) }
    }

    /// The suffixes of every form `ManagedHostNames` knows, and Cloud SQL's `project:region:instance`.
    private static func isProviderName(_ host: String) -> Bool {
        host.hasSuffix(".amazonaws.com") || host.hasSuffix(".azure.com") || host.hasSuffix(".windows.net")
            || host.utf8.contains(UInt8(ascii: ":"))
    }

    /// A Terraform resource placed by its region, not a host name (`aws_db_instance.orders`,
    /// `envs/prod/aws_db_instance.orders` when the address is qualified by its folder).
    static func isDeclaration(_ e: Endpoint) -> Bool {
        e.placement != nil && resourceType(of: e) != nil
    }

    /// The type of the resource a declaration creates: its own, or, for a call of a local module
    /// (`module.replica`), the type of the resource that module declares.
    private static func resourceType(of e: Endpoint) -> String? {
        guard let type = e.placement?.resourceType, !type.hasPrefix("module:") else { return nil }
        let local = localAddress(of: e)
        return local.hasPrefix(type + ".") || local.hasPrefix("module.") ? type : nil
    }

    private static func localAddress(of e: Endpoint) -> Substring {
        e.host.split(separator: "/").last ?? Substring(e.host)
    }

    /// The names the resource's hosts start with: those it declares (`identifier = "orders-db"`,
    /// `bucket`, `name`, a prefix), read by the scan from literals, variable defaults, locals and
    /// templates of them. A declaration that names none the scan can read (the attribute absent, or
    /// an input without a default) stands for its address's local name (`analytics_replica` →
    /// `analytics-replica`): the convention of naming both alike.
    static func candidateNames(of e: Endpoint) -> ResourceNames {
        if let p = e.placement, !p.names.isEmpty || !p.namePrefixes.isEmpty {
            return ResourceNames(exact: p.names, prefixes: p.namePrefixes)
        }
        // A module's name says nothing of its resource's (`module.db` creates `orders-db`).
        guard !localAddress(of: e).hasPrefix("module."), let dot = localAddress(of: e).firstIndex(of: ".") else {
            return ResourceNames(exact: [])
        }
        let local = String(localAddress(of: e)[localAddress(of: e).index(after: dot)...])
        let dashed = String(local.map { $0 == "_" ? "-" : $0 })
        return ResourceNames(exact: dashed == local ? [local] : [dashed, local])
    }

    private static func onlyDeclaration(
        of type: String, in region: String, at d: Int, _ endpoints: [AuditedEndpoint],
        _ declared: [Int]
    ) -> Bool {
        !declared.contains { i in
            i != d && endpoints[i].endpoint.placement?.resourceType == type
                && endpoints[i].endpoint.placement?.region == region
        }
    }

    /// The survivor with the others' sources, components and placement; every part, the
    /// survivor as it was included, becomes an alias.
    static func merge(_ survivor: AuditedEndpoint, with others: [AuditedEndpoint]) -> AuditedEndpoint {
        var e = survivor.endpoint
        let all = [survivor.endpoint] + others.map(\.endpoint)
        e.sources = Array(Set(all.flatMap(\.sources))).sorted()
        e.components = Array(Set(all.flatMap(\.components))).sorted()
        e.placement = e.placement ?? others.lazy.compactMap(\.endpoint.placement).first
        e.tls = all.contains { $0.tls }
        if e.role == .other, let role = others.map(\.endpoint.role).first(where: { $0 != .other }) { e.role = role }
        var resolution = survivor.resolution
        // A host that could not be placed is still where the code put it.
        if resolution.locations.isEmpty, let placed = others.first(where: { !$0.resolution.locations.isEmpty }) {
            resolution = placed.resolution
        }
        let aliases = all.map(EndpointAlias.init) + survivor.aliases + others.flatMap(\.aliases)
        return AuditedEndpoint(endpoint: e, resolution: resolution, aliases: aliases)
    }
}
