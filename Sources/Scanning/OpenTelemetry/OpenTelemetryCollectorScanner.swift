import ResidencyCore

/// OpenTelemetry Collector configuration: the exporters' endpoints (where traces, metrics and
/// logs leave the estate) and the receivers that pull from a host (Kafka brokers, Prometheus
/// targets, a Redis or database to scrape). OTLP receivers' `protocols.*.endpoint` are listen
/// addresses, not connections.
public struct OpenTelemetryCollectorScanner: KeyedYAMLFormat {
    public init() {}

    public static let markers: Set<String> = ["exporters"]

    public var description: ScannerDescription {
        ScannerDescription(
            id: "otel-collector",
            title: "OpenTelemetry Collector configuration",
            summary: "Reads YAML with a top-level exporters section: each exporter's endpoint (telemetry sinks), Kafka "
                + "brokers, and receivers that connect out (endpoint, brokers, Prometheus receiver targets); OTLP "
                + "receiver protocol endpoints are listen addresses and are not reported.",
            references: ["https://opentelemetry.io/docs/collector/configuration/"],
            examples: Self.examples)
    }

    public static func entries(_ settings: [YAMLSetting]) -> [ConfigEntry] {
        var out: [ConfigEntry] = []
        for s in settings {
            let parts = s.path.split(separator: ".")
            guard let section = parts.first, let last = parts.last else { continue }
            if section == "exporters" {
                if last == "endpoint" { out.append(s.entry("otel_exporter_endpoint", speaks: nil)) }
                if last == "brokers" { out.append(s.entry("kafka_brokers")) }
            } else if section == "receivers" {
                if parts.contains("protocols") { continue }  // OTLP listens
                if s.pathEnds(with: "static_configs.targets") {
                    out.append(s.entry("scrape_target_addr", speaks: .http))
                } else if last == "endpoint" {
                    out.append(s.entry("receiver_endpoint"))
                } else if last == "brokers" {
                    out.append(s.entry("kafka_brokers"))
                }
            }
        }
        return out
    }
}
