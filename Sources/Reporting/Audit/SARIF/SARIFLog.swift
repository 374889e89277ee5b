/// The subset of SARIF 2.1.0 (OASIS) that `residency audit --format sarif` writes: one run, the
/// rules used, one result per finding. Codable rather than dictionaries, so the encoder's sorted
/// keys make the log byte-stable and a typo in a property name is a compile error. Public so
/// that consumers (and our tests) can decode a log back.
public struct SARIFLog: Codable, Sendable, Equatable {
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    public static let sarifVersion = "2.1.0"

    public var schema: String
    public var version: String
    public var runs: [Run]

    enum CodingKeys: String, CodingKey {
        case schema = "$schema"
        case version, runs
    }

    public struct Run: Codable, Sendable, Equatable {
        public var tool: Tool
        /// `unicodeCodePoints`: our columns count Unicode scalars, not SARIF's default UTF-16 units.
        public var columnKind: String
        /// `%SRCROOT%` → the repository root, when the scanned path is inside a git work tree
        /// (result paths are then relative to the root); absent otherwise (relative to the path).
        public var originalUriBaseIds: [String: BaseLocation]?
        public var results: [Result]
        public var properties: RunProperties
    }

    /// Where a `uriBaseId` points (SARIF §3.14.14): an absolute `file:` URI ending in `/`.
    public struct BaseLocation: Codable, Sendable, Equatable {
        public var uri: String
        public var description: Message?
    }

    /// What the run audited; SARIF viewers show the property bag as is.
    public struct RunProperties: Codable, Sendable, Equatable {
        public var scannedPath: String
        public var auditDate: String
        public var policy: [String]
        public var failOn: String
        public var passed: Bool
    }

    public struct Tool: Codable, Sendable, Equatable {
        public var driver: Driver
    }

    public struct Driver: Codable, Sendable, Equatable {
        public var name: String
        public var version: String
        /// Optional in SARIF 2.1.0 (§3.19.17); omitted from the log when nil.
        public var informationUri: String?
        public var rules: [ReportingDescriptor]
    }

    public struct ReportingDescriptor: Codable, Sendable, Equatable {
        public var id: String
        public var shortDescription: Message
        public var help: Message
        public var properties: RuleProperties
    }

    public struct RuleProperties: Codable, Sendable, Equatable {
        public var category: String
        /// GitHub code scanning filters on tags: the category, and `security` for the rules about
        /// where personal data goes, which code scanning then shows as security alerts.
        public var tags: [String]
        /// A CVSS-like score from 0.0 to 10.0 as a string, which GitHub code scanning ranks alerts
        /// by (9.0+ critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low).
        public var securitySeverity: String

        enum CodingKeys: String, CodingKey {
            case category, tags
            case securitySeverity = "security-severity"
        }
    }

    public struct Message: Codable, Sendable, Equatable {
        public var text: String
    }

    public enum Level: String, Codable, Sendable, Equatable {
        case error, warning, note
    }

    public struct Result: Codable, Sendable, Equatable {
        public var ruleId: String
        public var ruleIndex: Int
        public var level: Level
        public var message: Message
        /// Absent for findings about the run itself (stale geodata), which have no place in a file.
        public var locations: [Location]?
        public var partialFingerprints: [String: String]
        public var suppressions: [Suppression]?
        public var properties: ResultProperties
    }

    public struct Location: Codable, Sendable, Equatable {
        public var physicalLocation: PhysicalLocation
    }

    public struct PhysicalLocation: Codable, Sendable, Equatable {
        public var artifactLocation: ArtifactLocation
        public var region: Region
    }

    public struct ArtifactLocation: Codable, Sendable, Equatable {
        /// Relative to `%SRCROOT%` (the repository root in a git work tree, else the scanned
        /// path), percent-encoded as a URI reference.
        public var uri: String
        public var uriBaseId: String
    }

    public struct Region: Codable, Sendable, Equatable {
        public var startLine: Int
        public var startColumn: Int
    }

    public struct Suppression: Codable, Sendable, Equatable {
        /// `external`: the suppression lives outside the source (estate file, baseline file).
        public var kind: String
        public var justification: String
    }

    /// Everything else a finding carries, already redacted by the scan.
    public struct ResultProperties: Codable, Sendable, Equatable {
        public var severity: String
        public var category: String
        public var host: String?
        public var endpointId: String?
        public var evidence: [String]
        public var remediation: [String]
        public var references: [String]
    }
}
