extension DotEnvScanner {
    static let examples: [ScannerExample] = [
        ScannerExample(
            "URL, split host and port, telemetry DSN", path: ".env.production",
            """
            # production settings for order-service
            DATABASE_URL=postgres://orders:hunter2@‸orders-db.osl.example.no:5432/orders
            export REDIS_HOST=‸cache-1.sto.example.no
            REDIS_PORT=6380
            SENTRY_DSN="https://abc123@‸o4501.ingest.de.sentry.io/4502"
            LISTEN_ADDR=0.0.0.0:8080
            LOG_LEVEL=info
            """,
            finds: [
                .at("orders-db.osl.example.no", 5432, .postgres),
                .at("cache-1.sto.example.no", 6380, .redis),
                .at("o4501.ingest.de.sentry.io", 443, .http),
            ]),
        ScannerExample(
            "placeholder with and without default", path: "app.env",
            """
            DB_HOST=${DB_HOST}
            CACHE_URL=redis://${CACHE_HOST:-‸cache.example.no}:6379/0
            """, finds: [.at("cache.example.no", 6379, .redis)], unresolved: ["DB_HOST"]),
        ScannerExample(
            "shell defaults, a host with a variable port, bucket URLs, upstream keys", path: "deploy/.env",
            """
            SEARCH_HOST=${SEARCH_HOST-‸search.osl.example.no}
            AD_ADDR=‸ad:${AD_PORT}
            ARCHIVE_URL=s3://invoices?endpoint=‸minio.osl.example.no:9000
            EXPORT_URL=s3://‸exports-eu/daily
            CACHE_UPSTREAM=‸cache-1.osl.example.no:6379
            BUCKET_NAME=invoices
            """,
            finds: [
                .at("search.osl.example.no", nil, .other),
                .at("ad", nil, .other),
                .at("minio.osl.example.no", 9000, .s3),
                .at("s3.amazonaws.com", 443, .s3),
                .at("cache-1.osl.example.no", 6379, .redis),
            ]),
    ]
}
