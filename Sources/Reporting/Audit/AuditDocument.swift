import ResidencyCore

/// `residency audit --format json`, the CONTRACT.md report. Every other audit format (text,
/// SARIF, JUnit, Markdown, HTML, CSV) is rendered from this one value, so they cannot disagree.
///
/// Beyond the contract it carries `policy` (the policy names in force), `auditDate` (the day the
/// verdicts were reached: expiry and geodata age depend on it) and `chains` (the latency graph's
/// request chains, worst first per route).
public struct AuditDocument: Codable, Sendable, Equatable {
    public struct Tool: Codable, Sendable, Equatable {
        public var name: String
        public var version: String
    }

    public struct Counts: Codable, Sendable, Equatable {
        public var critical = 0
        public var high = 0
        public var medium = 0
        public var low = 0
        public var info = 0

        public init() {}

        public subscript(severity: Severity) -> Int {
            get {
                switch severity {
                case .critical: return critical
                case .high: return high
                case .medium: return medium
                case .low: return low
                case .info: return info
                }
            }
            set {
                switch severity {
                case .critical: critical = newValue
                case .high: high = newValue
                case .medium: medium = newValue
                case .low: low = newValue
                case .info: info = newValue
                }
            }
        }
    }

    public struct Summary: Codable, Sendable, Equatable {
        public var files: Int
        public var endpoints: Int
        public var failOn: FailThreshold
        /// No unsuppressed, non-baselined finding at or above `failOn`.
        public var passed: Bool
        /// Unsuppressed, non-baselined findings by severity (what the gate judges).
        public var findings: Counts
        /// Findings a suppression or the baseline covers, not counted above.
        public var suppressed: Int
        public var baselined: Int

        public init(
            files: Int, endpoints: Int, failOn: FailThreshold, passed: Bool, findings: Counts,
            suppressed: Int, baselined: Int
        ) {
            self.files = files
            self.endpoints = endpoints
            self.failOn = failOn
            self.passed = passed
            self.findings = findings
            self.suppressed = suppressed
            self.baselined = baselined
        }
    }

    public struct Source: Codable, Sendable, Equatable {
        public var path: String
        public var line: Int
        public var column: Int
        public var context: String

        /// In the order the report writes them: encoded so, nothing is reordered per source.
        private enum CodingKeys: String, CodingKey { case column, context, line, path }

        public init(_ s: SourceLocation) {
            path = s.path
            line = s.line
            column = s.column
            context = s.context
        }
    }

    public struct EndpointRecord: Codable, Sendable, Equatable {
        public var id: String
        public var host: String
        public var port: Int?
        public var scheme: String
        public var kind: EndpointKind
        public var role: EndpointRole
        public var sources: [Source]
        public var resolution: Resolution

        /// In the order the report writes them: encoded so, nothing is reordered per endpoint.
        private enum CodingKeys: String, CodingKey { case host, id, kind, port, resolution, role, scheme, sources }

        public init(_ e: AuditedEndpoint) {
            id = e.endpoint.id
            host = e.endpoint.host
            port = e.endpoint.port
            scheme = e.endpoint.scheme
            kind = e.endpoint.kind
            role = e.endpoint.role
            sources = e.endpoint.sources.map(Source.init)
            resolution = e.resolution
        }
    }

    /// One request chain of the latency graph: origin → gateway → services → deepest endpoint.
    public struct Chain: Codable, Sendable, Equatable {
        public struct Hop: Codable, Sendable, Equatable {
            /// The component or place the hop leaves from (`users in Oslo`, `gateway`, `payment-processor`).
            public var from: String
            /// Where it arrives (a component or an endpoint id).
            public var to: String
            /// Where the far end is, as the report names it (`IE Dublin`, `NO Oslo`).
            public var place: String?
            public var distanceKm: Double
            /// Round trips counted for this hop per request (queries, handshakes).
            public var roundTrips: Int
            public var estimateMs: Double
            /// False when the hop opens a new connection per request (handshakes counted).
            public var reusesConnections: Bool

