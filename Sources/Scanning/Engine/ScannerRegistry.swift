/// Every scanner, in a static list: adding a format means adding one line here. The order is
/// the engine's order of asking: where several scanners accept a path (`*.yaml`, `*.conf`), the
/// first that recognizes and takes the file reads it.
public enum ScannerRegistry {
    public static let formatScanners: [any FormatScanner] = [
        DotEnvScanner(),
        PropertiesScanner(),
        ComposeScanner(),
        KubernetesScanner(),
        SpringYAMLScanner(),
        // Program configurations recognized by their top-level keys; Promtail before Prometheus,
        // whose scrape_configs it shares.
        PromtailScanner(),
        PrometheusScanner(),
        AlertmanagerScanner(),
        OpenTelemetryCollectorScanner(),
        GrafanaProvisioningScanner(),
        LokiScanner(),
        TraefikScanner(),
        KongScanner(),
        EnvoyScanner(),
        RabbitMQConfScanner(),
        RabbitMQDefinitionsScanner(),
        ConsulScanner(),
        TerraformScanner(),
        DockerfileScanner(),
        // Before nginx: a pipeline's `http { … }` input would pass for an nginx block.
        LogstashScanner(),
        FluentBitScanner(),
        FluentdScanner(),
        HAProxyScanner(),
        NginxScanner(),
        // After nginx, whose files also assign inside braces.
        HOCONScanner(),
    ]

    /// Format scanners and the text fallback, for documentation and tests.
    public static var all: [any FormatScanner] { formatScanners + [TextScanner()] }
}
