import ResidencyCore

/// Everything the rules judge, as plain values: the scan's endpoints with their resolutions, the
/// gateway routes and service edges for the latency graph, what could not be read, the geodata in
/// use and the estate file's suppressions. Rules never read files or resolve names themselves.
public struct AuditInput: Sendable {
    public var endpoints: [AuditedEndpoint]
    public var routes: [ProxyRoute]
    public var upstreams: [ProxyUpstream]
    public var edges: [ServiceEdge]
    public var diagnostics: [Diagnostic]
    /// Connection settings whose host is a placeholder (`${DB_HOST}`) nothing in the tree fills in.
    public var unresolved: [UnresolvedReference]
    public var geodata: [GeodataInfo]
    public var suppressions: [SuppressionInfo]
    /// Where the organisation's own components (gateway, in-cluster services) run: the estate's
    /// default cluster site. Nil when the estate file does not say.
    public var clusterSite: Location?
    /// The estate's name for that site (`oslo-1`), so remediation can write estate-file lines
    /// that work as pasted. Nil when unknown.
    public var clusterSiteName: String?
    /// Regions of each cloud provider with coordinates, keyed by provider name as locations
    /// report it (`Amazon Web Services`): the choices for "move it to the nearest allowed region".
    public var providerRegions: [String: [ProviderRegion]]
    /// EU-US Data Privacy Framework status by operator name as locations report it (`Amazon Web
    /// Services`), from the provider catalogue. An operator not listed is `unknown`.
    public var dataPrivacyFramework: [String: DPFStatus]
    /// The data files whose facts the audit relies on (the provider catalogue) with the day
    /// they were last reviewed; the policies carry their own (`Policy.reviewed`).
    public var factsReviewed: [ReviewedFacts]
    /// The nginx release that runs the gateway configs (estate file `nginx: {version}`), nil when
    /// unknown: from 1.29.7 nginx keeps upstream connections alive by default.
    public var nginxVersion: NginxVersion?
    /// Where the release was read (`estate file`, `image nginx:1.27 at gateway/Dockerfile:1`), or
    /// why it is unknown (a floating tag); nil when nothing in the estate says.
    public var nginxVersionSource: String?
    /// The day the audit runs, `YYYY-MM-DD` (UTC). Passed in so results are reproducible.
    public var today: String
    /// Connections the estate file marks `batch`: out of the latency chains and hop budget.
    public var offRequestPath = OffRequestPath()

    public init(
        endpoints: [AuditedEndpoint], routes: [ProxyRoute] = [], upstreams: [ProxyUpstream] = [],
        edges: [ServiceEdge] = [], diagnostics: [Diagnostic] = [], unresolved: [UnresolvedReference] = [],
        geodata: [GeodataInfo] = [],
        suppressions: [SuppressionInfo] = [], clusterSite: Location? = nil, clusterSiteName: String? = nil,
        providerRegions: [String: [ProviderRegion]] = [:], dataPrivacyFramework: [String: DPFStatus] = [:],
        factsReviewed: [ReviewedFacts] = [], nginxVersion: NginxVersion? = nil, today: String
    ) {
        self.endpoints = endpoints
        self.routes = routes
        self.upstreams = upstreams
        self.edges = edges
        self.diagnostics = diagnostics
        self.unresolved = unresolved
        self.geodata = geodata
        self.suppressions = suppressions
        self.clusterSite = clusterSite
        self.clusterSiteName = clusterSiteName
        self.providerRegions = providerRegions
        self.dataPrivacyFramework = dataPrivacyFramework
        self.factsReviewed = factsReviewed
        self.nginxVersion = nginxVersion
        self.today = today
    }

    /// The Data Privacy Framework status of a location's operator (`unknown` when not known).
    public func dpf(of location: Location) -> DPFStatus {
        location.provider.flatMap { dataPrivacyFramework[$0] } ?? .unknown
    }
}

/// A data file of facts (country lists, provider regions, adequacy decisions) and the day they
/// were last checked against their sources.
public struct ReviewedFacts: Sendable, Hashable, Codable {
    /// How a reader finds it: `providers/catalogue.yaml (built in)`.
    public var file: String
    /// `YYYY-MM-DD`.
    public var reviewed: String

    public init(file: String, reviewed: String) {
        self.file = file
        self.reviewed = reviewed
    }
}

/// A suppression from the estate file, as the rules and the audit see it.
public struct SuppressionInfo: Sendable, Hashable, Codable {
    /// A rule id or a category.
    public var rule: String
    public var host: String?
    public var path: String?
    /// A Terraform resource (or module) address glob: `aws_db_instance.analytics_replica`.
    public var resource: String?
    public var reason: String
    /// `YYYY-MM-DD`.
    public var expires: String
    /// The estate file (relative to the scanned path when inside it) and line.
    public var file: String
    public var line: Int?

    public init(
        rule: String, host: String?, path: String?, resource: String? = nil, reason: String, expires: String,
        file: String, line: Int?
    ) {
        self.rule = rule
        self.host = host
        self.path = path
        self.resource = resource
        self.reason = reason
        self.expires = expires
        self.file = file
        self.line = line
    }

    /// Past its date on `today` (both `YYYY-MM-DD`, so string order is date order).
    public func isExpired(today: String) -> Bool { expires < today }

    /// What it covers, for messages: `host *.x.com, resource aws_db_instance.a`.
    var scope: String {
        [host.map { "host \($0)" }, path.map { "path \($0)" }, resource.map { "resource \($0)" }]
            .compactMap { $0 }.joined(separator: ", ")
    }

    /// `residency.yaml:12`, or the file alone when the line is unknown.
    var place: String { line.map { "\(file):\($0)" } ?? file }
}
