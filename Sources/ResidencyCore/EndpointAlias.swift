/// Another name the same datastore is written under: the Terraform resource that declares it
/// (`aws_db_instance.analytics_replica`) or a second host name of it (a reader endpoint). The
/// audit joins these into one endpoint; an alias keeps what identified each part before the
/// join, so suppressions and baselines written against either name still cover it.
public struct EndpointAlias: Hashable, Sendable, Codable {
    public var id: String
    public var host: String
    public var kind: EndpointKind
    /// The first place the part was written, as its findings pointed before the join.
    public var path: String?

    public init(id: String, host: String, kind: EndpointKind, path: String?) {
        self.id = id
        self.host = host
        self.kind = kind
        self.path = path
    }

    public init(_ e: Endpoint) {
        self.init(id: e.id, host: e.host, kind: e.kind, path: e.primarySource?.path)
    }
}
