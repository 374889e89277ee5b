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

    /// `table` with its names as bytes.
    static let byteTable: [(name: [UInt8], kind: EndpointKind)] = table.map { (Array($0.name.utf8), $0.kind) }

    /// The kind of an image reference such as `postgres:16-alpine`, `bitnami/kafka:3.7`,
    /// `mcr.microsoft.com/mssql/server:2022-latest`.
    static func kind(ofImage image: String) -> EndpointKind? {
        // This runs for every compose service: an ASCII reference (all of them in practice) is
        // read on its bytes, the same steps as below without String indexing.
        var bytes = Array(image.utf8)
        if bytes.allSatisfy({ $0 < 0x80 }) {
            for i in bytes.indices where bytes[i] >= 0x41 && bytes[i] <= 0x5A { bytes[i] += 0x20 }
            if let at = bytes.firstIndex(of: 0x40) { bytes.removeSubrange(at...) }
            let parts = bytes.split(separator: 0x2F)
            guard var last = parts.last else { return nil }
            if let colon = last.firstIndex(of: 0x3A) { last = last[..<colon] }
            let owner = parts.count >= 2 ? [parts[parts.count - 2]] : []
            for c in [last] + owner {
                for word in c.split(separator: 0x2D) {
                    for entry in byteTable where word.starts(with: entry.name) { return entry.kind }
                }
            }
            return nil
        }
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
