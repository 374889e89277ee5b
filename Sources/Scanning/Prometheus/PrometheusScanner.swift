import ResidencyCore

/// Prometheus server configuration (`prometheus.yml`, and the same file embedded in a
/// ConfigMap): the targets it scrapes, the Alertmanagers it alerts, the remote storage it writes
/// to and reads from, and the service-discovery servers it asks.
public struct PrometheusScanner: KeyedYAMLFormat {
    public init() {}

    public static let markers: Set<String> = ["scrape_configs", "remote_write", "remote_read", "rule_files"]

    public var description: ScannerDescription {
        ScannerDescription(
            id: "prometheus",
            title: "Prometheus configuration",
            summary:
                "Reads YAML with a top-level scrape_configs, remote_write, remote_read or rule_files (standalone or "
                + "embedded in a ConfigMap): static_configs targets, alerting.alertmanagers targets, remote_write and "
                + "remote_read URLs (telemetry sinks), a relabelling that rewrites __address__ to a fixed host, and the "
                + "api_server / server of Kubernetes and Consul service discovery.",
            references: ["https://prometheus.io/docs/prometheus/latest/configuration/configuration/"],
            examples: Self.examples)
    }

    public static func entries(_ settings: [YAMLSetting]) -> [ConfigEntry] {
        var out: [ConfigEntry] = []
        // relabel_configs items that set `__address__`: their `replacement` is where the scrape goes.
        var addressRelabels = Set<String>()
        for s in settings where s.pathEnds(with: "relabel_configs.target_label") && s.value == "__address__" {
            addressRelabels.insert(String(s.key.dropLast("target_label".count)))
        }
        for s in settings {
            if s.pathEnds(with: "alertmanagers.static_configs.targets") {
                out.append(s.entry("alertmanager_addr", speaks: .http))
            } else if s.pathEnds(with: "static_configs.targets") {
                out.append(s.entry("scrape_target_addr", speaks: .http))
            } else if s.pathEnds(with: "remote_write.url") || s.pathEnds(with: "remote_read.url") {
                out.append(s.entry("prometheus_remote_storage_url"))
            } else if s.pathEnds(with: "kubernetes_sd_configs.api_server")
                || s.pathEnds(with: "consul_sd_configs.server")
            {
                out.append(s.entry("discovery_server_url"))
            } else if s.pathEnds(with: "relabel_configs.replacement"),
                addressRelabels.contains(String(s.key.dropLast("replacement".count)))
            {
                out.append(s.entry("scrape_target_addr", speaks: .http))
            }
        }
        return out
    }
}
