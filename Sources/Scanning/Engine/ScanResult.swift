import ResidencyCore

/// The first stage's answer: every endpoint with its sources, plus what the later stages need
/// (routes, upstream pools, service edges) and what could not be read.
public struct ScanResult: Sendable {
    /// Files read (scanned by at least one scanner).
    public var files: Int
    public var endpoints: [Endpoint]
    public var unresolved: [UnresolvedReference]
    public var diagnostics: [Diagnostic]
    public var routes: [ProxyRoute]
    public var upstreams: [ProxyUpstream]
    public var edges: [ServiceEdge]
    /// Binary files passed over, by relative path.
    public var skippedBinary: [String]
    /// nginx images the estate runs, sorted by place: the release that serves its configuration.
    public var nginxImages: [NginxImage] = []

    public init(
        files: Int, endpoints: [Endpoint], unresolved: [UnresolvedReference], diagnostics: [Diagnostic],
        routes: [ProxyRoute], upstreams: [ProxyUpstream], edges: [ServiceEdge], skippedBinary: [String]
    ) {
        self.files = files
        self.endpoints = endpoints
        self.unresolved = unresolved
        self.diagnostics = diagnostics
        self.routes = routes
        self.upstreams = upstreams
        self.edges = edges
        self.skippedBinary = skippedBinary
    }
}
