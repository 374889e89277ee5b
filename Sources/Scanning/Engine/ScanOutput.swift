import ResidencyCore

/// Everything a scanner reports about the files it read: plain values, no judgement.
public struct ScanOutput: Sendable {
    public var references: [EndpointReference] = []
    public var unresolved: [UnresolvedReference] = []
    public var diagnostics: [Diagnostic] = []
    public var routes: [ProxyRoute] = []
    public var upstreams: [ProxyUpstream] = []
    public var edges: [ServiceEdge] = []
    /// nginx images the estate runs (Dockerfile `FROM`, compose and Kubernetes `image:`).
    public var nginxImages: [NginxImage] = []
    /// Folders that belong to a component (compose `build.context`, Kubernetes image names).
    public var serviceSources: [ServiceSource] = []

    public init(
        references: [EndpointReference] = [], unresolved: [UnresolvedReference] = [],
        diagnostics: [Diagnostic] = [], routes: [ProxyRoute] = [], upstreams: [ProxyUpstream] = [],
        edges: [ServiceEdge] = []
    ) {
        self.references = references
        self.unresolved = unresolved
        self.diagnostics = diagnostics
        self.routes = routes
        self.upstreams = upstreams
        self.edges = edges
    }

    public mutating func append(_ other: ScanOutput) {
        references += other.references
        unresolved += other.unresolved
        diagnostics += other.diagnostics
        routes += other.routes
        upstreams += other.upstreams
        edges += other.edges
        nginxImages += other.nginxImages
        serviceSources += other.serviceSources
    }

    public static func merged(_ outputs: [ScanOutput]) -> ScanOutput {
        if outputs.count == 1 { return outputs[0] }  // shares the arrays: no copy of a large file's references
        var all = ScanOutput()
        all.references.reserveCapacity(outputs.reduce(0) { $0 + $1.references.count })
        all.unresolved.reserveCapacity(outputs.reduce(0) { $0 + $1.unresolved.count })
        for o in outputs { all.append(o) }
        return all
    }
}