            /// In the order the report writes them: encoded so, nothing is reordered per hop.
            private enum CodingKeys: String, CodingKey {
                case distanceKm, estimateMs, from, place, reusesConnections, roundTrips, to
            }

            public init(
                from: String, to: String, place: String?, distanceKm: Double, roundTrips: Int,
                estimateMs: Double, reusesConnections: Bool
            ) {
                self.from = from
                self.to = to
                self.place = place
                self.distanceKm = distanceKm
                self.roundTrips = roundTrips
                self.estimateMs = estimateMs
                self.reusesConnections = reusesConnections
            }
        }

        /// `server_name location` of the gateway route the chain starts at.
        public var route: String
        public var hops: [Hop]
        public var totalMs: Double
        public var budgetMs: Double
        public var withinBudget: Bool

        /// In the order the report writes them: encoded so, nothing is reordered per chain.
        private enum CodingKeys: String, CodingKey { case budgetMs, hops, route, totalMs, withinBudget }

        public init(route: String, hops: [Hop], totalMs: Double, budgetMs: Double) {
            self.route = route
            self.hops = hops
            self.totalMs = totalMs
            self.budgetMs = budgetMs
            self.withinBudget = totalMs <= budgetMs
        }
    }

    public var schemaVersion: Int
    public var tool: Tool
    public var scannedPath: String
    public var auditDate: String
    public var policy: [String]
    public var geodata: [GeodataInfo]
    public var summary: Summary
    public var endpoints: [EndpointRecord]
    public var findings: [Finding]
    public var chains: [Chain]

    /// Builds the document; `findings` must already carry fingerprints, suppression and baseline
    /// marks. Counts and `passed` are derived here so no format can disagree with the gate.
    public init(
        scannedPath: String, auditDate: String, policy: [String], geodata: [GeodataInfo], files: Int,
        endpoints: [AuditedEndpoint], findings: [Finding], chains: [Chain], failOn: FailThreshold
    ) {
        schemaVersion = 1
        tool = Tool(name: ToolInfo.name, version: ToolInfo.version)
        self.scannedPath = scannedPath
        self.auditDate = auditDate
        self.policy = policy
        self.geodata = geodata
        self.endpoints = endpoints.concurrentMap(EndpointRecord.init)
        self.findings = Finding.inReportOrder(findings)
        self.chains = chains
        var counts = Counts()
        var suppressed = 0
        var baselined = 0
        for f in findings {
            if f.suppressed { suppressed += 1 } else if f.baselined { baselined += 1 } else { counts[f.severity] += 1 }
        }
        let failing = findings.contains { !$0.suppressed && !$0.baselined && failOn.fails($0.severity) }
        summary = Summary(
            files: files, endpoints: endpoints.count, failOn: failOn, passed: !failing,
            findings: counts, suppressed: suppressed, baselined: baselined)
    }

    /// Findings that count against the gate.
    public var activeFindings: [Finding] { findings.filter { !$0.suppressed && !$0.baselined } }
}

extension GeodataInfo {
    /// Country databases (GeoLite2-Country, the bundled tor-geoip import) carry no coordinates, so
    /// every address located with them sits at its country's reference point. Reports say so,
    /// because a latency estimate or a "Frankfurt vs Dublin" reading is only as precise as this.
    public var isCountryLevel: Bool { databaseType.lowercased().contains("country") }
}

extension AuditDocument: SplicedJSONDocument {
    public func withoutLargeArrays() -> AuditDocument {
        var copy = self
        copy.endpoints = []
        copy.findings = []
        copy.chains = []
        return copy
    }

    public var largeArrays: [SplicedJSONArray] {
        [
            SplicedJSONArray(key: "chains", elements: chains), SplicedJSONArray(key: "endpoints", elements: endpoints),
            SplicedJSONArray(key: "findings", elements: findings),
        ]
    }
}
