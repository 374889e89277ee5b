import ResidencyCore

/// The data inventory as a Markdown table for the pull-request comment: one row per datastore,
/// queue, object store and telemetry sink, grouped by country (outside the EEA first), with where
/// it is, whose law applies, how it was located, who uses it and its findings.
enum MarkdownInventory {
    private typealias M = MarkdownEscaping

    /// The table, sanitised, or nil once it is longer than `limit` UTF-8 bytes: the comment
    /// cannot hold it, and a large estate's table is not written out only to be left out.
    static func render(_ people: ReportInventory, within limit: Int) -> String? {
        var out = "\n## Data inventory\n\n"
        if people.rowCount == 0 {
            out += "No datastores, queues, object stores or telemetry sinks found.\n"
            return out.utf8.count <= limit ? out : nil
        }
        out += "| Country | Datastore | Role | Where | Jurisdiction | Located by | Used by | Findings |\n"
        out += "|---|---|---|---|---|---|---|---|\n"
        var bytes = out.utf8.count
        for group in people.groups {
            for r in group.rows {
                guard bytes <= limit else { return nil }
                let row = r.row
                let line = ControlCharacters.replace(
                    in: M.row([
                        M.text(
                            group.standing == .unlocated
                                ? "not located" : "\(group.countries) (\(group.standing.heading))"),
                        M.code(row.datastore), row.role.rawValue,
                        M.text(ReportInventory.place(row)),
                        M.text(row.jurisdictions.isEmpty ? "unknown" : row.jurisdictions.joined(separator: ", ")),
                        M.text(row.locatedBy),
                        M.text(row.systems.isEmpty ? "no service named" : row.systems.joined(separator: ", ")),
                        M.text(r.findingsLine),
                    ]))
                out += line
                bytes += line.utf8.count
            }
        }
        return bytes <= limit ? out : nil
    }
}
