/// Names of the estate's own components as the service graph joins them. A Kubernetes workload
/// or Service is its plain name (`order-service`); a compose service carries its compose file
/// (`order-service (compose docker-compose.yml)`), because a local-development compose project
/// and the production cluster often reuse a name while running different datastores: joined by
/// name alone, the gateway's chains reached the laptop's `postgres:5432`.
public enum ComponentName {
    private static let marker = Array(" (compose ".utf8)

    /// The component name of compose service `service` defined in `file` (relative path).
    public static func compose(_ service: String, file: String) -> String {
        "\(service) (compose \(file))"
    }

    /// The compose file a component name carries, or nil for a plain name.
    public static func composeFile(of name: String) -> String? {
        split(name).map { String($0.file) }
    }

    /// The name a host uses to reach the component: the compose service name without its file.
    public static func plain(_ name: String) -> String {
        split(name).map { String($0.service) } ?? name
    }

    /// Service and file, found on bytes from the end (the graph asks this of every component
    /// of a large estate, so no Foundation search).
    private static func split(_ name: String) -> (service: Substring, file: Substring)? {
        let u = name.utf8
        guard u.last == 0x29, u.count > marker.count + 1 else { return nil }  // ")"
        var end = u.index(before: u.endIndex)  // at ")"
        while end > u.startIndex {
            // Does the marker end just before some position ≤ end? Check each start from the back.
            guard let start = u.index(end, offsetBy: -marker.count, limitedBy: u.startIndex) else { return nil }
            if u[start..<end].elementsEqual(marker), start > u.startIndex {
                return (name[..<start], name[end..<u.index(before: u.endIndex)])
            }
            end = u.index(before: end)
        }
        return nil
    }
}
