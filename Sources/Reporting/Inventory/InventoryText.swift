import ResidencyCore

/// The inventory for people: a heading per country (unlocated last), one line per datastore
/// with where, who and the transfer mechanism, then the systems using it and its evidence.
enum InventoryText {
    static func render(_ inventory: DataInventory) -> String {
        var out =
            "Data inventory of \(inventory.scannedPath) (\(inventory.auditDate), policy \(inventory.policy.joined(separator: ", ")))\n"
        // (`none` is Policy's TransferMechanism.none: no transfer, inside the allowed countries.)
        let transfers = inventory.rows.filter { $0.transferMechanism != "none" }.count
        out +=
            "\(inventory.rows.count) datastores, queues, object stores and telemetry sinks; \(transfers) need a transfer mechanism or a location\n"
        var country: String?
        for r in inventory.rows {
            let here = r.countries.isEmpty ? "not located" : r.countries.joined(separator: ", ")
            if here != country {
                out += "\n\(here)\n"
                country = here
            }
            let place = ReportInventoryPlace.text(r)
            out += "  \(clean(r.datastore)) (\(r.role.rawValue), \(clean(r.endpointId)))\n"
            let located = r.countries.isEmpty ? "not placed (\(r.locatedBy))" : "located by \(r.locatedBy)"
            out += "    where:        \(clean(place.isEmpty ? "unknown" : place)); \(located)\n"
            out +=
                "    jurisdiction: \(r.jurisdictions.isEmpty ? "unknown" : r.jurisdictions.joined(separator: ", "))\n"
            out += "    transfer:     \(r.transferMechanism)\n"
            out +=
                "    used by:      \(r.systems.isEmpty ? "no service named in the files" : clean(r.systems.joined(separator: ", ")))\n"
            for (i, place) in r.evidence.enumerated() {
                out += (i == 0 ? "    evidence:     " : "                  ") + clean(place) + "\n"
            }
        }
        return out
    }

    private static func clean(_ s: String) -> String { ControlCharacters.line(s) }
}
