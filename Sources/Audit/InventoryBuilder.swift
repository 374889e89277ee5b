import Policy
import Reporting
import ResidencyCore

/// Builds `residency inventory`'s rows from an audit's endpoints (after the Terraform join, so a
/// declared datastore and its host names are one row) and the policy in force.
enum InventoryBuilder {
    static func inventory(_ outcome: Auditor.Outcome, request: AuditRequest) -> DataInventory {
        let dpf = Auditor.dataPrivacyFramework(request.catalogue)
        let rows = outcome.endpoints.filter { DataInventory.roles.contains($0.endpoint.role) }.map { a -> DataInventory.Row in
            let e = a.endpoint, locations = a.resolution.locations
            let mechanism = TransferMechanism.implied(by: locations, policy: request.policy.residency) { l in
                l.provider.flatMap { dpf[$0] } ?? .unknown
            }
            return DataInventory.Row(
                systems: e.components, datastore: e.host, endpointId: e.id, kind: e.kind, role: e.role,
                countries: a.countries, cities: unique(locations.compactMap(\.city)),
                operators: unique(locations.compactMap { $0.provider ?? $0.asOrganization }),
                jurisdictions: unique(locations.compactMap(\.jurisdiction)),
                transferMechanism: mechanism.rawValue, locatedBy: a.resolution.method.rawValue,
                evidence: e.sources.map { "\($0.path):\($0.line)" })
        }
        return DataInventory(scannedPath: request.displayPath, auditDate: request.today, policy: request.policy.names, rows: rows)
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
