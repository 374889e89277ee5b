import ResidencyCore

/// `residency inventory`: where the organisation's data lives, one row per datastore, queue,
/// object store and telemetry sink (a Terraform declaration and its host names are one row),
/// with what a data protection officer records for GDPR Art. 30(1)(e) and Chapter V: the
/// systems using it, where it is, who operates it, whose law applies and the transfer mechanism
/// the policy implies. The JSON form is this value with sorted keys.
public struct DataInventory: Codable, Sendable, Equatable {
    public static let currentSchemaVersion = 1

    public struct Row: Codable, Sendable, Equatable {
        /// The services using it (their component names), sorted; empty when no file says.
        public var systems: [String]
        /// The host clients connect to (or the Terraform address when it has none yet).
        public var datastore: String
        public var endpointId: String
        public var kind: EndpointKind
        /// `datastore`, `queue`, `object-storage` or `telemetry`.
        public var role: EndpointRole
        /// ISO 3166-1 alpha-2 codes, sorted; empty when not located.
        public var countries: [String]
        /// Cities, in the order of the locations; empty when unknown.
        public var cities: [String]
        /// The sites: the estate file's site names (`oslo-1`) and the providers' region codes
        /// (`eu-north-1`, `norwayeast`), as the organisation and the provider name the place.
        public var sites: [String]
        public var operators: [String]
        public var jurisdictions: [String]
        /// `none`, `adequacy decision`, `SCCs with a transfer impact assessment` or `unknown`.
        public var transferMechanism: String
        /// How it was placed: `provider-hostname`, `estate`, `cluster`, `dns`, `ip-literal`, `unresolved`.
        public var locatedBy: String
        /// Every place it is written, `path:line`, the declaration included.
        public var evidence: [String]

        public init(
            systems: [String], datastore: String, endpointId: String, kind: EndpointKind, role: EndpointRole,
            countries: [String], cities: [String], sites: [String] = [], operators: [String], jurisdictions: [String],
            transferMechanism: String, locatedBy: String, evidence: [String]
        ) {
            self.systems = systems
            self.datastore = datastore
            self.endpointId = endpointId
            self.kind = kind
            self.role = role
            self.countries = countries
            self.cities = cities
            self.sites = sites
            self.operators = operators
            self.jurisdictions = jurisdictions
            self.transferMechanism = transferMechanism
            self.locatedBy = locatedBy
            self.evidence = evidence
        }
    }

    public var schemaVersion: Int
    public var scannedPath: String
    /// `YYYY-MM-DD`: the day the policy was applied.
    public var auditDate: String
    /// The policy names in force (which decide the transfer mechanism).
    public var policy: [String]
    /// By country (unlocated last), then datastore.
    public var rows: [Row]

    public init(scannedPath: String, auditDate: String, policy: [String], rows: [Row]) {
        schemaVersion = Self.currentSchemaVersion
        self.scannedPath = scannedPath
        self.auditDate = auditDate
        self.policy = policy
        self.rows = rows.sorted { a, b in
            let ca = a.countries.isEmpty ? "~" : a.countries.joined(separator: ",")
            let cb = b.countries.isEmpty ? "~" : b.countries.joined(separator: ",")
            return (ca, a.datastore, a.endpointId) < (cb, b.datastore, b.endpointId)
        }
    }

    /// The roles an inventory lists: where data is kept or sent to be kept.
    public static let roles: Set<EndpointRole> = [.datastore, .queue, .objectStorage, .telemetry]
}
