import ResidencyCore

/// Alertmanager configuration: where alerts (which carry labels and annotations, often personal
/// data such as user ids) are sent: webhook, Slack, Opsgenie, PagerDuty… URLs and SMTP smarthosts.
public struct AlertmanagerScanner: KeyedYAMLFormat {
    public init() {}

    public static let markers: Set<String> = ["receivers"]
    public static let exclusions: Set<String> = ["apiVersion", "services", "spring", "exporters", "processors"]

    public var description: ScannerDescription {
        ScannerDescription(
            id: "alertmanager",
            title: "Alertmanager configuration",
            summary:
                "Reads YAML with a top-level receivers list (and no OpenTelemetry exporters): every receiver's url, "
                + "api_url and smarthost, and the global *_api_url and smtp_smarthost defaults.",
            references: ["https://prometheus.io/docs/alerting/latest/configuration/"],
            examples: Self.examples)
    }

    public static func entries(_ settings: [YAMLSetting]) -> [ConfigEntry] {
        settings.compactMap { s in
            let last = s.path.split(separator: ".").last.map(String.init) ?? s.path
            guard s.path.hasPrefix("receivers.") || s.path.hasPrefix("global.") else { return nil }
            if last == "url" || last.hasSuffix("api_url") || last == "webhook_url" { return s.entry("receiver_url") }
            if last == "smarthost" || last == "smtp_smarthost" { return s.entry("smtp_host") }
            return nil
        }
    }
}
