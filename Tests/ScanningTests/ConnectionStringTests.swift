import ResidencyCore
import Testing

@testable import Scanning

/// Every connection-string form the value scanner knows, one row each: the value, the key that
/// holds it (nil: free text), and exactly the hosts it must yield as `kind://host:port@offset`
/// (offset: UTF-8 offset of the host in the value; `$VAR@offset` for an unresolved placeholder).
struct ConnectionStringTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let value: String
        let key: String?
        let expected: [String]
        init(_ value: String, key: String? = nil, _ expected: [String]) {
            self.value = value
            self.key = key
            self.expected = expected
        }
        var testDescription: String { value }
    }

    static func render(_ m: HostMatch) -> String {
        if let v = m.variable { return "$\(v)@\(m.offset)" }
        let h = m.host.contains(":") ? "[\(m.host)]" : m.host
        return "\(m.kind.rawValue)://\(h)\(m.port.map { ":\($0)" } ?? "")@\(m.offset)"
    }

    static let urls: [Row] = [
        Row("postgres://app:pw@db.example.no:5433/orders", ["postgres://db.example.no:5433@18"]),
        Row("postgresql://db.example.no/orders", ["postgres://db.example.no:5432@13"]),
        Row("mysql://root:pw@mysql-1:3307/app", ["mysql://mysql-1:3307@16"]),
        Row("mariadb://maria.example.no/app", ["mysql://maria.example.no:3306@10"]),
        Row("mongodb+srv://u:p@cluster0.ab1cd.mongodb.net/shop", ["mongodb://cluster0.ab1cd.mongodb.net@18"]),
        Row(
            "mongodb://m0.example.no:27017,m1.example.no:27018,[2001:db8::1]:27019/db?replicaSet=rs0",
            [
                "mongodb://m0.example.no:27017@10", "mongodb://m1.example.no:27018@30",
                "mongodb://[2001:db8::1]:27019@51",
            ]),
        Row("redis://:secret@cache:6380/0", ["redis://cache:6380@16"]),
        Row("rediss://cache.example.no", ["redis://cache.example.no:6379@9"]),
        Row("amqp://guest:guest@rabbit:5672/vhost", ["amqp://rabbit:5672@19"]),
        Row("amqps://mq.example.no", ["amqp://mq.example.no:5671@8"]),
        Row("kafka://broker-1:9092", ["kafka://broker-1:9092@8"]),
        Row("nats://nats-1:4222,nats://nats-2:4222", ["nats://nats-1:4222@7", "nats://nats-2:4222@26"]),
        Row("sqlserver://sa:pw@sql.example.no:1433?database=x", ["mssql://sql.example.no:1433@18"]),
        Row("postgres://user:p@ss@word@db.example.no/x", ["postgres://db.example.no:5432@26"]),
        Row("postgres://[2001:db8::5]:5433/x", ["postgres://[2001:db8::5]:5433@12"]),
        Row("redis://default:pw@[::1]:6379", []),
        Row(
            "mongodb://u:p@h1.example.no,h2.example.no/?authSource=admin",
            ["mongodb://h1.example.no:27017@14", "mongodb://h2.example.no:27017@28"]),
        Row(
            "engine = create_engine('mysql+pymysql://app:pw@mysql.example.no/shop')",
            ["mysql://mysql.example.no:3306@47"]),
        Row("mongodb://localhost:27017,127.0.0.1", []),
        Row("postgres://${DB_USER}:${DB_PASS}@${DB_HOST}:5432/db", ["$DB_HOST@33"]),
        Row("postgres://app@${DB_HOST:-pg.example.no}:5432/db", ["postgres://pg.example.no:5432@26"]),
    ]

    static let jdbc: [Row] = [
        Row(
            "jdbc:postgresql://pg1.example.no:5432,pg2.example.no:5433/db?targetServerType=primary",
            ["postgres://pg1.example.no:5432@18", "postgres://pg2.example.no:5433@38"]),
        Row("jdbc:sqlserver://sql.example.no:1433;databaseName=x;encrypt=true", ["mssql://sql.example.no:1433@17"]),
        Row("jdbc:sqlserver://sql.example.no\\\\prod;databaseName=x", ["mssql://sql.example.no:1433@17"]),
        Row("jdbc:oracle:thin:@//ora.example.no:1521/orders.svc", ["oracle://ora.example.no:1521@20"]),
        Row("jdbc:oracle:thin:@ora.example.no:1522:ORCL", ["oracle://ora.example.no:1522@18"]),
        Row(
            "jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=ora1.example.no)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=x)))",
            ["oracle://ora1.example.no:1521@60"]),
        Row("jdbc:mysql://mysql.example.no/db", ["mysql://mysql.example.no:3306@13"]),
        Row("jdbc:mariadb://maria.example.no:3307/db", ["mysql://maria.example.no:3307@15"]),
        Row(
            "jdbc:mysql:loadbalance://h1.example.no,h2.example.no/db",
            ["mysql://h1.example.no:3306@25", "mysql://h2.example.no:3306@39"]),
        Row("jdbc:jtds:sqlserver://legacy.example.no:1433/db", ["mssql://legacy.example.no:1433@22"]),
        Row("jdbc:oracle:thin:scott/tiger@ora.example.no:1521:ORCL", ["oracle://ora.example.no:1521@29"]),
        Row("url = \"jdbc:oracle:thin:@ora2.example.no:1521/svc\" # primary", ["oracle://ora2.example.no:1521@25"]),
        Row("jdbc:h2:mem:test", []),
    ]

    static let keyValue: [Row] = [
        Row(
            "Server=tcp:sql.example.no,1433;Database=orders;User Id=app;Password=x;", ["mssql://sql.example.no:1433@11"]
        ),
        Row("Data Source=sql.example.no;Initial Catalog=x;User ID=u;Password=p", ["mssql://sql.example.no:1433@12"]),
        Row("Server=sql.example.no\\SQLEXPRESS;Database=x;Trusted_Connection=True", ["mssql://sql.example.no:1433@7"]),
        Row("Host=pg.example.no;Port=5433;Database=x;Username=u;Password=p", ["postgres://pg.example.no:5433@5"]),
        Row("Server=mysql.example.no;Port=3306;Database=x;Uid=u;Pwd=p", ["mysql://mysql.example.no:3306@7"]),
        Row("host=pg.example.no port=5432 dbname=orders user=app", ["postgres://pg.example.no:5432@5"]),
        Row(
            "host=pg1.example.no,pg2.example.no port=5432,5433 dbname=x",
            ["postgres://pg1.example.no:5432@5", "postgres://pg2.example.no:5433@20"]),
        Row("Server=(localdb)\\mssqllocaldb;Database=x", []),
        Row("Endpoint=sb://bus.servicebus.windows.net/;SharedAccessKeyName=x;SharedAccessKey=y", []),
    ]

    static let keyed: [Row] = [
        Row(
            "k1.example.no:9092,k2.example.no:9092", key: "KAFKA_BOOTSTRAP_SERVERS",
            ["kafka://k1.example.no:9092@0", "kafka://k2.example.no:9092@19"]),
        Row("db.example.no", key: "DB_HOST", ["other://db.example.no@0"]),
        Row("pg.example.no", key: "POSTGRES_HOST", ["postgres://pg.example.no:5432@0"]),
        Row("[2001:db8::7]:6380", key: "REDIS_ADDR", ["redis://[2001:db8::7]:6380@1"]),
        Row("http://es.example.no:9200", key: "ELASTICSEARCH_URL", ["elasticsearch://es.example.no:9200@7"]),
        Row("https://s3.eu-north-1.amazonaws.com", key: "S3_ENDPOINT", ["s3://s3.eu-north-1.amazonaws.com:443@8"]),
        Row("https://o1.ingest.de.sentry.io/2", key: "SENTRY_DSN", ["http://o1.ingest.de.sentry.io:443@8"]),
        Row(
            "${BROKERS:b0.example.no:9092,b1.example.no:9092}", key: "spring.kafka.bootstrap-servers",
            ["kafka://b0.example.no:9092@10", "kafka://b1.example.no:9092@29"]),
        Row("${DB_HOST}", key: "DB_HOST", ["$DB_HOST@0"]),
        Row("${KAFKA_BROKERS:kafka:9092}", key: "spring.kafka.bootstrap-servers", ["kafka://kafka:9092@16"]),
        Row("${KAFKA_BROKERS:localhost:9092}", key: "spring.kafka.bootstrap-servers", ["$KAFKA_BROKERS@0"]),
        Row("${REDIS_HOST:redis.example.no}", key: "spring.data.redis.host", ["redis://redis.example.no:6379@13"]),
        Row(
            "PLAINTEXT://kafka-0.example.no:9092,SASL_SSL://kafka-1.example.no:9093", key: "KAFKA_BOOTSTRAP_SERVERS",
            ["kafka://kafka-0.example.no:9092@12", "kafka://kafka-1.example.no:9093@47"]),
        Row("ldap://ldap.example.no/dc=example,dc=no", key: "LDAP_URL", ["other://ldap.example.no:389@7"]),
        Row("ldaps://ad.example.no:3269/", key: "LDAP_URL", ["other://ad.example.no:3269@8"]),
        Row("tcp://docker.example.no:2376", key: "DOCKER_HOST", ["other://docker.example.no:2376@6"]),
        Row(
            "c0.example.no:9042,c1.example.no", key: "spring.cassandra.contact-points",
            ["cassandra://c0.example.no:9042@0", "cassandra://c1.example.no:9042@19"]),
        Row(
            "zk-0.example.no:2181,zk-1.example.no:2181/kafka", key: "zookeeper.connect",
            ["other://zk-0.example.no:2181@0", "other://zk-1.example.no:2181@21"]),
        Row("/var/run/postgresql", key: "PGHOST", []),
        Row("0.0.0.0:8080", key: "SERVER_ADDRESS", []),
        Row("true", key: "USE_HOST", []),
        Row("host-gateway", key: "DOCKER_HOST_ADDR", []),
        Row("string", key: "service_uri", []),
        Row("https://docs.example.no/guide", key: nil, []),
        Row("lb://vets-service", key: "spring.cloud.gateway.routes[0].uri", ["http://vets-service@5"]),
        Row("SERVICE_UNAVAILABLE", key: "spring.cloud.gateway.server.webflux.default-filters[1].args.statuses", []),
        Row("http://discovery:8761/eureka/", key: "eureka.client.service-url.defaultZone", ["http://discovery:8761@7"]),
    ]

    @Test("URLs", arguments: urls) func url(_ row: Row) { check(row) }
    @Test("JDBC URLs", arguments: jdbc) func jdbcURL(_ row: Row) { check(row) }
    @Test("key-value connection strings", arguments: keyValue) func kv(_ row: Row) { check(row) }
    @Test("host-bearing keys", arguments: keyed) func hostKeys(_ row: Row) { check(row) }

    private func check(_ row: Row) {
        let got = ValueScanner.matches(in: Substring(row.value), key: row.key).map(Self.render)
        #expect(got == row.expected, "\(row.value)")
    }

    @Test("TLS schemes are marked")
    func tls() {
        #expect(ValueScanner.matches(in: "rediss://c.example.no", key: nil).first?.tls == true)
        #expect(ValueScanner.matches(in: "amqps://c.example.no", key: nil).first?.tls == true)
        #expect(ValueScanner.matches(in: "redis://c.example.no", key: nil).first?.tls == false)
    }

    @Test("split host and port keys are joined, per prefix")
    func splitPairs() {
        let text = "DB_HOST=db.example.no\nDB_PORT=5432\nCACHE_HOST=cache.example.no\nCACHE_PORT=6380\nOTHER_PORT=1\n"
        let file = SourceFile(path: "x.env", text: SourceText(text))
        var entries: [ConfigEntry] = []
        var offset = 0
        for line in text.split(separator: "\n") {
            let eq = line.firstIndex(of: "=")!
            let key = String(line[..<eq])
            let value = String(line[line.index(after: eq)...])
            entries.append(
                ConfigEntry(
                    key: key, value: value, origin: .verbatim(byteOffset: offset + key.utf8.count + 1), context: key))
            offset += line.utf8.count + 1
        }
        let refs = ValueScanner.scan(entries, in: file).references
        let got = refs.map {
            "\($0.kind.rawValue)://\($0.host):\($0.port ?? 0) \($0.location.line):\($0.location.column)"
        }
        #expect(got == ["postgres://db.example.no:5432 1:9", "redis://cache.example.no:6380 3:12"])
    }
}
