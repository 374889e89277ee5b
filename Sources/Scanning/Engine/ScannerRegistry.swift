/// Every scanner, in a static list: adding a format means adding one line here.
public enum ScannerRegistry {
    public static let formatScanners: [any FormatScanner] = [
        DotEnvScanner(),
        PropertiesScanner(),
        SpringYAMLScanner(),
        RabbitMQConfScanner(),
        RabbitMQDefinitionsScanner(),
        TerraformScanner(),
        KubernetesScanner(),
        ComposeScanner(),
        DockerfileScanner(),
        NginxScanner(),
    ]

    /// Format scanners and the text fallback, for documentation and tests.
    public static var all: [any FormatScanner] { formatScanners + [TextScanner()] }
}
