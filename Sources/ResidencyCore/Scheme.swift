/// The URL schemes and driver names residency recognises, mapped to a kind and default port.
///
/// One table, so that a connection string, a JDBC URL and an nginx `proxy_pass` agree on what
/// `rediss` or `mongodb+srv` means.
public enum SchemeTable {
    /// scheme (lowercased) → (kind, default port, uses TLS).
    public static let entries: [String: (kind: EndpointKind, port: Int?, tls: Bool)] = [
        "postgres": (.postgres, 5432, false), "postgresql": (.postgres, 5432, false),
        "mysql": (.mysql, 3306, false), "mariadb": (.mysql, 3306, false), "mysqlx": (.mysql, 33060, false),
        "sqlserver": (.mssql, 1433, false), "mssql": (.mssql, 1433, false), "jtds:sqlserver": (.mssql, 1433, false),
        "oracle": (.oracle, 1521, false), "oracle:thin": (.oracle, 1521, false),
        "mongodb": (.mongodb, 27017, false), "mongodb+srv": (.mongodb, nil, true),
        "redis": (.redis, 6379, false), "rediss": (.redis, 6379, true), "redis-sentinel": (.redis, 26379, false),
        "memcached": (.memcached, 11211, false), "memcache": (.memcached, 11211, false),
        "elasticsearch": (.elasticsearch, 9200, false), "opensearch": (.elasticsearch, 9200, false),
        "cassandra": (.cassandra, 9042, false), "cql": (.cassandra, 9042, false),
        "kafka": (.kafka, 9092, false), "kafka+ssl": (.kafka, 9093, true),
        "amqp": (.amqp, 5672, false), "amqps": (.amqp, 5671, true),
        "nats": (.nats, 4222, false),
        "s3": (.s3, 443, true),
        "http": (.http, 80, false), "https": (.http, 443, true),
        "grpc": (.grpc, 443, false), "grpcs": (.grpc, 443, true),
        "smtp": (.smtp, 25, false), "smtps": (.smtp, 465, true),
    ]

    public static func lookup(_ scheme: String) -> (kind: EndpointKind, port: Int?, tls: Bool)? {
        entries[scheme.lowercased()]
    }
}
