extension DotEnvScanner {
    static let examples: [ScannerExample] = [
        ScannerExample(
            "URL, split host and port, telemetry DSN", path: ".env.production",
            """
            # production settings for order-service
            DATABASE_URL=postgres://orders:hunter2@orders-db.osl.example.no:5432/orders
            export REDIS_HOST=cache-1.sto.example.no
            REDIS_PORT=6380
            SENTRY_DSN="https://abc123@o4501.ingest.de.sentry.io/4502"
            LISTEN_ADDR=0.0.0.0:8080
            LOG_LEVEL=info
            """,
            finds: [
                .init("orders-db.osl.example.no", 5432, .postgres, line: 2, column: 40),
                .init("cache-1.sto.example.no", 6380, .redis, line: 3, column: 19),
                .init("o4501.ingest.de.sentry.io", 443, .http, line: 5, column: 28),
            ]),
        ScannerExample(
            "placeholder with and without default", path: "app.env",
            """
            DB_HOST=${DB_HOST}
            CACHE_URL=redis://${CACHE_HOST:-cache.example.no}:6379/0
            """, finds: [.init("cache.example.no", 6379, .redis, line: 2, column: 33)], unresolved: ["DB_HOST"]),
        ScannerExample(
            "shell defaults, a host with a variable port, bucket URLs, upstream keys", path: "deploy/.env",
            """
            SEARCH_HOST=${SEARCH_HOST-search.osl.example.no}
            AD_ADDR=ad:${AD_PORT}
            ARCHIVE_URL=s3://invoices?endpoint=minio.osl.example.no:9000
            EXPORT_URL=s3://exports-eu/daily
            CACHE_UPSTREAM=cache-1.osl.example.no:6379
            BUCKET_NAME=invoices
            """,
            finds: [
                .init("search.osl.example.no", nil, .other, line: 1, column: 27),
                .init("ad", nil, .other, line: 2, column: 9),
                .init("minio.osl.example.no", 9000, .s3, line: 3, column: 36),
                .init("s3.amazonaws.com", 443, .s3, line: 4, column: 17),
                .init("cache-1.osl.example.no", 6379, .redis, line: 5, column: 16),
            ]),
    ]
}
