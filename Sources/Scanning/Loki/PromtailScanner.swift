import ResidencyCore

/// Promtail (and Grafana Agent static mode) configuration: the Loki push URLs its `clients`
/// send logs to. Asked before Prometheus, whose `scrape_configs` Promtail shares.
public struct PromtailScanner: KeyedYAMLFormat {
    public init() {}

    public static let markers: Set<String> = ["clients", "positions"]

    public var description: ScannerDescription {
        ScannerDescription(
            id: "promtail",
            title: "Promtail configuration",
            summary: "Reads YAML with a top-level clients or positions section and reports each client's url, a Loki "
                + "push endpoint (telemetry sink: logs leave here).",
            references: ["https://grafana.com/docs/loki/latest/send-data/promtail/configuration/#clients"],
            examples: Self.examples)
    }

    public static func entries(_ settings: [YAMLSetting]) -> [ConfigEntry] {
        settings.filter { $0.path == "clients.url" || $0.path == "client.url" }.map { $0.entry("loki_push_url") }
    }
}
