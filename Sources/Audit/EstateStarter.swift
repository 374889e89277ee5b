import Foundation
import ResidencyCore
import Resolving
import Scanning

/// `residency init`: a starter estate file from a scan. What only the organisation can say (the
/// site behind a private network, the cluster's site, where a name no catalogue knows runs) is
/// written as commented entries to fill in, each with where the scan found it, plus a commented
/// suppression template. As written, the file holds only `version: 1`, so it loads cleanly with
/// the strict loader; every entry is `# ` followed by valid YAML, so uncommenting an entry and
/// naming a real site is all it takes.
public enum EstateStarter {
    /// The placeholder site every entry points at until the user names a real one.
    public static let siteName = "my-site"

    /// What the scan found that the estate file should answer for.
    public struct Findings: Sendable {
        /// Private (RFC 1918, CGNAT, unique-local) networks: `/16` for IPv4, `/48` for IPv6, with
        /// the addresses seen in each.
        public var networks: [(network: String, addresses: [String], firstSeen: String)]
        /// Kubernetes namespaces and in-cluster or single-label (compose, same-namespace) service names.
        public var namespaces: [String]
        public var clusterNames: [String]
        /// Host names that neither an address, the cluster nor the provider catalogue places.
        public var unresolvedHosts: [(host: String, firstSeen: String)]
        /// `${VAR}`-style placeholders standing where a host should be.
        public var placeholders: [(variable: String, firstSeen: String)]
    }

    /// Scans `root` and sorts what it found. Offline: `init` sends no DNS query.
    public static func survey(root: URL, options: ScanOptions, catalogue: ProviderCatalogue) -> Findings {
        let scan = ScanEngine(options: options).scan(root: root)
        let namespaces = EndpointResolution.namespaces(in: scan.endpoints)
        let resolver = Resolver(catalogue: catalogue, mode: .offline, namespaces: namespaces)
        let audited = EndpointResolution(resolver: resolver, catalogue: catalogue).resolve(scan.endpoints)
        let classifier = HostClassifier(namespaces: namespaces)

        var networks: [String: (addresses: Set<String>, firstSeen: String)] = [:]
        var clusterNames: Set<String> = []
        var unresolved: [String: String] = [:]
        for e in audited {
            let seen = e.endpoint.sources.first.map { "\($0.path):\($0.line)" } ?? ""
            switch classifier.classify(e.endpoint.host) {
            case .ipLiteral(let address, let special):
                guard let special, ["private", "cgnat", "unique-local"].contains(special.category),
                    let network = enclosingNetwork(address)
                else { continue }
                networks[network, default: ([], seen)].addresses.insert(e.endpoint.host)
            case .inCluster(let service, _):
                clusterNames.insert(service)
            case .singleLabel(let name):
                clusterNames.insert(name)
            case .fqdn, .srv:
                if e.resolution.method == .unresolved, !e.endpoint.isTerraformAddress {
                    unresolved[e.endpoint.host] = unresolved[e.endpoint.host] ?? seen
                }
            case .invalid:
                continue
            }
        }
        var placeholders: [String: String] = [:]
        for u in scan.unresolved where placeholders[u.variable] == nil {
            placeholders[u.variable] = "\(u.location.path):\(u.location.line)"
        }
        return Findings(
            networks: networks.keys.sorted().map {
                (network: $0, addresses: networks[$0]!.addresses.sorted(), firstSeen: networks[$0]!.firstSeen)
            },
            namespaces: namespaces.sorted(), clusterNames: clusterNames.sorted(),
            unresolvedHosts: unresolved.keys.sorted().map { (host: $0, firstSeen: unresolved[$0]!) },
            placeholders: placeholders.keys.sorted().map { (variable: $0, firstSeen: placeholders[$0]!) })
    }

    /// The `/16` (IPv4) or `/48` (IPv6) holding an address: a guess at the site's range the user narrows.
    static func enclosingNetwork(_ address: IPAddress) -> String? {
        let a = address.mappedIPv4 ?? address
        let prefix = a.isIPv4 ? 16 : 48
        var bytes = a.bytes
        for i in (prefix / 8)..<bytes.count { bytes[i] = 0 }
        guard let base = IPAddress(bytes: bytes) else { return nil }
        return "\(base)/\(prefix)"
    }

