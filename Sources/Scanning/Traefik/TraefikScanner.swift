import ResidencyCore

/// Traefik dynamic configuration (file provider): the servers each HTTP service load-balances
/// to (`loadBalancer.servers[].url`) and each TCP/UDP service's server `address`.
public struct TraefikScanner: KeyedYAMLFormat {
    public init() {}

    public static let markers: Set<String> = ["http", "tcp", "udp"]

    public var description: ScannerDescription {
        ScannerDescription(
            id: "traefik",
            title: "Traefik dynamic configuration",
            summary: "Reads YAML with a top-level http, tcp or udp section (Traefik's file provider) and reports the "
                + "loadBalancer servers of every service: url for HTTP, address for TCP and UDP.",
            references: ["https://doc.traefik.io/traefik/routing/services/"],
            examples: Self.examples)
    }

    public static func entries(_ settings: [YAMLSetting]) -> [ConfigEntry] {
        settings.compactMap { s in
            if s.pathEnds(with: "loadBalancer.servers.url") { return s.entry("backend_url") }
            if s.pathEnds(with: "loadBalancer.servers.address") { return s.entry("backend_address") }
            return nil
        }
    }
}
