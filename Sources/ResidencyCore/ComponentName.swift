import Foundation

/// Names of the estate's own components as the service graph joins them. A Kubernetes workload
/// or Service is its plain name (`order-service`); a compose service carries its compose file
/// (`order-service (compose docker-compose.yml)`), because a local-development compose project
/// and the production cluster often reuse a name while running different datastores: joined by
/// name alone, the gateway's chains reached the laptop's `postgres:5432`.
public enum ComponentName {
    private static let marker = " (compose "

    /// The component name of compose service `service` defined in `file` (relative path).
    public static func compose(_ service: String, file: String) -> String {
        "\(service)\(marker)\(file))"
    }

    /// The compose file a component name carries, or nil for a plain name.
    public static func composeFile(of name: String) -> String? {
        guard name.hasSuffix(")"), let r = name.range(of: marker, options: .backwards) else { return nil }
        return String(name[r.upperBound..<name.index(before: name.endIndex)])
    }

    /// The name a host uses to reach the component: the compose service name without its file.
    public static func plain(_ name: String) -> String {
        guard composeFile(of: name) != nil, let r = name.range(of: marker, options: .backwards) else { return name }
        return String(name[..<r.lowerBound])
    }
}
