/// The inventory as RFC 4180 CSV for a spreadsheet or a record-of-processing tool: one record
/// per row, lists joined with `; ` in one cell, fields escaped (and formulas defused) by
/// `CSVField`, CRLF after every record.
enum InventoryCSV {
    static let columns = [
        "system", "datastore", "endpointId", "kind", "role", "country", "city", "site", "operator", "jurisdiction",
        "transferMechanism", "locatedBy", "evidence",
    ]

    static func render(_ inventory: DataInventory) -> String {
        let rows =
            [columns]
            + inventory.rows.map { r in
                [
                    r.systems.joined(separator: "; "), r.datastore, r.endpointId, r.kind.rawValue, r.role.rawValue,
                    r.countries.joined(separator: "; "), r.cities.joined(separator: "; "),
                    r.sites.joined(separator: "; "), r.operators.joined(separator: "; "),
                    r.jurisdictions.joined(separator: "; "), r.transferMechanism, r.locatedBy,
                    r.evidence.joined(separator: "; "),
                ]
            }
        return rows.map { $0.map(CSVField.encode).joined(separator: ",") + "\r\n" }.joined()
    }
}
