import ArgumentParser
import Audit
import Foundation
import Geolocation
import Policy
import ResidencyCore
import Resolving

/// What an audit resolves with and judges by: estate, DNS, geodata, policy, day. Shared by
/// `audit` and `baseline`, so a baseline is recorded under exactly the audit's conditions.
struct AuditOptions: ParsableArguments {
    @OptionGroup var resolution: ResolutionOptions
    @OptionGroup var geo: GeoDatabaseOptions
    @Option(
        name: .customLong("policy"),
        help: ArgumentHelp(
            "A policy file (repeatable, merged in order). Default: the built-in default policy (policies/default.yaml).",
            valueName: "file"))
    var policies: [String] = []
    @Option(
        name: .customLong("date"),
        help: ArgumentHelp(
            "Judge as of this day (YYYY-MM-DD, UTC): suppression expiry and geodata age. Default: today, or $RESIDENCY_AUDIT_DATE.",
            valueName: "day"))
    var date: String?

    func validate() throws {
        if let date, AuditClock.date(date) == nil {
            throw ValidationError("--date: '\(date)' is not a day in the form YYYY-MM-DD")
        }
    }

    /// The request; `ownFiles` are the other files this run reads or writes (baseline, report),
    /// which, with the estate file and the policy and catalogue files it is given, are never
    /// audit input (a catalogue's hostname patterns would otherwise become endpoints).
    func request(scan: ScanOptionsGroup, ownFiles: [String] = []) throws -> AuditRequest {
        let trace = PhaseTrace.fromEnvironment()
        let estatePath =
            resolution.config
            ?? {
                let candidate = (scan.folder as NSString).appendingPathComponent("residency.yaml")
                return FileManager.default.fileExists(atPath: candidate) ? candidate : nil
            }()
        let estate = try resolution.estate(root: scan.folder, knownRules: RuleRegistry.suppressibleNames)
        let policy: Policy
        do {
            policy = policies.isEmpty ? try PolicyLoader.shipped() : try PolicyLoader.load(files: policies)
        } catch {
            throw CommandExit.fail(error)
        }
        let today = try day()
        return AuditRequest(
            root: scan.rootURL, displayPath: scan.path,
            scanOptions: scan.scanOptions(ownFiles: ownFiles + inputFiles(estate: estatePath)), estate: estate,
            estatePath: estatePath.map { relative($0, to: scan.folder) }, catalogue: try resolution.providerCatalogue(),
            mode: resolution.mode, geodata: try geodata(), policy: policy, today: today, trace: trace)
    }

    /// The configuration files this run reads: estate, policies, catalogue.
    private func inputFiles(estate: String?) -> [String] {
        [estate, resolution.catalogue].compactMap { $0 } + policies
    }

    private func day() throws -> String {
        if let date { return date }
        if let env = ProcessInfo.processInfo.environment["RESIDENCY_AUDIT_DATE"], !env.isEmpty {
            guard AuditClock.date(env) != nil else {
                throw CommandExit.fail("RESIDENCY_AUDIT_DATE: '\(env)' is not a day in the form YYYY-MM-DD")
            }
            return env
        }
        return AuditClock.today()
    }

    private func geodata() throws -> GeoDatabases? {
        try geo.locating(consequence: "public addresses will be reported as unknown-location")
    }

    /// The estate file as the report names it: relative to the scanned path when inside it.
    private func relative(_ path: String, to root: String) -> String {
        let full = URL(fileURLWithPath: path).standardizedFileURL.path
        let base = URL(fileURLWithPath: root).standardizedFileURL.path
        if full.hasPrefix(base + "/") { return String(full.dropFirst(base.count + 1)) }
        return path
    }
}
