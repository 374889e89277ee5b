import ArgumentParser
import Audit
import Foundation
import Reporting
import ResidencyCore
import Resolving

/// `residency resolve HOST...`: each host's resolution step by step.
struct ResolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resolve",
        abstract:
            "Show each host's resolution: estate file, DNS with CNAME chain and SRV targets, addresses, location, provider.",
        discussion: """
            HOST may be a name, an address ([2001:db8::1]), host:port, or a URL; mongodb+srv://NAME \
            looks up the SRV records _mongodb._tcp.NAME and then the targets.
            """)

    @Argument(help: "Hosts to resolve.") var hosts: [String] = []
    @Option(
        name: .customLong("hosts-file"),
        help: ArgumentHelp(
            "Also resolve the hosts in this file, one per line ('#' comments); '-' reads stdin. For long lists: thousands of arguments are slow to parse.",
            valueName: "file"))
    var hostsFile: String?
    @OptionGroup var resolution: ResolutionOptions
    @OptionGroup var geo: GeoDatabaseOptions
    @Option(help: "Output format: text or json.") var format: ListingFormat = .text
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if hosts.isEmpty && hostsFile == nil { throw ValidationError("give at least one HOST, or --hosts-file") }
    }

    func run() throws {
        var all = hosts
        if let hostsFile {
            let data: Data?
            if hostsFile == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                data = FileManager.default.contents(atPath: hostsFile)
            }
            guard let data, let text = String(data: data, encoding: .utf8) else {
                throw CommandExit.fail("\(hostsFile): cannot read the hosts file")
            }
            all += text.split(whereSeparator: \.isNewline).map {
                $0.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let locator = try geo.locating(consequence: "public addresses are shown without a location").map(
            GeoAddressLocator.init(databases:))
        let resolver = Resolver(
            estate: try resolution.estate(), catalogue: try resolution.providerCatalogue(), locator: locator,
            mode: resolution.mode)
        let results = resolver.resolve(all.map(ResolveRequest.init(parsing:)))
        switch format {
        case .text: try output.write(ResolveText.render(results))
        case .json: try output.write(JSONOutput.encode(ResolveDocument(hosts: results)))
        }
    }
}

/// The JSON document of `resolve`: one entry per host, each with the report's `resolution` shape.
struct ResolveDocument: Encodable {
    let schemaVersion = 1
    let tool = ["name": ToolInfo.name, "version": ToolInfo.version]
    let hosts: [HostResolution]
}

/// The text form: one block per host, one line per step. Names come from the command line, the
/// estate file and DNS answers (a CNAME target may hold any byte): each is kept to its line.
enum ResolveText {
    static func render(_ results: [HostResolution]) -> String {
        var out = ""
        for r in results {
            out += ControlCharacters.line(r.host) + "\n"
            func line(_ label: String, _ value: String) {
                out +=
                    "  " + label.padding(toLength: 11, withPad: " ", startingAt: 0) + ControlCharacters.line(value)
                    + "\n"
            }
            line("class", r.classification)
            if let e = r.estateMatch { line("estate", e) }
            if !r.resolution.cnameChain.isEmpty { line("chain", r.resolution.cnameChain.joined(separator: " → ")) }
            if let srv = r.resolution.srvTargets { line("srv", srv.isEmpty ? "(none)" : srv.joined(separator: ", ")) }
            if !r.resolution.addresses.isEmpty { line("addresses", r.resolution.addresses.joined(separator: ", ")) }
            if let p = r.providerMatch { line("provider", p) }
            for l in r.resolution.locations {
                // A name placed by provider knowledge alone (an SRV name, a managed service's
                // hostname) may have no country: say so rather than print a code.
                var parts = [l.country ?? "country not known"]
                if let c = l.city { parts.append(c) }
                var s = "\(l.address): " + parts.joined(separator: ", ")
                if let asn = l.asn { s += ", AS\(asn)" + (l.asOrganization.map { " \($0)" } ?? "") }
                if let p = l.provider { s += " — \(p)" }
                if let j = l.jurisdiction { s += " (jurisdiction \(j))" }
                s += " [\(l.source.rawValue)]"
                line("location", s)
            }
            line("method", r.resolution.method.rawValue)
            if let reason = r.resolution.reason { line("reason", reason) }
        }
        return out
    }
}
