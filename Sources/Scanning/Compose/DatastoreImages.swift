import ResidencyCore

/// What a compose service's `image:` says it is, so that another service's `DB_HOST: db` or
/// `tcp://queue:5672` gets the right kind. Official images on Docker Hub and the common vendor ones
/// (bitnami, confluentinc, Microsoft's SQL Server, MinIO).
enum DatastoreImages {
    /// Image repository name (last path component, without tag or digest) → kind.
    static let table: [(name: String, kind: EndpointKind)] = [
        ("postgres", .postgres), ("postgis", .postgres), ("timescaledb", .postgres), ("cockroach", .postgres),
        ("mysql", .mysql), ("mariadb", .mysql), ("percona", .mysql),
        ("mssql", .mssql), ("sqlserver", .mssql), ("azure-sql-edge", .mssql),
        ("oracle", .oracle),
        ("mongo", .mongodb),
        ("redis", .redis), ("valkey", .redis), ("keydb", .redis), ("dragonfly", .redis),
        ("memcached", .memcached),
        ("elasticsearch", .elasticsearch), ("opensearch", .elasticsearch),
        ("cassandra", .cassandra), ("scylla", .cassandra),
        ("kafka", .kafka), ("redpanda", .kafka),
        ("rabbitmq", .amqp),
        ("nats", .nats),
        ("minio", .s3), ("localstack", .s3),
    ]

    /// The kind of an image reference such as `postgres:16-alpine`, `bitnami/kafka:3.7`,
    /// `mcr.microsoft.com/mssql/server:2022-latest`.
    static func kind(ofImage image: String) -> EndpointKind? {
        var ref = image.lowercased()
        if let at = ref.firstIndex(of: "@") { ref = String(ref[..<at]) }
        let parts = ref.split(separator: "/")
        guard var last = parts.last.map(String.init) else { return nil }
        if let colon = last.firstIndex(of: ":") { last = String(last[..<colon]) }
        // `mssql/server`: the repository's owner names it.
        let candidates = [last] + parts.dropLast().suffix(1).map(String.init)
        // By dash-separated word (`cp-kafka`, `postgresql-repmgr`): stdlib prefix tests only, as
        // this runs for every compose service.
        for c in candidates {
            for word in c.split(separator: "-").map(String.init) {
                for entry in table where word.hasPrefix(entry.name) { return entry.kind }
            }
        }
        return nil
    }
}
