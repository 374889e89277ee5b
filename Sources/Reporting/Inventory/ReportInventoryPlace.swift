/// How a reader names where a row is: its cities, its sites in brackets, its operators
/// (`Dublin (eu-west-1), Amazon Web Services`, `Oslo (oslo-1), Nordicshop AS`); empty when
/// nothing is known. One wording for the inventory and the reports that open with it.
enum ReportInventoryPlace {
    static func text(_ r: DataInventory.Row) -> String {
        var here = r.cities.joined(separator: ", ")
        let sites = r.sites.joined(separator: ", ")
        if !sites.isEmpty { here = here.isEmpty ? sites : "\(here) (\(sites))" }
        return [here, r.operators.joined(separator: ", ")].filter { !$0.isEmpty }.joined(separator: ", ")
    }
}
