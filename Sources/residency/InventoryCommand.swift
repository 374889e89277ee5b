import ArgumentParser
import Audit
import Foundation
import Reporting

/// `residency inventory [PATH]`: the data-location inventory for the GDPR Art. 30 record of
/// processing, from the same scan, resolution and policy as `audit` (same options).
struct InventoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inventory",
        abstract:
            "List every datastore, queue, object store and telemetry sink: systems, location, operator, jurisdiction, transfer mechanism.",
        discussion: """
            One row per datastore (a Terraform declaration and its host names are one row). The transfer \
            mechanism is what the policy implies: none inside the allowed countries, adequacy decision for \
            an adequate country, SCCs with a transfer impact assessment otherwise, unknown when not located. \
            Exit codes: 0 written; 2 the run could not be done as asked.
            """)

    @OptionGroup var scan: ScanOptionsGroup
    @OptionGroup var audit: AuditOptions
    @Option(
        help: ArgumentHelp(
            "Format: \(InventoryFormat.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "format"))
    var format: InventoryFormat = .text
    @OptionGroup var output: OutputOptions

    func run() throws {
        let request = try audit.request(scan: scan, ownFiles: [output.output].compactMap { $0 })
        let inventory: DataInventory
        do { inventory = try Auditor.inventory(request) } catch { throw CommandExit.fail(error) }
        CommandExit.warn(request.geodata?.warnings ?? [])
        try output.write(try format.render(inventory))
    }
}

extension InventoryFormat: ExpressibleByArgument {}
