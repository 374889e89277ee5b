import ResidencyCore

/// Loki server configuration: where it stores chunks and indexes (S3-compatible endpoints and
/// URLs), the Alertmanager its ruler notifies, and the memberlist peers it joins.
public struct LokiScanner: KeyedYAMLFormat {
    public init() {}

    public static let markers: Set<String> = ["schema_config", "storage_config", "ingester", "limits_config"]

    public var description: ScannerDescription {
        ScannerDescription(
            id: "loki",
            title: "Loki configuration",
            summary: "Reads YAML with a top-level schema_config, storage_config, ingester or limits_config and reports "
                + "object-store endpoints and s3 URLs (where logs are persisted), ruler.alertmanager_url and "
                + "memberlist.join_members.",
            references: ["https://grafana.com/docs/loki/latest/configure/"],
            examples: Self.examples)
    }

    public static func entries(_ settings: [YAMLSetting]) -> [ConfigEntry] {
        settings.compactMap { s in
            let last = s.path.split(separator: ".").last.map(String.init) ?? s.path
            if s.path.contains("s3") || s.path.contains("aws") || s.path.contains("object_store") {
                if last == "endpoint" { return s.entry("s3_endpoint", speaks: .s3) }
                if last == "s3" { return s.entry("s3_url") }
            }
            if s.path == "ruler.alertmanager_url" { return s.entry("alertmanager_url") }
            if s.path == "memberlist.join_members" { return s.entry("memberlist_join_hosts") }
            return nil
        }
    }
}
