import Foundation
import Reporting
import ResidencyCore
import TestSupport

/// A realistic audit, built by hand so the report formats are tested without the pipeline: five
/// endpoints placed by the estate file, DNS with a CNAME chain and a city MMDB, the provider
/// catalogue, and a country-level MMDB; eight findings across the categories, one suppressed and
/// one baselined; three request chains, two of them on one route (only the worst is shown).
/// Texts that need escaping in some format (quotes, commas, `<`, `|`, newlines) are in on purpose.
enum AuditSample {
    static let auditDate = "2026-11-23"

    static func document(failOn: FailThreshold = .severity(.high)) -> AuditDocument {
        AuditDocument(
            scannedPath: "fixtures/nordic-shop", auditDate: auditDate,
            policy: ["gdpr-eea", "schrems-ii", "norway-latency"], geodata: geodata, files: 42,
            endpoints: endpoints, findings: findings, chains: chains, failOn: failOn)
    }

    /// `residency inventory`'s rows for the sample, as the audit command hands them to the reports
    /// (`AuditRenderContext.inventory`): two in the EEA (one under US jurisdiction), two outside it,
    /// one not located.
    static func inventory() -> DataInventory {
        func row(_ e: AuditedEndpoint, systems: [String], mechanism: String) -> DataInventory.Row {
            let l = e.resolution.locations
            return DataInventory.Row(
                systems: systems, datastore: e.endpoint.host, endpointId: e.endpoint.id, kind: e.endpoint.kind,
                role: e.endpoint.role, countries: Array(Set(l.compactMap(\.country))).sorted(),
                cities: l.compactMap(\.city), operators: l.compactMap { $0.provider ?? $0.asOrganization },
                jurisdictions: l.compactMap(\.jurisdiction), transferMechanism: mechanism,
                locatedBy: e.resolution.method.rawValue,
                evidence: e.endpoint.sources.map { "\($0.path):\($0.line)" })
        }
        return DataInventory(
            scannedPath: "fixtures/nordic-shop", auditDate: auditDate,
            policy: ["gdpr-eea", "schrems-ii", "norway-latency"],
            rows: [
                row(ordersDB, systems: ["orders"], mechanism: "none"),
                row(analyticsDB, systems: ["analytics"], mechanism: "none"),
                row(reportsBucket, systems: ["reports"], mechanism: "SCCs with a transfer impact assessment"),
                row(cartCache, systems: ["cart (compose compose.yaml)"], mechanism: "unknown"),
                row(telemetry, systems: ["otel-collector"], mechanism: "SCCs with a transfer impact assessment"),
            ])
    }

    /// What the audit command renders the sample with.
    static let context = AuditRenderContext(
        rules: AuditRenderContext.describing(document()).rules, inventory: inventory())

    static let geodata = [
        GeodataInfo(
            path: "/var/lib/GeoIP/GeoLite2-City.mmdb", databaseType: "GeoLite2-City",
            buildDate: "2026-11-10", ageDays: 13),
        GeodataInfo(
            path: "/usr/share/tor/geoip", databaseType: "residency-tor-geoip-Country",
            buildDate: "2025-10-01", ageDays: 418),
    ]

    // MARK: Endpoints

    static let ordersDB = endpoint(
        "orders-db.oslo.internal", 5432, .postgres, .datastore,
        at: ("k8s/orders.yaml", 12, 18, "Deployment orders, container app, env DATABASE_URL"),
        resolution: Resolution(
            method: .estate,
            locations: [
                located(
                    Location(
                        address: "orders-db.oslo.internal", country: "NO", city: "Oslo",
                        latitude: 59.91, longitude: 10.75, provider: "Example Hosting AS",
                        jurisdiction: "NO", source: .estate), .city)
            ]))

