import ConfigFiles
import ResidencyCore

/// Sorts a host string into a `HostClass` without any lookup.
public struct HostClassifier: Sendable {
    /// Namespaces the estate's clusters declare: `svc.ns` is in-cluster only for these (otherwise
    /// `orders.shop` would be indistinguishable from a public two-label name).
    public var namespaces: Set<String>
    /// Kubernetes Service names the scan wrote in a full in-cluster form (`kafka-headless` of
    /// `kafka-0.kafka-headless.data.svc.cluster.local`): `pod.service` with such a service is a
    /// StatefulSet pod's in-cluster name (the pod's namespace search domain completes it).
    public var services: Set<String>
    /// Kubernetes cluster domain suffixes.
    static let clusterSuffixes = [".svc.cluster.local", ".svc"]

    public init(namespaces: Set<String> = [], services: Set<String> = []) {
        self.namespaces = namespaces
        self.services = services
    }

    public func classify(_ raw: String) -> HostClass {
        let trimmed = raw.trimmedSpaces()
        if let ip = IPAddress(trimmed) { return .ipLiteral(ip, special: SpecialRange.containing(ip)) }
        var name = trimmed.lowercased()
        if name.utf8.last == UInt8(ascii: ".") { name.removeLast() }
        if name.isEmpty { return .invalid(reason: "empty") }
        if name.utf8.count > 253 { return .invalid(reason: "longer than 253 octets") }
        // Split on the byte: splitting on a `Character` compares grapheme clusters, per name.
        let labels = name.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false).map(Substring.init)
        for label in labels {
            if label.isEmpty { return .invalid(reason: "empty label") }
            if label.utf8.count > 63 { return .invalid(reason: "label longer than 63 octets") }
            guard label.utf8.allSatisfy(Self.isHostNameByte) else {
                return .invalid(reason: "characters not allowed in a host name")
            }
        }
        if name == "localhost" || name.hasSuffix(".localhost") {  // RFC 6761 §6.3: always loopback
            let loopback = IPAddress("127.0.0.1")!
            return .ipLiteral(loopback, special: SpecialRange.containing(loopback))
        }
        if labels.count >= 3, labels[0].utf8.first == UInt8(ascii: "_"), labels[1].utf8.first == UInt8(ascii: "_") {
            return .srv(name)
        }
        if labels.count == 1 { return .singleLabel(name) }
        for suffix in Self.clusterSuffixes where name.hasSuffix(suffix) {
            let head = name.dropLast(suffix.count).split(separator: ".")
            if head.count == 2 { return .inCluster(service: String(head[0]), namespace: String(head[1])) }
            if head.count == 3 { return .inCluster(service: String(head[1]), namespace: String(head[2])) }  // pod.svc.ns
        }
        if labels.count == 2, namespaces.contains(String(labels[1])) {
            return .inCluster(service: String(labels[0]), namespace: String(labels[1]))
        }
        if labels.count == 3, namespaces.contains(String(labels[2])) {  // pod.service.namespace
            return .inCluster(service: String(labels[1]), namespace: String(labels[2]))
        }
        if labels.count == 2, Self.isPodName(labels[0], service: labels[1], known: services) {
            return .inCluster(service: String(labels[1]), namespace: nil)
        }
        return .fqdn(name)
    }

    /// ASCII letters and digits, `-` and `_` (service labels): bytes, not Characters, since this
    /// runs on every name of the estate.
    static func isHostNameByte(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
            return true
        default: return false
        }
    }

    /// `kafka-0.kafka-headless`: a StatefulSet pod (`<set>-<ordinal>`) under its governing Service,
    /// either a Service the scan names in full, or one named after the set (`kafka-headless`,
    /// `kafka`), the convention of Helm charts and operators. A public name of this shape would
    /// need a TLD that starts like its own first label (`shop-1.shop`); such a name is taken
    /// for a pod only when the estate defines a cluster, and is then placed at its site.
    static func isPodName(_ pod: Substring, service: Substring, known: Set<String>) -> Bool {
        guard let dash = pod.lastIndex(of: "-") else { return false }
        let set = pod[..<dash]
        let ordinal = pod[pod.index(after: dash)...]
        guard !set.isEmpty, !ordinal.isEmpty, ordinal.allSatisfy(\.isNumber) else { return false }
        return known.contains(String(service)) || service == set || service.hasPrefix(set + "-")
    }
}
