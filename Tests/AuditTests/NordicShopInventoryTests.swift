import Foundation
import Policy
import Reporting
import ResidencyCore
import Resolving
import TestSupport
import Testing

@testable import Audit

/// `residency inventory` on the example estate: one row per datastore after the Terraform join,
/// the transfer mechanism the policy implies, and golden files of the three formats.
///
/// Regenerate after a deliberate change: `RESIDENCY_UPDATE_GOLDEN=1 swift test --filter NordicShopInventory`.
@Suite struct NordicShopInventoryTests {
    static func inventory() throws -> DataInventory {
        let root = NordicShopAuditTests.estateFolder
        let estate = try EstateFile.load(path: root.appendingPathComponent("residency.yaml").path)
        let request = AuditRequest(
            root: root, displayPath: "fixtures/nordic-shop", estate: estate, estatePath: "residency.yaml",
            catalogue: try .builtIn(),
            mode: .offline, geodata: nil, policy: try PolicyLoader.shipped(), today: NordicShopAuditTests.day)
        return try Auditor.inventory(request)
    }

    @Test func oneRowPerDatastoreWithItsEvidenceAndMechanism() throws {
        let rows = try Self.inventory().rows
        let replica = rows.filter { $0.datastore.hasPrefix("analytics-replica.") }
        #expect(replica.count == 1)
        #expect(replica.first?.evidence == ["k8s/order-service/config.yaml:34", "terraform/rds.tf:43"])
        #expect(replica.first?.transferMechanism == "SCCs with a transfer impact assessment")
        #expect(replica.first?.systems == ["order-service"])
        #expect(replica.first?.countries == ["US"])
        // Joined declarations are not rows of their own; the broker is one row, in Stockholm.
        for address in [
            "aws_db_instance.analytics_replica", "aws_rds_cluster.payments_ledger", "aws_docdb_cluster.profiles",
            "aws_mq_broker.events",
        ] {
            #expect(!rows.contains { $0.datastore == address }, "\(address)")
        }
        let broker = rows.filter { $0.datastore.hasSuffix(".mq.eu-north-1.amazonaws.com") }
        #expect(broker.count == 1 && broker.first?.evidence.contains("terraform/messaging.tf:3") == true)
        #expect(broker.first?.transferMechanism == "none" && broker.first?.cities == ["Stockholm"])
        // Sites: the provider's region from the host name (and the joined declaration's), the
        // estate's site name for what the estate file places.
        #expect(replica.first?.sites == ["us-east-1"])
        #expect(broker.first?.sites == ["eu-north-1"])
        #expect(rows.first { $0.datastore == "10.20.4.15" }?.sites == ["oslo-1"])
        #expect(rows.first { $0.datastore == "azurerm_postgresql_flexible_server.reviews" }?.sites == ["norwayeast"])
        // Only datastores, queues, object stores and telemetry sinks; an unplaced one is unknown.
        #expect(rows.allSatisfy { DataInventory.roles.contains($0.role) })
        #expect(!rows.contains { $0.role == .upstream })
        #expect(rows.first { $0.datastore == "172.16.40.12" }?.transferMechanism == "unknown")
    }

    @Test(arguments: InventoryFormat.allCases)
    func golden(_ format: InventoryFormat) throws {
        let rendered = try format.render(try Self.inventory())
        let file = PackagePaths.fixtures.appendingPathComponent(
            "golden/nordic-shop.inventory.\(format == .text ? "txt" : format.rawValue)")
        let golden = try Golden.text(at: file, rendered: rendered)
        #expect(
            rendered == golden,
            "regenerate with RESIDENCY_UPDATE_GOLDEN=1 and review the diff; \(Golden.firstDifference(rendered, golden))"
        )
    }

    @Test func jsonDecodesBackToTheSameInventory() throws {
        let inventory = try Self.inventory()
        let json = try InventoryFormat.json.render(inventory)
        #expect(try JSONDecoder().decode(DataInventory.self, from: Data(json.utf8)) == inventory)
    }
}
