import ArgumentParser
import Audit
import Foundation
import Resolving

/// `residency init [PATH]`: a starter `residency.yaml` from a scan, to fill in.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract:
            "Write a starter estate file (residency.yaml) from a scan: the private networks, cluster names and unresolved hosts found, to fill in.",
        discussion: """
            Nothing is resolved over the network. Every entry is written commented out, pointing at the \
            placeholder site my-site, so the file loads as it is; uncomment and fill in what is true.
            """)

    @OptionGroup var scan: ScanOptionsGroup
    @Option(
        name: [.customShort("o"), .customLong("output")],
        help: ArgumentHelp("Where to write it; '-' for stdout. Default: residency.yaml in PATH.", valueName: "file"))
    var output: String?
    @Flag(help: "Overwrite an existing file.")
    var force = false

    func run() throws {
        let target = output ?? (scan.folder as NSString).appendingPathComponent("residency.yaml")
        if target != "-", !force, FileManager.default.fileExists(atPath: target) {
            throw CommandExit.fail("\(target) already exists; not overwritten (use --force to replace it)")
        }
        let catalogue: ProviderCatalogue
        do { catalogue = try .builtIn() } catch { throw CommandExit.fail(error) }
        let findings = EstateStarter.survey(
            root: scan.rootURL, options: scan.scanOptions(ownFiles: target == "-" ? [] : [target]),
            catalogue: catalogue)
        let text = EstateStarter.render(findings, scannedPath: scan.path, expires: Self.inNinetyDays())
        if target == "-" {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try text.write(toFile: target, atomically: true, encoding: .utf8)
        } catch {
            throw CommandExit.fail("\(target): cannot write the estate file (\(error.localizedDescription))")
        }
        FileHandle.standardError.write(
            Data(
                ("residency: wrote \(target): \(findings.networks.count) private networks, "
                    + "\(findings.clusterNames.count) in-cluster names, \(findings.unresolvedHosts.count) unresolved hosts to fill in\n")
                    .utf8))
    }

    /// The suppression template's expiry: a quarter from today, so a copied template is reviewed soon.
    static func inNinetyDays() -> String {
        AuditClock.today(now: Date().addingTimeInterval(90 * 86_400))
    }
}
