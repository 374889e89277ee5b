import ResidencyCore
import Testing

/// Secrets never reach any output: passwords in URLs and values of secret-named keys become `***`.
struct RedactionTests {
    @Test(
        "passwords in URLs and key-value strings are masked; hosts and users stay",
        arguments: [
            ("postgres://app:hunter2@db.example.no:5432/orders", "postgres://app:***@db.example.no:5432/orders"),
            ("mongodb://app:p@ss@word@m0.example.no/db", "mongodb://app:***@m0.example.no/db"),
            ("amqps://fed:s3cr3t@mq.example.se:5671/%2f", "amqps://fed:***@mq.example.se:5671/%2f"),
            ("redis://:only-password@cache:6379/0", "redis://:***@cache:6379/0"),
            ("https://user@example.no/path", "https://user@example.no/path"),
            ("postgres://db.example.no/orders", "postgres://db.example.no/orders"),
            (
                "Server=tcp:sql.example.no,1433;Database=x;User Id=app;Password=hunter2;",
                "Server=tcp:sql.example.no,1433;Database=x;User Id=app;Password=***;"
            ),
            ("host=pg port=5432 password=hunter2 dbname=x", "host=pg port=5432 password=*** dbname=x"),
            ("https://api.example.no/v1?token=abc123&x=1", "https://api.example.no/v1?token=***&x=1"),
            ("Data Source=sql;Pwd=abc;", "Data Source=sql;Pwd=***;"),
        ])
    func redactURL(input: String, expected: String) {
        let out = Redaction.redactURL(input)
        #expect(out == expected)
        #expect(!out.contains("hunter2") && !out.contains("s3cr3t") && !out.contains("abc123"))
    }

    @Test(
        "secret-named keys",
        arguments: [
            ("DB_PASSWORD", true), ("spring.datasource.password", true), ("API_KEY", true), ("GITHUB_TOKEN", true),
            ("client-secret", true), ("aws_secret_access_key", true), ("PGPASSWD", true),
            ("DB_HOST", false), ("keepalive_timeout", false), ("cassandra.keyspace", false), ("SENTRY_DSN", false),
        ])
    func secretKeys(key: String, secret: Bool) {
        #expect(Redaction.isSecretKey(key) == secret)
    }

    @Test(
        "every URL of a longer text is masked",
        arguments: [
            "DATABASE_URL=postgres://u:secret1@h.example.no/x REDIS=redis://:secret2@c.example.no",
            "mongodb://a:secret1@m0.example.no,m1.example.no/db?authSource=admin&password=secret2",
            "jdbc:sqlserver://sql.example.no:1433;databaseName=x;user=app;password=secret1;",
            "jdbc:oracle:thin:scott/secret1@ora.example.no:1521:ORCL",
            "amqps://fed:secret1@mq.example.se:5671 and amqp://x:secret2@mq2.example.se",
        ])
    func longerText(text: String) {
        let out = Redaction.redactURL(text)
        #expect(!out.contains("secret1") && !out.contains("secret2"), "\(out)")
    }
}
