import ArgumentParser
import ConfigFiles
import Foundation
import ResidencyCore
import Resolving

/// `--config`, `--dns-server`, `--offline`: how names are resolved, shared by every command that
/// resolves (resolve now, audit later).
struct ResolutionOptions: ParsableArguments {
    @Option(
        name: .customLong("config"),
        help: ArgumentHelp(
            "The estate file. Default: residency.yaml in the scanned path (resolve: the current folder) when present.",
            valueName: "file"))
    var config: String?

    @Option(
        name: .customLong("dns-server"),
        help: ArgumentHelp(
            "Query this DNS server directly (our own client, CNAME chains and SRV followed). Default: the system resolver.",
            valueName: "host[:port]"))
    var dnsServer: String?

    @Flag(
        name: .customLong("offline"), help: "No DNS at all: IP literals, the estate file and hostname knowledge only.")
    var offline = false

    @Option(
        name: .customLong("catalogue"),
        help: ArgumentHelp(
            "A provider catalogue of your own (the shape of providers/catalogue.yaml); its entries are tried before the built-in ones.",
            valueName: "file"))
    var catalogue: String?

    // Exit 2 (CONTRACT.md: the run could not be done as asked), not ArgumentParser's 64.
    func validate() throws {
        if offline && dnsServer != nil { throw CommandExit.fail("--offline and --dns-server contradict each other") }
        if let dnsServer, DNSServerAddress(dnsServer) == nil {
            throw CommandExit.fail(
                "--dns-server: '\(dnsServer)' is not an IP address with an optional port (1.1.1.1, 127.0.0.1:5353, [::1]:53)"
            )
        }
    }

    /// The estate file: `--config`, else `<root>/residency.yaml` when present, else empty.
    /// With `knownRules`, a suppression naming anything else is an error at its line.
    func estate(root: String = ".", knownRules: Set<String>? = nil) throws -> EstateFile {
        let path: String
        if let config {
            path = config
        } else {
            let candidate = (root as NSString).appendingPathComponent("residency.yaml")
            guard FileManager.default.fileExists(atPath: candidate) else { return EstateFile() }
            path = candidate
        }
        do { return try EstateFile.load(path: path, knownRules: knownRules) } catch { throw CommandExit.fail(error) }
    }

    /// The built-in catalogue, extended by `--catalogue`.
    func providerCatalogue() throws -> ProviderCatalogue {
        do {
            guard let catalogue else { return try .builtIn() }
            let text = try ConfigText.read(path: catalogue, what: "provider catalogue")
            return try ProviderCatalogue.builtIn().merging(try ProviderCatalogue.load(yaml: text, file: catalogue))
        } catch {
            throw CommandExit.fail(error)
        }
    }

    var mode: Resolver.Mode {
        if offline { return .offline }
        if let dnsServer, let server = DNSServerAddress(dnsServer) { return .server(DNSWireClient(server: server)) }
        return .system(SystemResolver())
    }
}
