extension PropertiesScanner {
    static let examples: [ScannerExample] = [
        ScannerExample(
            "Spring Boot datasource, Redis host + port pair, Zipkin", path: "src/main/resources/application.properties",
            """
            # order-service
            spring.application.name=order-service
            server.port=8080
            spring.datasource.url=jdbc:postgresql://‸orders-db.osl.example.no:5432/orders
            spring.datasource.password=hunter2
            spring.data.redis.host: ‸cache-1.sto.example.no
            spring.data.redis.port: 6380
            management.zipkin.tracing.endpoint http://‸zipkin.monitoring:9411/api/v2/spans
            eureka.client.service-url.defaultZone=http://‸discovery-server:8761/eureka/
            """,
            finds: [
                .at("orders-db.osl.example.no", 5432, .postgres),
                .at("cache-1.sto.example.no", 6380, .redis),
                .at("zipkin.monitoring", 9411, .http),
                .at("discovery-server", 8761, .http),
            ]),
        ScannerExample(
            "Kafka client bootstrap list: one endpoint per broker", path: "config/consumer.properties",
            """
            ! consumer for the payments topic
            bootstrap.servers=‸kafka-0.fra.example.de:9092,‸kafka-1.fra.example.de:9092, \\
                ‸kafka-2.fra.example.de:9093
            group.id=payments
            security.protocol=SASL_SSL
            sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="u" password="p";
            """,
            finds: [
                .at("kafka-0.fra.example.de", 9092, .kafka),
                .at("kafka-1.fra.example.de", 9092, .kafka),
                .at("kafka-2.fra.example.de", 9093, .kafka),
            ]),
        ScannerExample(
            "BOM, CRLF, IPv6 literal and a password holding @", path: "config/datasource.properties",
            "\u{FEFF}# written on Windows\r\nreporting.url=jdbc:postgresql://[2001:db8::15]:5433/reports\r\n"
                + "ledger.url=postgres://ledger:p@ss@word@ledger-db.example.no/ledger\r\n",
            finds: [
                .init("2001:db8::15", 5433, .postgres, line: 2, column: 34),
                .init("ledger-db.example.no", 5432, .postgres, line: 3, column: 40),
            ]),
        ScannerExample(
            "placeholders, escapes and listen addresses", path: "application-prod.properties",
            """
            spring.rabbitmq.addresses=${RABBIT_HOST:‸rabbit.osl.example.no}:5672
            spring.datasource.url=${JDBC_URL}
            spring.data.mongodb.uri=mongodb\\://app:s%40cret@‸mongo.example.no/shop
            server.address=0.0.0.0
            """,
            finds: [
                .at("rabbit.osl.example.no", 5672, .amqp),
                .at("mongo.example.no", 27017, .mongodb),
            ], unresolved: ["JDBC_URL"]),
    ]
}
