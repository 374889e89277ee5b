import Foundation
import Policy
import Reporting
import ResidencyCore
import TestSupport
import Testing

/// `docs/schema/inventory.schema.json` holds for what `residency inventory --format json` writes:
/// the nordic-shop inventory (NordicShopInventoryTests keeps the golden file byte-equal to the
/// command's output) and a rendered inventory with an unlocated row; inventories residency would
/// never write fail it, and its enumerations are the code's.
@Suite(.enabled(if: SchemaValidator.available, "needs python3 with jsonschema (scripts/install-deps)"))
struct InventorySchemaTests {
    static var nordicShopInventory: Data {
        get throws {
            try Data(contentsOf: PackagePaths.fixtures.appendingPathComponent("golden/nordic-shop.inventory.json"))
        }
    }

    static func row(countries: [String], mechanism: TransferMechanism, method: Resolution.Method) -> DataInventory.Row {
        DataInventory.Row(
            systems: ["orders"], datastore: "db.example.net", endpointId: "postgres://db.example.net:5432",
            kind: .postgres,
            role: .datastore, countries: countries, cities: [], operators: [], jurisdictions: countries,
            transferMechanism: mechanism.rawValue, locatedBy: method.rawValue, evidence: ["k8s/orders.yaml:12"])
    }

    @Test func theNordicShopInventoryIsValid() throws {
        #expect(try SchemaValidator.errors(try Self.nordicShopInventory, against: "inventory") == [])
    }

    @Test func aRenderedInventoryWithAnUnlocatedRowIsValid() throws {
        let inventory = DataInventory(
            scannedPath: ".", auditDate: "2026-11-30", policy: ["default"],
            rows: [
                Self.row(countries: [], mechanism: .unknown, method: .unresolved),
                Self.row(countries: ["US"], mechanism: .standardContractualClauses, method: .dns),
            ])
        let json = try InventoryFormat.json.render(inventory)
        #expect(try SchemaValidator.errors(Data(json.utf8), against: "inventory") == [])
    }

    @Test func aWrongInventoryFails() throws {
        var doc = try #require(try JSONSerialization.jsonObject(with: try Self.nordicShopInventory) as? [String: Any])
        var rows = try #require(doc["rows"] as? [[String: Any]])
        rows[0]["role"] = "upstream"
        rows[1]["transferMechanism"] = "BCRs"
        rows[2].removeValue(forKey: "evidence")
        rows[3]["countries"] = ["Norway"]
        rows[4]["owner"] = "team-a"
        doc["rows"] = rows
        doc["schemaVersion"] = 2
        let errors = try SchemaValidator.errors(doc, against: "inventory")
        #expect(errors.contains { $0.hasPrefix("/rows/0/role:") })
        #expect(errors.contains { $0.hasPrefix("/rows/1/transferMechanism:") })
        #expect(errors.contains { $0.hasPrefix("/rows/2:") && $0.contains("'evidence' is a required property") })
        #expect(errors.contains { $0.hasPrefix("/rows/3/countries/0:") })
        #expect(errors.contains { $0.hasPrefix("/rows/4:") && $0.contains("owner") })
        #expect(errors.contains { $0.hasPrefix("/schemaVersion:") })
    }

    /// A new kind, role, mechanism or method in the code must reach the schema users validate with.
    @Test func theEnumerationsAreTheCodes() throws {
        let schema = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: SchemaValidator.schema("inventory")))
                as? [String: Any])
        let defs = try #require(schema["$defs"] as? [String: Any])
        let properties = try #require((defs["row"] as? [String: Any])?["properties"] as? [String: Any])
        func listed(_ key: String) -> Set<String> {
            Set((properties[key] as? [String: Any])?["enum"] as? [String] ?? [])
        }
        #expect(listed("kind") == Set(EndpointKind.allCases.map(\.rawValue)))
        #expect(listed("role") == Set(DataInventory.roles.map(\.rawValue)))
        #expect(listed("transferMechanism") == Set(TransferMechanism.allCases.map(\.rawValue)))
        #expect(listed("locatedBy") == Set(Resolution.Method.allCases.map(\.rawValue)))
    }
}