    static let analyticsDB = endpoint(
        "analytics-db.example.com", 5432, .postgres, .datastore,
        at: ("k8s/analytics.yaml", 22, 20, "Deployment analytics, container worker, env PGHOST"),
        resolution: Resolution(
            method: .dns, cnameChain: ["analytics.c9x2kq.eu-west-1.rds.amazonaws.com"],
            addresses: ["52.95.0.1"],
            locations: [
                located(
                    Location(
                        address: "52.95.0.1", country: "IE", city: "Dublin", latitude: 53.34,
                        longitude: -6.26, asn: 16509, asOrganization: "AMAZON-02",
                        provider: "Amazon Web Services", jurisdiction: "US", source: .mmdb), .city)
            ]))

    static let reportsBucket = endpoint(
        "reports-archive.s3.us-east-1.amazonaws.com", 443, .s3, .objectStorage,
        at: ("terraform/storage.tf", 14, 12, "resource aws_s3_bucket reports, bucket_regional_domain_name"),
        resolution: Resolution(
            method: .providerHostname,
            locations: [
                located(
                    Location(
                        address: "reports-archive.s3.us-east-1.amazonaws.com", country: "US",
                        city: "Ashburn", latitude: 39.04, longitude: -77.49,
                        provider: "Amazon Web Services", jurisdiction: "US",
                        source: .providerCatalog), .region)
            ]))

    static let cartCache = endpoint(
        "10.30.4.17", 6379, .redis, .datastore,
        at: ("compose.yaml", 18, 15, "service cart, environment REDIS_ADDR"),
        resolution: Resolution(
            method: .ipLiteral, addresses: ["10.30.4.17"],
            reason: "private address not covered by the estate file's networks"))

    static let telemetry = endpoint(
        "otel.vendor-telemetry.io", 4317, .grpc, .telemetry,
        at: ("k8s/otel.yaml", 30, 22, "ConfigMap otel-collector, exporters.otlp.endpoint"),
        resolution: Resolution(
            method: .dns, addresses: ["198.51.100.23"],
            locations: [
                located(
                    Location(
                        address: "198.51.100.23", country: "US", latitude: 39.83, longitude: -98.58,
                        asn: 64500, asOrganization: "Vendor Telemetry, Inc.", jurisdiction: "US",
                        source: .mmdb), .country)
            ]))

    static let endpoints = [ordersDB, analyticsDB, reportsBucket, cartCache, telemetry]

    // MARK: Findings