    /// The file's text. `expires` is the suppression template's date (`YYYY-MM-DD`).
    public static func render(_ f: Findings, scannedPath: String, expires: String) -> String {
        var out: [String] = []
        out += [
            "# residency estate file: what your organisation knows about its own infrastructure, which no DNS",
            "# or geolocation database can tell. Written by `residency init \(singleLine(scannedPath))`: fill in the",
            "# commented entries, replace \(siteName) with your sites, and remove the `# ` before each entry you keep.",
            "# Every key is described in README.md (\"The estate file\"); unknown keys are errors.",
            "version: 1",
            "",
            "# Where your own infrastructure runs: a country code (ISO 3166-1), and a city and coordinates for",
            "# the latency model.",
            "# sites:",
            "#   \(siteName): {country: XX, city: Somewhere, latitude: 0.0, longitude: 0.0, provider: \"Your hosting company\"}",
            "",
        ]
        out.append("# Private address ranges the scan found; no geolocation database can place them.")
        if f.networks.isEmpty {
            out += ["# (none found)", "# networks:", "#   10.0.0.0/16: \(siteName)"]
        } else {
            out.append("# networks:")
            for n in f.networks {
                let more = n.addresses.count > 3 ? ", \(n.addresses.count - 3) more" : ""
                out.append(
                    "#   \(n.network): \(siteName)    # \(n.addresses.prefix(3).joined(separator: ", "))\(more), first at \(singleLine(n.firstSeen))"
                )
            }
        }
        out.append("")
        out.append("# The site your Kubernetes cluster or compose project runs in: in-cluster names resolve there.")
        if !f.clusterNames.isEmpty {
            out.append("# In-cluster and single-label names found:")
            out += listed(f.clusterNames)
        }
        out.append("# clusters:")
        let namespaces = f.namespaces.map(quoted).joined(separator: ", ")
        out.append(
            f.namespaces.isEmpty
                ? "#   default: \(siteName)" : "#   default: {site: \(siteName), namespaces: [\(namespaces)]}")
        out.append("")
        out.append("# Names that no address, cluster or provider catalogue places: declare your own (a site, or an")
        out.append("# IP address to geolocate); public names of other organisations can be left to DNS.")
        if f.unresolvedHosts.isEmpty {
            out += ["# (none found)", "# hosts:", "#   \"*.internal.example.com\": \(siteName)"]
        } else {
            out.append("# hosts:")
            for h in f.unresolvedHosts {
                out.append("#   \(quoted(h.host)): \(siteName)    # first at \(singleLine(h.firstSeen))")
            }
        }
        if !f.placeholders.isEmpty {
            out.append("#")
            out.append(
                "# Placeholders where a host should be, set at deploy time (unresolved-placeholder findings until")
            out.append("# a suppression records that they were reviewed):")
            out += listed(f.placeholders.map { "${\($0.variable)} (\(singleLine($0.firstSeen)))" })
        }
        out += [
            "",
            "# Accepted risks. Each needs a rule id or category (`residency explain` lists them), a host, path",
            "# and/or Terraform resource glob, a reason and an expiry date, after which it stops suppressing.",
            "# suppressions:",
            "#   - rule: us-jurisdiction",
            "#     host: \"*.example.com\"        # and/or path: \"terraform/**\", resource: aws_db_instance.name",
            "#     reason: \"why the risk is accepted, with a ticket\"",
            "#     expires: \(expires)",
            "",
        ]
        return out.joined(separator: "\n")
    }

    /// A YAML double-quoted scalar.
    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// Names as comment lines (`# - a, b, c`), wrapped so each stays readable. The dash keeps them
    /// apart from the commented entries, which start `#   `.
    private static func listed(_ items: [String]) -> [String] {
        var lines: [String] = []
        var current = ""
        for item in items.map(singleLine) {
            if !current.isEmpty, current.count + item.count > 90 {
                lines.append("# - " + current + ",")
                current = ""
            }
            current += (current.isEmpty ? "" : ", ") + item
        }
        lines.append("# - " + current)
        return lines
    }

    /// Text from the scanned tree (paths, names) on one comment line: no line breaks or controls.
    private static func singleLine(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : Character($0) })
    }
}
