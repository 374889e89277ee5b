import ConfigFiles

/// Sorts a host string into a `HostClass` without any lookup.
public struct HostClassifier: Sendable {
    /// Namespaces the estate's clusters declare: `svc.ns` is in-cluster only for these (otherwise
    /// `orders.shop` would be indistinguishable from a public two-label name).
    public var namespaces: Set<String>
    /// Kubernetes cluster domain suffixes.
    static let clusterSuffixes = [".svc.cluster.local", ".svc"]

    public init(namespaces: Set<String> = []) {
        self.namespaces = namespaces
    }

    public func classify(_ raw: String) -> HostClass {
        let trimmed = raw.trimmedSpaces()
        if let ip = IPAddress(trimmed) { return .ipLiteral(ip, special: SpecialRange.containing(ip)) }
        var name = trimmed.lowercased()
        if name.hasSuffix(".") { name.removeLast() }
        if name.isEmpty { return .invalid(reason: "empty") }
        if name.utf8.count > 253 { return .invalid(reason: "longer than 253 octets") }
        let labels = name.split(separator: ".", omittingEmptySubsequences: false)
        for label in labels {
            if label.isEmpty { return .invalid(reason: "empty label") }
            if label.utf8.count > 63 { return .invalid(reason: "label longer than 63 octets") }
            guard label.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
                return .invalid(reason: "characters not allowed in a host name")
            }
        }
        if name == "localhost" || name.hasSuffix(".localhost") { // RFC 6761 §6.3: always loopback
            let loopback = IPAddress("127.0.0.1")!
            return .ipLiteral(loopback, special: SpecialRange.containing(loopback))
        }
        if labels.count >= 3, labels[0].hasPrefix("_"), labels[1].hasPrefix("_") { return .srv(name) }
        if labels.count == 1 { return .singleLabel(name) }
        for suffix in Self.clusterSuffixes where name.hasSuffix(suffix) {
            let head = name.dropLast(suffix.count).split(separator: ".")
            if head.count == 2 { return .inCluster(service: String(head[0]), namespace: String(head[1])) }
            if head.count == 3 { return .inCluster(service: String(head[1]), namespace: String(head[2])) } // pod.svc.ns
        }
        if labels.count == 2, namespaces.contains(String(labels[1])) {
            return .inCluster(service: String(labels[0]), namespace: String(labels[1]))
        }
        return .fqdn(name)
    }
}
