/// A link between two components that the latency graph follows: a Kubernetes Service selecting a
/// workload, a compose `depends_on` or `links`, an ExternalName alias.
public struct ServiceEdge: Hashable, Sendable, Codable, Comparable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// Service `from` routes to workload `to` (label selector match).
        case selects
        /// compose `depends_on`: `from` needs `to` to run.
        case dependsOn = "depends-on"
        /// compose `links` or `external_links`.
        case links
        /// Service `from` of `type: ExternalName` is an alias for host `to`.
        case aliases
    }

    public var from: String
    public var to: String
    public var kind: Kind
    public var location: SourceLocation

    public init(from: String, to: String, kind: Kind, location: SourceLocation) {
        self.from = from
        self.to = to
        self.kind = kind
        self.location = location
    }

    public static func < (lhs: ServiceEdge, rhs: ServiceEdge) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.from != rhs.from { return lhs.from < rhs.from }
        if lhs.to != rhs.to { return lhs.to < rhs.to }
        return lhs.kind.rawValue < rhs.kind.rawValue
    }
}
