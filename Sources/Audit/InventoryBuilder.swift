import Policy
import Reporting
import ResidencyCore
import Resolving

/// Builds `residency inventory`'s rows from an audit's endpoints (after the Terraform join, so a
/// declared datastore and its host names are one row) and the policy in force.
enum InventoryBuilder {
    static func inventory(_ outcome: Auditor.Outcome, request: AuditRequest) -> DataInventory {
        let dpf = Auditor.dataPrivacyFramework(request.catalogue)
        // The rows on all cores, each read in place (filtering the endpoints first copied them).
        let (estate, catalogue, residency) = (request.estate, request.catalogue, request.policy.residency)
        let listed = outcome.endpoints.indices.filter {
            DataInventory.roles.contains(outcome.endpoints[$0].endpoint.role)
        }
        let rows = listed.concurrentMap { i -> DataInventory.Row in
            let a = outcome.endpoints[i]
            let e = a.endpoint
            let locations = a.resolution.locations
            let mechanism = TransferMechanism.implied(by: locations, policy: residency) { l in
                l.provider.flatMap { dpf[$0] } ?? .unknown
            }
            return DataInventory.Row(
                systems: e.components, datastore: e.host, endpointId: e.id, kind: e.kind, role: e.role,
                countries: a.countries, cities: unique(locations.compactMap(\.city)),
                sites: sites(a, estate: estate, catalogue: catalogue),
                operators: unique(locations.compactMap { $0.provider ?? $0.asOrganization }),
                jurisdictions: unique(locations.compactMap(\.jurisdiction)),
                transferMechanism: mechanism.rawValue, locatedBy: a.resolution.method.rawValue,
                evidence: e.sources.map { "\($0.path):\($0.line)" })
        }
        return DataInventory(
            scannedPath: request.displayPath, auditDate: request.today, policy: request.policy.names, rows: rows)
    }

    /// The estate's site names for the locations it gave, and the provider's region code (from
    /// the host name, or the Terraform declaration's region).
    private static func sites(_ a: AuditedEndpoint, estate: EstateFile, catalogue: ProviderCatalogue) -> [String] {
        var out: [String] = []
        for l in a.resolution.locations where l.source == .estate {
            let named = estate.sites.values.filter { s in
                s.country == l.country && s.city == l.city && s.provider == l.provider
                    && s.latitude == l.latitude && s.longitude == l.longitude
            }
            // Two sites alike in every field cannot be told apart: name neither.
            if named.count == 1, let s = named.first { out.append(s.name) }
        }
        if let region = a.endpoint.placement?.region { out.append(region) }
        if a.resolution.locations.contains(where: { $0.source == .providerCatalog }),
            let region = catalogue.match(host: a.endpoint.host)?.region
        {
            out.append(region)
        }
        return unique(out)
    }

    private static func unique(_ values: [String]) -> [String] {
        var seen: Set<String> = []
        return values.filter { seen.insert($0).inserted }
    }
}

extension Auditor {
    /// `residency inventory`: the audit's pipeline up to the join, then the inventory.
    public static func inventory(_ request: AuditRequest) throws -> DataInventory {
        InventoryBuilder.inventory(try run(request), request: request)
    }

    /// The inventory of an audit already run, for the reports that open with it.
    public static func inventory(_ outcome: Outcome, request: AuditRequest) -> DataInventory {
        InventoryBuilder.inventory(outcome, request: request)
    }
}
