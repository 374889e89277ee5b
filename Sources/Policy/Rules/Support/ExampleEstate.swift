import ResidencyCore

/// Building blocks for the rules' examples: a small estate in the shape of fixtures/nordic-shop
/// (users in Oslo, the cluster in an Oslo datacentre, managed databases at AWS), written out as
/// the values the audit pipeline would hand the rules. Every example names its policy
/// (`ExampleEstate.policy`, the shipped numbers when it was written), so an example keeps its
/// verdict when the shipped policies are tuned; a test also runs them under the shipped policy.
enum ExampleEstate {
    static let today = "2026-06-01"

    static let osloSite = Location(
        address: "oslo-1", country: "NO", city: "Oslo", latitude: 59.91, longitude: 10.75,
        provider: "Nordicshop AS", jurisdiction: "NO", source: .estate)

    /// The EEA: EU-27 plus Iceland, Liechtenstein and Norway.
    static let eea: Set<String> = [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
        "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
        "IS", "LI", "NO",
    ]

    static let policy = Policy(
        names: ["example"],
        residency: ResidencyPolicy(allowedCountries: eea, adequacyCountries: ["CH", "GB", "JP"], allowAdequacy: false),
        jurisdiction: JurisdictionPolicy(
            flagged: ["US"], supplementaryMeasures: [],
            alternatives: [
                "postgres": ["Aiven for PostgreSQL (FI)", "UpCloud Managed Databases (FI)"],
                "telemetry": ["Grafana self-hosted in oslo-1"],
            ]),
        latency: LatencyPolicy(
            origin: .init(name: "Oslo", country: "NO", latitude: 59.91, longitude: 10.75),
            model: RoundTripModel(stretch: 1.8, fixedMs: 0.5),
            hopBudgetMs: 10, chainBudgetMs: 50, datastoreRoundTrips: 3),
        geodata: GeodataPolicy(maxAgeDays: 365))

    /// The example policy with adequacy countries accepted (Brazil since 27 January 2026, Canada
    /// for PIPEDA organisations, the US for Data Privacy Framework certified organisations).
    static let adequacyPolicy: Policy = {
        var p = policy
        p.names = ["example-adequacy"]
        p.residency?.adequacyCountries = ["BR", "CA", "CH", "GB", "JP", "US"]
        p.residency?.allowAdequacy = true
        return p
    }()

    static let saoPauloOrders = endpoint(
        "orders-db.c9akciq32xyz.sa-east-1.rds.amazonaws.com", port: 5432, kind: .postgres,
        at: "k8s/order-service/config.yaml", line: 12, context: "Deployment order-service, env BR_ORDERS_DB_HOST",
        components: ["order-service"], method: .providerHostname,
        locations: [aws("orders-db.c9akciq32xyz.sa-east-1.rds.amazonaws.com", "BR", "São Paulo", -23.55, -46.63)])

    static let awsRegions: [String: [ProviderRegion]] = [
        "Amazon Web Services": [
            ProviderRegion(id: "eu-north-1", country: "SE", city: "Stockholm", latitude: 59.33, longitude: 18.07),
            ProviderRegion(id: "eu-west-1", country: "IE", city: "Dublin", latitude: 53.35, longitude: -6.26),
            ProviderRegion(id: "eu-central-1", country: "DE", city: "Frankfurt", latitude: 50.11, longitude: 8.68),
            ProviderRegion(id: "eu-west-2", country: "GB", city: "London", latitude: 51.51, longitude: -0.13),
            ProviderRegion(
                id: "us-east-1", country: "US", city: "N. Virginia (Ashburn)", latitude: 39.04, longitude: -77.49),
        ]
    ]

    /// A location as the provider catalogue gives it for a region in a host name.
    static func aws(_ host: String, _ country: String, _ city: String, _ lat: Double, _ lon: Double) -> Location {
        var l = Location(
            address: host, country: country, city: city, latitude: lat, longitude: lon,
            provider: "Amazon Web Services", jurisdiction: "US", source: .providerCatalog)
        l.precision = .region
        return l
    }

    static func oslo(_ address: String) -> Location {
        var l = osloSite
        l.address = address
        return l
    }

    static func endpoint(
        _ host: String, port: Int? = nil, kind: EndpointKind, role: EndpointRole? = nil,
        at path: String, line: Int, column: Int = 1, context: String, components: [String] = [],
        tls: Bool = false, method: Resolution.Method, locations: [Location] = [],
        addresses: [String] = [], cnames: [String] = [], reason: String? = nil,
        placement: CloudPlacement? = nil
    ) -> AuditedEndpoint {
        let key = EndpointKey(host: host, port: port ?? kind.defaultPort, kind: kind)
        let e = Endpoint(
            id: key.id, host: host, port: key.port, scheme: kind.rawValue, kind: kind, role: role ?? kind.defaultRole,
            tls: tls, sources: [SourceLocation(path: path, line: line, column: column, context: context)],
            components: components, placement: placement)
        return AuditedEndpoint(
            endpoint: e,
            resolution: Resolution(
                method: method, cnameChain: cnames, addresses: addresses,
                locations: locations, reason: reason))
    }