    static let findings: [Finding] = [
        finding(
            "persistence-outside-eea", .persistenceOutsideEEA, .critical, "Personal data stored outside the EEA",
            "The object storage reports-archive.s3.us-east-1.amazonaws.com is in the United States (Ashburn, AWS us-east-1); "
                + "the policy allows persistence in the EEA only.",
            at: ("terraform/storage.tf", 14, 12), endpoint: reportsBucket,
            evidence: [
                "terraform/storage.tf:14 resource aws_s3_bucket reports, bucket_regional_domain_name",
                "reports-archive.s3.us-east-1.amazonaws.com → us-east-1 (provider catalogue: Amazon Web Services)",
                "us-east-1 → US Ashburn",
            ],
            remediation: [
                "Move the bucket to eu-north-1 (Stockholm), the nearest allowed AWS region to Oslo: about 9 ms round trip.",
                "Replicate the existing objects, then delete them from us-east-1 and record the transfer in the RoPA.",
            ],
            references: ["GDPR Art. 44", "GDPR Art. 46"]),
        finding(
            "us-jurisdiction", .usJurisdiction, .high, "Operator subject to US jurisdiction",
            "analytics-db.example.com runs on Amazon Web Services in Dublin (IE); the operator answers to US law (CLOUD Act) "
                + "whatever the region.",
            at: ("k8s/analytics.yaml", 22, 20), endpoint: analyticsDB,
            evidence: [
                "k8s/analytics.yaml:22 env PGHOST",
                "analytics-db.example.com CNAME analytics.c9x2kq.eu-west-1.rds.amazonaws.com",
                "52.95.0.1 → IE Dublin, AS16509 AMAZON-02 (Amazon Web Services, US jurisdiction)",
            ],
            remediation: [
                "Encrypt with customer-managed keys held in the EEA (an HSM outside AWS), so the provider cannot hand over plaintext.",
                "Or move to an EEA-owned provider with managed PostgreSQL in the Nordics.",
            ],
            references: ["CJEU C-311/18 (Schrems II)", "EDPB Recommendations 01/2020"],
            baselined: true),
        finding(
            "transfer-outside-eea", .transferOutsideEEA, .high, "Data transferred outside the EEA",
            "Telemetry is exported to otel.vendor-telemetry.io in the United States (country-level location).",
            at: ("k8s/otel.yaml", 30, 22), endpoint: telemetry,
            evidence: [
                "k8s/otel.yaml:30 ConfigMap otel-collector, exporters.otlp.endpoint",
                "otel.vendor-telemetry.io A 198.51.100.23",
                "198.51.100.23 → US (country-level), AS64500 Vendor Telemetry, Inc.",
            ],
            remediation: [
                "Pseudonymise user identifiers in the collector before export.",
                "Or export to the vendor's EU endpoint.",
            ],
            references: ["GDPR Art. 44", "GDPR Art. 46(2)(c)"],
            suppression: FindingSuppression(
                reason: "vendor DPA with SCCs signed 2026-06-01, migration ticket OPS-123",
                expires: "2027-06-30", source: .init(path: "residency.yaml", line: 31))),
        finding(
            "unknown-location", .unknownLocation, .medium, "Endpoint location unknown",
            "10.30.4.17 is a private address that the estate file's networks do not cover, so where the cart cache runs is unknown.",
            at: ("compose.yaml", 18, 15), endpoint: cartCache,
            evidence: [
                "compose.yaml:18 service cart, environment REDIS_ADDR",
                "10.30.4.17: private (RFC 1918), no estate network",
            ],
            remediation: ["Add the range to the estate file: networks: {10.30.0.0/16: oslo-1}."],
            references: ["GDPR Art. 30"]),
        finding(
            "latency-budget", .latencyBudget, .medium, "Request chain over the Norway latency budget",
            "shop.example.no /checkout takes an estimated 72.6 ms from users in Oslo; the budget is 60.0 ms.",
            at: ("nginx/gateway.conf", 21, 9), subject: "shop.example.no /checkout",
            evidence: [
                "users in Oslo → gateway 0.5 ms", "gateway → checkout 0.9 ms (new connection per request)",
                "checkout → analytics-db.example.com 71.2 ms (IE Dublin, 1253 km, 4 round trips)",
            ],
            remediation: ["Move analytics-db.example.com to eu-north-1 (Stockholm): the chain drops to about 12.4 ms."],
            references: ["Datatilsynet: Nordic latency expectations (norway-latency policy)"]),
        finding(
            "connection-reuse", .connectionReuse, .low, "Upstream opens a new connection per request",
            "nginx upstream checkout has no keepalive, so every request pays a TCP and TLS handshake.",
            at: ("nginx/gateway.conf", 4, 12), host: "checkout", subject: "upstream checkout",
            evidence: [
                "nginx/gateway.conf:4 upstream checkout { server checkout:8443; }",
                "nginx/gateway.conf:21 location /checkout { proxy_pass https://checkout; }",
            ],
            remediation: [
                "In upstream checkout add: keepalive 16;",
                "In location /checkout add: proxy_http_version 1.1; proxy_set_header Connection \"\";",
            ],
            references: ["nginx ngx_http_upstream_module: keepalive"]),
        finding(
            "config-error", .configError, .medium, "Config file could not be parsed",
            "helm/values.yaml could not be parsed: mapping values are not allowed here, near \"url: <db>, tls|on\"\nwhat it references is unknown.",
            at: ("helm/values.yaml", 3, 1),
            evidence: ["helm/values.yaml:3:1 parse error"],
            remediation: ["=fix the YAML at line 3 (quote the value), then re-run the audit."],
            references: []),
        finding(
            "stale-geodata", .staleGeodata, .low, "Geolocation data is stale",
            "The country database /usr/share/tor/geoip is 418 days old; the policy allows 180.",
            at: nil,
            evidence: ["/usr/share/tor/geoip built 2025-10-01, 418 days before 2026-11-23"],
            remediation: ["Update tor-geoipdb, or pass a current GeoLite2-City with --geoip-db."],
            references: []),
    ]

