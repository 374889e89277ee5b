import ArgumentParser
import Audit
import Foundation
import Reporting

/// `residency baseline [PATH] -o FILE`: records today's findings so that a CI gate run with
/// `--baseline FILE` fails on new findings only. Same options as `audit`, so the fingerprints
/// are computed under the same conditions.
struct BaselineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "baseline",
        abstract: "Record today's findings so that a CI gate fails on new ones only.")

    @OptionGroup var scan: ScanOptionsGroup
    @OptionGroup var audit: AuditOptions
    @Option(
        name: [.customShort("o"), .customLong("output")],
        help: ArgumentHelp("The baseline file to write.", valueName: "file"))
    var output: String

    func run() throws {
        let request = try audit.request(scan: scan, ownFiles: [output])
        let outcome: Auditor.Outcome
        do { outcome = try Auditor.run(request) } catch { throw CommandExit.fail(error) }
        CommandExit.warn(request.geodata?.warnings ?? [])
        let baseline = Baseline(findings: outcome.findings, createdFrom: request.displayPath)
        do {
            try baseline.render().write(toFile: output, atomically: true, encoding: .utf8)
        } catch {
            throw CommandExit.fail("\(output): cannot write the baseline (\(error.localizedDescription))")
        }
        FileHandle.standardError.write(
            Data("residency: recorded \(baseline.entries.count) findings in \(output)\n".utf8))
    }
}
