extension DockerfileScanner {
    static let examples: [ScannerExample] = [
        ScannerExample(
            "ENV in both forms, ARG defaults, continuations, quotes", path: "services/orders/Dockerfile",
            """
            # syntax=docker/dockerfile:1
            FROM eclipse-temurin:21-jre AS runtime
            ARG DB_HOST=‸orders-db.osl.example.no
            ARG DB_PORT=5433
            ENV SPRING_DATASOURCE_URL=jdbc:postgresql://${DB_HOST}:${DB_PORT}/orders \\
                # the cache
                REDIS_URL="redis://‸cache.sto.example.se:6379/0" \\
                KAFKA_BOOTSTRAP_SERVERS=‸kafka-0.fra.example.de:9092
            ENV OTEL_EXPORTER_OTLP_ENDPOINT http://‸otel-collector.monitoring:4317
            ENV JAVA_OPTS="-Xmx512m"
            EXPOSE 8080
            """,
            finds: [
                .at("orders-db.osl.example.no", 5433, .postgres),
                .at("cache.sto.example.se", 6379, .redis),
                .at("kafka-0.fra.example.de", 9092, .kafka),
                .at("otel-collector.monitoring", 4317, .http),
            ]),
        ScannerExample(
            "CRLF, a BOM, @ in a password, a placeholder no ARG defines", path: "Containerfile",
            "\u{FEFF}FROM alpine\r\nENV MONGO_URL=mongodb://app:p@ss@mongo-0.osl.example.no:27017,mongo-1.osl.example.no:27017/shop \\\r\n"
                + "    AMQP_URL=amqp://${RABBIT_HOST}:5672\r\n",
            finds: [
                .init("mongo-0.osl.example.no", 27017, .mongodb, line: 2, column: 34),
                .init("mongo-1.osl.example.no", 27017, .mongodb, line: 2, column: 63),
            ], unresolved: ["RABBIT_HOST"]),
    ]
}