    // MARK: Chains

    static let chains = [
        AuditDocument.Chain(
            route: "shop.example.no /checkout",
            hops: [
                hop("users in Oslo", "gateway", "NO Oslo", 3, 1, 0.5, true),
                hop("gateway", "checkout", "NO Oslo", 0, 3, 0.9, false),
                hop("checkout", analyticsDB.endpoint.id, "IE Dublin", 1253, 4, 71.2, true),
            ], totalMs: 72.6, budgetMs: 60),
        AuditDocument.Chain(
            route: "shop.example.no /checkout",
            hops: [
                hop("users in Oslo", "gateway", "NO Oslo", 3, 1, 0.5, true),
                hop("gateway", "checkout", "NO Oslo", 0, 3, 0.9, false),
                hop("checkout", ordersDB.endpoint.id, "NO Oslo", 0, 4, 2.0, true),
            ], totalMs: 3.4, budgetMs: 60),
        AuditDocument.Chain(
            route: "shop.example.no /",
            hops: [
                hop("users in Oslo", "gateway", "NO Oslo", 3, 1, 0.5, true),
                hop("gateway", "storefront", "NO Oslo", 0, 1, 0.3, true),
                hop("storefront", ordersDB.endpoint.id, "NO Oslo", 0, 3, 1.3, true),
            ], totalMs: 2.1, budgetMs: 60),
    ]

    // MARK: Builders

    static func endpoint(
        _ host: String, _ port: Int, _ kind: EndpointKind, _ role: EndpointRole,
        at s: (String, Int, Int, String), resolution: Resolution
    ) -> AuditedEndpoint {
        let ref = EndpointReference(
            host: host, port: port, scheme: kind.rawValue, kind: kind, role: role,
            location: SourceLocation(path: s.0, line: s.1, column: s.2, context: s.3))
        return AuditedEndpoint(endpoint: Endpoint.merge([ref])[0], resolution: resolution)
    }

    static func located(_ l: Location, _ precision: Location.Precision) -> Location {
        var l = l
        l.precision = precision
        return l
    }

    static func finding(
        _ rule: String, _ category: FindingCategory, _ severity: Severity, _ title: String, _ message: String,
        at place: (String, Int, Int)?, endpoint: AuditedEndpoint? = nil, host: String? = nil,
        subject: String? = nil, evidence: [String], remediation: [String], references: [String],
        suppression: FindingSuppression? = nil, baselined: Bool = false
    ) -> Finding {
        var f = Finding(
            ruleId: rule, category: category, severity: severity, title: title, message: message,
            location: place.map { Finding.Place(path: $0.0, line: $0.1, column: $0.2) },
            endpointId: endpoint?.endpoint.id, host: endpoint?.endpoint.host ?? host,
            kind: endpoint?.endpoint.kind, subject: subject, evidence: evidence, remediation: remediation,
            references: references)
        f.fingerprint = fingerprint(rule, place?.0 ?? "", f.host ?? "", subject ?? "")
        f.suppressed = suppression != nil
        f.suppressedBy = suppression
        f.baselined = baselined
        return f
    }

    static func hop(
        _ from: String, _ to: String, _ place: String, _ km: Double, _ trips: Int, _ ms: Double,
        _ reuse: Bool
    ) -> AuditDocument.Chain.Hop {
        .init(
            from: from, to: to, place: place, distanceKm: km, roundTrips: trips, estimateMs: ms,
            reusesConnections: reuse)
    }

    /// 64 hex characters derived from the parts (FNV-1a, four lanes): stands in for the policy
    /// target's SHA-256, which this test target does not link.
    static func fingerprint(_ parts: String...) -> String {
        let bytes = Array(parts.joined(separator: "\u{1F}").utf8)
        return (0..<4).map { lane -> String in
            var h: UInt64 = 0xcbf2_9ce4_8422_2325 &+ UInt64(lane)
            for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
            let hex = String(h, radix: 16)
            return String(repeating: "0", count: 16 - hex.count) + hex
        }.joined()
    }
}
