import ArgumentParser
import Audit
import Foundation
import Policy
import Reporting
import ResidencyCore

/// `residency audit [PATH]`: scan, resolve, geolocate, judge, report; the exit code is the gate.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Scan PATH, resolve and geolocate every endpoint, check it against the policy, and report.",
        discussion: """
            Exit codes: 0 the run completed and no unsuppressed, non-baselined finding is at or above \
            --fail-on; 1 at least one is; 2 the run could not be done as asked (bad flag, unreadable or \
            invalid estate, policy, database or baseline file). A file under audit that cannot be parsed \
            is a config-error finding, never exit 2.
            """)

    @OptionGroup var scan: ScanOptionsGroup
    @OptionGroup var audit: AuditOptions
    @Option(
        help: ArgumentHelp(
            "Report format: \(AuditFormat.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "format"))
    var format: AuditFormat = .text
    @Option(
        name: .customLong("fail-on"),
        help: ArgumentHelp("The CI gate: a finding at or above this severity fails the run.", valueName: "severity"))
    var failOn: FailThreshold = .severity(.high)
    @Option(
        name: .customLong("baseline"),
        help: ArgumentHelp("Findings recorded in this baseline file do not fail the gate.", valueName: "file"))
    var baseline: String?
    @OptionGroup var output: OutputOptions

    func run() throws {
        let request = try audit.request(scan: scan, ownFiles: [baseline, output.output].compactMap { $0 })
        var base: Baseline?
        if let baseline {
            do { base = try Baseline.load(path: baseline) } catch { throw CommandExit.fail(error) }
        }
        let outcome: Auditor.Outcome
        do { outcome = try Auditor.run(request) } catch { throw CommandExit.fail(error) }
        CommandExit.warn(request.geodata?.warnings ?? [])
        let document = Auditor.document(outcome, request: request, failOn: failOn, baseline: base)
        let context = AuditRenderContext(
            repository: GitWorkTree.location(of: scan.rootURL), rules: ReportedRule.registered,
            inventory: format.showsInventory ? Auditor.inventory(outcome, request: request) : nil)
        request.trace?.mark("document")
        // Streamed: a large estate's JSON or SARIF report is written as it is encoded, never held whole.
        try output.stream { emit in try format.write(document, context: context, to: emit) }
        KeptUntilExit.keep(outcome, document, context)
        request.trace?.mark("render \(format.rawValue)")
        // A report written to a file leaves the CI log with an exit code only: say what it holds.
        if let file = output.output {
            FileHandle.standardError.write(Data("residency: \(document.summaryLine(reportPath: file))\n".utf8))
        }
        if !document.summary.passed { throw ExitCode(1) }
    }
}

extension AuditFormat: ExpressibleByArgument {}
