import ResidencyCore

/// `residency baseline PATH -o FILE` and `--baseline FILE`: the findings a team has accepted for
/// now, recorded by fingerprint, so that a CI gate fails on new findings only. Fingerprints leave
/// line numbers out, so editing a file does not resurrect a recorded finding; `ruleId`, `path`
/// and `host` are there for the reviewer of the file's diff, not for matching.
public struct Baseline: Codable, Sendable, Equatable {
    public static let currentSchemaVersion = 1

    public struct Tool: Codable, Sendable, Equatable {
        public var name: String
        public var version: String
    }

    public struct Entry: Codable, Sendable, Hashable, Comparable {
        public var fingerprint: String
        public var ruleId: String
        /// Nil for findings about the run itself (stale geodata), which have no file.
        public var path: String?
        public var host: String?

        public init(fingerprint: String, ruleId: String, path: String?, host: String?) {
            self.fingerprint = fingerprint
            self.ruleId = ruleId
            self.path = path
            self.host = host
        }

        /// By file, then rule and host, so the file reads (and diffs) like the report.
        public static func < (l: Entry, r: Entry) -> Bool {
            (l.path ?? "", l.ruleId, l.host ?? "", l.fingerprint) < (
                r.path ?? "", r.ruleId, r.host ?? "", r.fingerprint
            )
        }
    }

    public var schemaVersion: Int
    public var tool: Tool
    /// The path that was scanned when the baseline was made, as given on the command line.
    public var createdFrom: String
    /// Sorted, one per fingerprint.
    public var entries: [Entry]

    /// Records the unsuppressed findings (a suppression already covers the others, with its own
    /// expiry date, which a baseline must not outlive). Findings already baselined stay recorded.
    public init(findings: [Finding], createdFrom: String) {
        schemaVersion = Self.currentSchemaVersion
        tool = Tool(name: ToolInfo.name, version: ToolInfo.version)
        self.createdFrom = createdFrom
        var byFingerprint: [String: Entry] = [:]
        for f in findings where !f.suppressed {
            let entry = Entry(fingerprint: f.fingerprint, ruleId: f.ruleId, path: f.location?.path, host: f.host)
            byFingerprint[f.fingerprint] = min(byFingerprint[f.fingerprint] ?? entry, entry)
        }
        entries = byFingerprint.values.sorted()
    }

    public func contains(fingerprint: String) -> Bool {
        entries.contains { $0.fingerprint == fingerprint }
    }

    /// The findings with `baselined` set on each one whose fingerprint is recorded (or one of its
    /// former fingerprints, from before its datastore's names were joined); the others are
    /// returned unchanged.
    public func marking(_ findings: [Finding]) -> [Finding] {
        let recorded = Set(entries.map(\.fingerprint))
        return findings.map { f in
            var f = f
            if recorded.contains(f.fingerprint) || f.formerFingerprints.contains(where: recorded.contains) {
                f.baselined = true
            }
            return f
        }
    }

    /// The file's content: sorted keys, pretty-printed, so re-recording an unchanged estate
    /// gives an identical file.
    public func render() -> String {
        do {
            return try JSONOutput.encode(self)
        } catch {
            // Strings, integers and arrays of them always encode; reaching this is a bug.
            preconditionFailure("baseline could not be encoded: \(error)")
        }
    }
}
