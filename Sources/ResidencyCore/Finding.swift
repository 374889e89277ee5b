/// One verdict of the audit: what is wrong, where it is written, why we think so (evidence) and
/// what to do (remediation). Rules fill everything but `fingerprint`, `suppressed` and
/// `baselined`, which the evaluator and the audit set afterwards.
public struct Finding: Hashable, Sendable, Codable {
    /// Where a finding points: the first place the endpoint is written, or the file in error.
    public struct Place: Hashable, Sendable, Codable, Comparable {
        public var path: String
        public var line: Int
        public var column: Int

        /// In the order the report writes them (see `Finding.CodingKeys`).
        private enum CodingKeys: String, CodingKey { case column, line, path }

        public init(path: String, line: Int, column: Int) {
            self.path = path
            self.line = line
            self.column = column
        }

        public init(_ source: SourceLocation) { self.init(path: source.path, line: source.line, column: source.column) }

        public static func < (lhs: Place, rhs: Place) -> Bool {
            (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
        }
    }

    public var ruleId: String
    public var category: FindingCategory
    public var severity: Severity
    public var title: String
    public var message: String
    /// SHA-256 hex of (rule, path, host, kind, subject): stable when lines move.
    public var fingerprint: String
    /// Nil only for findings about the run itself (stale geodata without a file in scope).
    public var location: Place?
    public var endpointId: String?
    public var host: String?
    /// The endpoint's kind, when the finding is about one (part of the fingerprint).
    public var kind: EndpointKind?
    /// What else identifies the finding beyond rule/path/host/kind (a route, an upstream name, a
    /// suppression line): keeps two findings of one rule in one file apart in fingerprints.
    public var subject: String?
    /// The chain of facts, each one line: `k8s/orders.yaml:12 env DATABASE_URL`, `x CNAME y`, `1.2.3.4 → IE, AS16509 Amazon`.
    public var evidence: [String]
    /// Concrete steps, most useful first.
    public var remediation: [String]
    public var references: [String]
    public var suppressed: Bool
    /// The suppression that covers it (reason, expiry, file and line); written `suppression` in
    /// JSON, omitted when not suppressed.
    public var suppressedBy: FindingSuppression?
    public var baselined: Bool
    /// The fingerprints the finding would have had before its endpoint was joined with another
    /// name of the same datastore (a Terraform declaration, a reader endpoint): a baseline that
    /// recorded any of them covers it. Not written out; the evaluator fills it.
    public var formerFingerprints: [String] = []

    /// Why it is suppressed, in one line for people (`reason (residency.yaml:12, expires DATE)`).
    public var suppression: String? { suppressedBy?.description }

    /// In the order of their JSON names' bytes, the order the report writes them in: encoded in
    /// that order, a finding's members need no reordering by the JSON writer.
    private enum CodingKeys: String, CodingKey {
        case baselined, category, endpointId, evidence, fingerprint, host, kind, location, message, references
        case remediation, ruleId, severity, subject, suppressed
        case suppressedBy = "suppression"
        case title
    }

    public init(
        ruleId: String, category: FindingCategory, severity: Severity, title: String, message: String,
        location: Place?, endpointId: String? = nil, host: String? = nil, kind: EndpointKind? = nil,
        subject: String? = nil, evidence: [String] = [], remediation: [String] = [], references: [String] = []
    ) {
        self.ruleId = ruleId
        self.category = category
        self.severity = severity
        self.title = title
        self.message = message
        self.fingerprint = ""
        self.location = location
        self.endpointId = endpointId
        self.host = host
        self.kind = kind
        self.subject = subject
        self.evidence = evidence
        self.remediation = remediation
        self.references = references
        self.suppressed = false
        self.suppressedBy = nil
        self.baselined = false
    }

    /// The contract's order: path, line, column, rule (then host and subject, so ties are stable).
    public static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        let l = lhs.location ?? Place(path: "", line: 0, column: 0)
        let r = rhs.location ?? Place(path: "", line: 0, column: 0)
        if (l.path, l.line, l.column, lhs.ruleId) != (r.path, r.line, r.column, rhs.ruleId) {
            return (l.path, l.line, l.column, lhs.ruleId) < (r.path, r.line, r.column, rhs.ruleId)
        }
        return (lhs.host ?? "", lhs.subject ?? "", lhs.fingerprint) < (
            rhs.host ?? "", rhs.subject ?? "", rhs.fingerprint
        )
    }
}