    static func input(
        _ endpoints: [AuditedEndpoint] = [], routes: [ProxyRoute] = [], upstreams: [ProxyUpstream] = [],
        edges: [ServiceEdge] = [], diagnostics: [Diagnostic] = [], unresolved: [UnresolvedReference] = [],
        geodata: [GeodataInfo] = [], suppressions: [SuppressionInfo] = [],
        factsReviewed: [ReviewedFacts] = [], dataPrivacyFramework: [String: DPFStatus] = [:],
        nginxVersion: NginxVersion? = nil
    ) -> AuditInput {
        AuditInput(
            endpoints: endpoints, routes: routes, upstreams: upstreams, edges: edges, diagnostics: diagnostics,
            unresolved: unresolved, geodata: geodata, suppressions: suppressions, clusterSite: osloSite,
            clusterSiteName: "oslo-1",
            providerRegions: awsRegions, dataPrivacyFramework: dataPrivacyFramework, factsReviewed: factsReviewed,
            nginxVersion: nginxVersion,
            today: today)
    }

    // MARK: - Endpoints the examples share

    static let osloRedis = endpoint(
        "10.20.4.15", port: 6379, kind: .redis, at: "k8s/user-service/configmap.yaml", line: 10,
        context: "Deployment user-service, container app, env REDIS_ADDR",
        components: ["user-service"], method: .ipLiteral, locations: [oslo("10.20.4.15")],
        addresses: ["10.20.4.15"])

    static let stockholmOrders = endpoint(
        "orders-db.c9akciq32xyz.eu-north-1.rds.amazonaws.com", port: 5432, kind: .postgres,
        at: "k8s/order-service/config.yaml", line: 10, context: "Deployment order-service, env ORDERS_DB_HOST",
        components: ["order-service"], method: .providerHostname,
        locations: [aws("orders-db.c9akciq32xyz.eu-north-1.rds.amazonaws.com", "SE", "Stockholm", 59.33, 18.07)])

    /// The same database as Terraform declares it: suppressions can name its resource address.
    static let terraformOrders = endpoint(
        "orders-db.c9akciq32xyz.eu-north-1.rds.amazonaws.com", port: 5432, kind: .postgres,
        at: "terraform/rds.tf", line: 3, context: "rds.tf resource aws_db_instance.orders (aws eu-north-1)",
        method: .providerHostname,
        locations: [aws("orders-db.c9akciq32xyz.eu-north-1.rds.amazonaws.com", "SE", "Stockholm", 59.33, 18.07)])

    static let virginiaReplica = endpoint(
        "analytics-replica.c3k9vd8f2mzq.us-east-1.rds.amazonaws.com", port: 5432, kind: .postgres,
        at: "k8s/order-service/config.yaml", line: 34,
        context: "Deployment order-service, container app, env REPORTING_DATASOURCE_URL",
        components: ["order-service"], method: .providerHostname,
        locations: [
            aws(
                "analytics-replica.c3k9vd8f2mzq.us-east-1.rds.amazonaws.com", "US",
                "N. Virginia (Ashburn)", 39.04, -77.49)
        ])

    static let dublinLedger = endpoint(
        "payments-ledger.cluster-cq4r7s2t9uvw.eu-west-1.rds.amazonaws.com", port: 5432, kind: .postgres,
        at: "k8s/payment-processor/payment-processor.yaml", line: 32,
        context: "Deployment payment-processor, container app, env LEDGER_DATABASE_URL",
        components: ["payment-processor"], method: .providerHostname,
        locations: [
            aws(
                "payments-ledger.cluster-cq4r7s2t9uvw.eu-west-1.rds.amazonaws.com", "IE",
                "Dublin", 53.35, -6.26)
        ])

    static let frankfurtProfiles = endpoint(
        "profiles.cluster-c7mpl4xq2h1z.eu-central-1.docdb.amazonaws.com", port: 27017, kind: .mongodb,
        at: "k8s/user-service/secret.yaml", line: 14,
        context: "Deployment user-service, container app, env PROFILE_STORE_URI",
        components: ["user-service"], method: .providerHostname,
        locations: [
            aws(
                "profiles.cluster-c7mpl4xq2h1z.eu-central-1.docdb.amazonaws.com", "DE",
                "Frankfurt", 50.11, 8.68)
        ])

    static let privateERP = endpoint(
        "172.16.40.12", port: 1433, kind: .mssql, at: "k8s/payment-processor/payment-processor.yaml", line: 18,
        context: "Deployment payment-processor, container app, env ERP_CONNECTION_STRING",
        components: ["payment-processor"], method: .ipLiteral, addresses: ["172.16.40.12"],
        reason: "private address (RFC 1918) not covered by the estate file's networks")
}
