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
    /// of a large estate): the last ` (compose ` before the closing `)`, compared only where the
    /// byte before a position is the marker's closing space.
    private static func split(_ name: String) -> (service: Substring, file: Substring)? {
        var utf8Name = name
        let found: (start: Int, end: Int)? = utf8Name.withUTF8 { u in
            let m = marker.count
            guard u.count > m + 1, u[u.count - 1] == 0x29 else { return nil }  // ")"
            var end = u.count - 1  // the marker ends just before `end`
            while end >= m {
                let start = end - m
                if u[end - 1] == 0x20, start > 0, UnsafeBufferPointer(rebasing: u[start..<end]).elementsEqual(marker) {
                    return (start, end)
                }
                end -= 1
            }
            return nil
        }
        guard let found else { return nil }
        let u = name.utf8
        let start = u.index(u.startIndex, offsetBy: found.start)
        let end = u.index(u.startIndex, offsetBy: found.end)
        return (name[..<start], name[end..<u.index(before: u.endIndex)])
    }
}
