import ResidencyCore

/// Kong declarative configuration (`kong.yml`, `_format_version`): each service's `url`, or its
/// `host` with `port`, and each upstream's `targets`.
public struct KongScanner: KeyedYAMLFormat {
    public init() {}

    public static let markers: Set<String> = ["_format_version"]
    /// Kong's own `services` list is no compose file's.
    public static let exclusions: Set<String> = ["apiVersion", "kind"]

    public var description: ScannerDescription {
        ScannerDescription(
            id: "kong",
            title: "Kong declarative configuration",
            summary: "Reads YAML with a top-level _format_version: services' url, or host with port, and upstreams' "
                + "targets (host:port).",
            references: [
                "https://docs.konghq.com/gateway/latest/production/deployment-topologies/db-less-and-declarative-config/"
            ],
            examples: Self.examples)
    }

    public static func entries(_ settings: [YAMLSetting]) -> [ConfigEntry] {
        settings.compactMap { s in
            // `services[0].host` and `services[0].port` keep their own keys, so the value scanner joins them.
            if s.path == "services.url" { return s.entry("service_url") }
            if s.path == "services.host" || s.path == "services.port" { return s.entry(s.key) }
            if s.path == "upstreams.targets.target" { return s.entry("upstream_target") }
            return nil
        }
    }
}
