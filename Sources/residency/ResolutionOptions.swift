import ArgumentParser
import Foundation
import Resolution

/// `--config`, `--dns-server`, `--offline`: how names are resolved, shared by every command that
/// resolves (resolve now, audit later).
struct ResolutionOptions: ParsableArguments {
    @Option(name: .customLong("config"), help: ArgumentHelp("The estate file. Default: residency.yaml in the scanned path (resolve: the current folder) when present.", valueName: "file"))
    var config: String?

    @Option(name: .customLong("dns-server"), help: ArgumentHelp("Query this DNS server directly (our own client, CNAME chains and SRV followed). Default: the system resolver.", valueName: "host[:port]"))
    var dnsServer: String?

    @Flag(name: .customLong("offline"), help: "No DNS at all: IP literals, the estate file and hostname knowledge only.")
    var offline = false

    func validate() throws {
        if offline && dnsServer != nil { throw ValidationError("--offline and --dns-server contradict each other") }
        if let dnsServer, DNSServerAddress(dnsServer) == nil {
            throw ValidationError("--dns-server: '\(dnsServer)' is not an IP address with an optional port (1.1.1.1, 127.0.0.1:5353, [::1]:53)")
        }
    }

    /// The estate file: `--config`, else `<root>/residency.yaml` when present, else empty.
    func estate(root: String = ".") throws -> EstateFile {
        let path: String
        if let config { path = config } else {
            let candidate = (root as NSString).appendingPathComponent("residency.yaml")
            guard FileManager.default.fileExists(atPath: candidate) else { return EstateFile() }
            path = candidate
        }
        do { return try EstateFile.load(path: path) } catch { throw ResolutionExit.fail(error) }
    }

    var mode: Resolver.Mode {
        if offline { return .offline }
        if let dnsServer, let server = DNSServerAddress(dnsServer) { return .server(DNSWireClient(server: server)) }
        return .system(SystemResolver())
    }
}

/// Exit 2 with one line on stderr naming the file (and line): the run could not be done as asked.
enum ResolutionExit {
    static func fail(_ message: Any) -> ExitCode {
        FileHandle.standardError.write(Data("residency: \(message)\n".utf8))
        return ExitCode(2)
    }
}
