import ArgumentParser

/// `--format` of the commands that print a listing (`endpoints`, `resolve`, `geo lookup`,
/// `geo info`): `text` for people, `json` for programs. The audit and the inventory have report
/// formats of their own (`AuditFormat`, `InventoryFormat`).
enum ListingFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
