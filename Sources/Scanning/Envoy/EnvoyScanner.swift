import ResidencyCore

/// Envoy bootstrap configuration: the `socket_address` of every cluster endpoint (in
/// `load_assignment` or the older `hosts`). Listener and admin addresses are where Envoy
/// listens, not where it connects.
public struct EnvoyScanner: KeyedYAMLFormat {
    public init() {}

    public static let markers: Set<String> = ["static_resources", "dynamic_resources"]

    public var description: ScannerDescription {
        ScannerDescription(
            id: "envoy",
            title: "Envoy bootstrap configuration",
            summary: "Reads YAML with a top-level static_resources or dynamic_resources and reports clusters' "
                + "socket_address address and port_value (load_assignment endpoints, hosts); listeners and admin are not "
                + "connections.",
            references: [
                "https://www.envoyproxy.io/docs/envoy/latest/api-v3/config/endpoint/v3/endpoint_components.proto"
            ],
            examples: Self.examples)
    }

    public static func entries(_ settings: [YAMLSetting]) -> [ConfigEntry] {
        settings.compactMap { s in
            guard s.path.contains("clusters") else { return nil }
            // Address and port under one key prefix, so the value scanner joins them.
            if s.pathEnds(with: "socket_address.address") { return s.entry(s.key) }
            if s.pathEnds(with: "socket_address.port_value") {
                return s.entry(String(s.key.dropLast("port_value".count)) + "port")
            }
            return nil
        }
    }
}
