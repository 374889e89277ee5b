import TestSupport
import Testing

@testable import Scanning

/// What a key or a host name says about an endpoint: the kind and role a key names (words
/// anywhere in it, or whole tokens), and the hosts of telemetry services. The words are found by
/// `WordTable` in one pass, which must find exactly what a substring search per word finds.
@Suite struct KindHintsTests {
    @Test(arguments: [
        ("POSTGRES_URL", "postgres"), ("PGHOST", "postgres"), ("pg.url", "postgres"),
        ("spring.datasource.psql", "postgres"),
        ("MARIADB_HOST", "mysql"), ("SqlServerConnection", "mssql"), ("ORACLE_DSN", "oracle"),
        ("MongoUri", "mongodb"), ("VALKEY_ADDR", "redis"), ("memcached.servers", "memcached"),
        ("OPENSEARCH_URL", "elasticsearch"), ("scylla.contact-points", "cassandra"),
        ("spring.kafka.bootstrap-servers", "kafka"), ("BROKERS", "kafka"), ("RABBITMQ_HOST", "amqp"),
        ("AMQP_URL", "amqp"), ("NATS_URL", "nats"), ("MINIO_ENDPOINT", "s3"), ("S3_ENDPOINT", "s3"),
        ("UPLOAD_BUCKET", "s3"), ("SMTP_HOST", "smtp"), ("mail.host", "smtp"), ("GRPC_TARGET", "grpc"),
        // The first rule that matches wins: a Postgres key that also says `kafka` is Postgres.
        ("POSTGRES_KAFKA_URL", "postgres"),
    ])
    func keyNamesKind(_ key: String, _ kind: String) {
        #expect(KindHints.kind(forKey: key)?.rawValue == kind, "\(key)")
    }

    @Test(arguments: ["DATABASE_URL", "LOG_LEVEL", "app.feature.flag7", "SPG_URL", "mailbox", "natsume"])
    func keyNamesNoKind(_ key: String) {
        // `SPG_URL`: `pg` counts only as a token of its own; `mailbox` and `natsume` hold no
        // `mail` or `nats` token.
        #expect(KindHints.kind(forKey: key) == nil, "\(key)")
    }

    @Test func keyNamesRole() {
        #expect(KindHints.role(forKey: "SENTRY_DSN") == .telemetry)
        #expect(KindHints.role(forKey: "management.otlp.tracing.endpoint") == .telemetry)
        #expect(KindHints.role(forKey: "NEW_RELIC_HOST") == .telemetry)
        #expect(KindHints.role(forKey: "DD_AGENT_HOST") == .telemetry)
        #expect(KindHints.role(forKey: "DB_HOST") == .datastore)
        #expect(KindHints.role(forKey: "QUEUE_URL") == .queue)
        #expect(KindHints.role(forKey: "BLOB_ENDPOINT") == .objectStorage)
        #expect(KindHints.role(forKey: "API_URL") == nil)
    }

    @Test func telemetryHosts() {
        for host in [
            "sentry.io", "o1.ingest.SENTRY.io", "intake.datadoghq.eu", "otel-collector.monitoring", "jaeger-agent",
        ] {
            #expect(KindHints.isTelemetryHost(host), "\(host)")
        }
        // A suffix counts only at a label boundary; a prefix only at the start.
        for host in ["notsentry.io", "sentry.io.example.no", "db.example.no", "my-jaeger", "io"] {
            #expect(!KindHints.isTelemetryHost(host), "\(host)")
        }
    }

    @Test func wordTableFindsWhatASubstringSearchFinds() {
        let table = KindHints.telemetryKeyTable
        var rng = SplitMix(seed: 7)
        let pieces = KindHints.telemetryKeyWords + ["db", "_", ".", "x", "sent", "ry", "otl", "p", "new", "relic"]
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...6, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let held = table.held(inASCIILowercased: text)
            for word in KindHints.telemetryKeyWords {
                #expect((held & table.bit(word) != 0) == text.contains(word), "\(text) \(word)")
            }
        }
    }
}
