import ResidencyCore

/// Grafana provisioning of data sources (`provisioning/datasources/*.yaml`): each data source's
/// `url`, the database or metrics store Grafana queries, so a datastore.
public struct GrafanaProvisioningScanner: KeyedYAMLFormat {
    public init() {}

    public static let markers: Set<String> = ["datasources", "deleteDatasources"]
    /// Grafana's own files carry `apiVersion: 1`; a Kubernetes object is told apart by `kind`.
    public static let exclusions: Set<String> = ["kind", "services", "spring"]

    public var description: ScannerDescription {
        ScannerDescription(
            id: "grafana-provisioning",
            title: "Grafana data source provisioning",
            summary: "Reads YAML with a top-level datasources list and reports each data source's url (a datastore).",
            references: ["https://grafana.com/docs/grafana/latest/administration/provisioning/#data-sources"],
            examples: Self.examples)
    }

    public static func entries(_ settings: [YAMLSetting]) -> [ConfigEntry] {
        settings.filter { $0.path == "datasources.url" }.map { $0.entry("datasource_url") }
    }
}
