import ResidencyCore

/// A geolocation database older than the policy allows. Address blocks change hands and move
/// between countries every week; an old database places them where they used to be.
public struct StaleGeodataRule: Rule {
    public init() {}

    public static let description = RuleDescription(
        id: "stale-geodata",
        category: .staleGeodata,
        title: "Geolocation data out of date",
        summary: """
            A geolocation database in use was built longer ago than the policy's `maxAgeDays`. IP ranges are \
            reassigned and moved between countries continually (MaxMind publishes GeoIP2/GeoLite2 updates \
            twice a week), so locations from an old database are evidence of where addresses were, not where \
            they are.
            """,
        references: [
            "GDPR Art. 5(1)(d) (accuracy)", "GDPR Art. 5(2) (accountability)",
            "MaxMind GeoIP2/GeoLite2 release schedule (updated twice weekly)",
        ],
        remediation: """
            Update the database (geoipupdate for MaxMind databases, the tor-geoipdb package for the bundled \
            data) and check its build date with `residency geo info`.
            """,
        triggeringExamples: [
            RuleExample(
                "a GeoLite2 City database more than a year old",
                input: ExampleEstate.input(geodata: [
                    GeodataInfo(
                        path: "/var/lib/GeoIP/GeoLite2-City.mmdb",
                        databaseType: "GeoLite2-City", buildDate: "2025-04-27", ageDays: 400)
                ]),
                policy: ExampleEstate.policy,
                flags: [.init("/var/lib/GeoIP/GeoLite2-City.mmdb", .low)])
        ],
        nonTriggeringExamples: [
            RuleExample(
                "a database built last week",
                input: ExampleEstate.input(geodata: [
                    GeodataInfo(
                        path: "/var/lib/GeoIP/GeoLite2-City.mmdb",
                        databaseType: "GeoLite2-City", buildDate: "2026-05-25", ageDays: 7)
                ]),
                policy: ExampleEstate.policy)
        ])

    public func evaluate(_ input: AuditInput, policy: Policy) -> [Finding] {
        guard let geodata = policy.geodata else { return [] }
        return input.geodata.sorted { ($0.path, $0.databaseType) < ($1.path, $1.databaseType) }.compactMap {
            db -> Finding? in
            guard db.ageDays > geodata.maxAgeDays else { return nil }
            let message =
                "The geolocation database \(db.path) (\(db.databaseType), built \(db.buildDate)) is \(db.ageDays) days old; "
                + "the policy allows \(geodata.maxAgeDays). Locations from it may be out of date."
            let update =
                db.databaseType.lowercased().contains("geo") && db.path.hasSuffix(".mmdb")
                ? "Update \(db.path): `geoipupdate` (MaxMind) or a fresh download of the same edition."
                : "Update the geolocation data behind \(db.path) (for the bundled data: upgrade the tor-geoipdb package)."
            return finding(
                severity: geodata.severity, message: message, location: nil, subject: db.path,
                evidence: [
                    "\(db.path): \(db.databaseType), build date \(db.buildDate), \(db.ageDays) days old on \(input.today)",
                    "policy maxAgeDays: \(geodata.maxAgeDays)",
                ],
                remediation: [update, "Check the build date afterwards with `residency geo info`."])
        }
    }
}
