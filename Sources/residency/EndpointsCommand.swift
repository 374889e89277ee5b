import ArgumentParser
import Foundation
import Reporting
import ResidencyCore
import Scanning

/// `residency endpoints [PATH]`: the scan stage alone.
struct EndpointsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "endpoints",
        abstract: "List every datastore, queue, object store, upstream and telemetry endpoint, with its sources.")

    @OptionGroup var scan: ScanOptionsGroup
    @Option(help: "Report format: text or json.") var format: ListingFormat = .text
    @OptionGroup var output: OutputOptions

    func run() throws {
        let result = ScanEngine(options: scan.scanOptions(ownFiles: output.output.map { [$0] } ?? [])).scan(
            root: scan.rootURL)
        let doc = EndpointsDocument(
            scannedPath: scan.path, files: result.files, endpoints: result.endpoints,
            unresolved: result.unresolved, diagnostics: result.diagnostics,
            skippedBinary: result.skippedBinary.count)
        switch format {
        case .text: try output.write(EndpointsText.render(doc))
        case .json: try output.stream { emit in try JSONOutput.write(doc, to: emit) }
        }
        KeptUntilExit.keep(result, doc)
    }
}
