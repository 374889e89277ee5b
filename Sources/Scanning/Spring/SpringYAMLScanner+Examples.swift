extension SpringYAMLScanner {
    static let examples: [ScannerExample] = [
        ScannerExample(
            "datasource, Kafka list, Redis host + port, Zipkin, Eureka",
            path: "order-service/src/main/resources/application.yml",
            """
            spring:
              application:
                name: order-service
              datasource:
                url: "jdbc:postgresql://‸orders-db.osl.example.no:5432/orders"
                password: hunter2
              kafka:
                bootstrap-servers:
                  - ‸kafka-0.sto.example.se:9092
                  - ‸kafka-1.sto.example.se:9092
              data:
                redis:
                  host: ‸cache.fra.example.de
                  port: 6380
            management:
              zipkin:
                tracing:
                  endpoint: http://‸zipkin.monitoring:9411/api/v2/spans
            eureka:
              client:
                service-url:
                  defaultZone: http://‸discovery-server:8761/eureka/
            server:
              port: 8080
            """,
            finds: [
                .at("orders-db.osl.example.no", 5432, .postgres),
                .at("kafka-0.sto.example.se", 9092, .kafka),
                .at("kafka-1.sto.example.se", 9092, .kafka),
                .at("cache.fra.example.de", 6380, .redis),
                .at("zipkin.monitoring", 9411, .http),
                .at("discovery-server", 8761, .http),
            ]),
        ScannerExample(
            "profile documents, placeholders with defaults, RabbitMQ addresses", path: "config/application-cloud.yaml",
            """
            spring:
              rabbitmq:
                addresses: ${RABBIT_HOSTS:‸rabbit-0.osl.example.no:5672,‸rabbit-1.osl.example.no:5672}
              kafka:
                bootstrap-servers: "${KAFKA_BROKERS}"
            ---
            spring:
              config:
                activate:
                  on-profile: docker
              datasource:
                url: jdbc:mysql://${DB_HOST:‸mysql-server}:3306/petclinic
            """,
            finds: [
                .at("rabbit-0.osl.example.no", 5672, .amqp),
                .at("rabbit-1.osl.example.no", 5672, .amqp),
                .at("mysql-server", 3306, .mysql),
            ], unresolved: ["KAFKA_BROKERS"]),
        ScannerExample(
            "anchors, --- inside strings, dotted keys, IPv6 broker", path: "src/main/resources/application.yaml",
            """
            spring:
              datasource: &ds
                url: "jdbc:mysql://‸mysql.osl.example.no:3306/shop"
                name: "---"
            reporting:
              datasource: *ds
            ---
            spring.config.activate.on-profile: eu
            spring.kafka.bootstrap-servers: "[‸2001:db8::9]:9092"
            """,
            finds: [
                .at("mysql.osl.example.no", 3306, .mysql),
                .at("2001:db8::9", 9092, .kafka),
            ]),
        ScannerExample(
            "a syntax error is one diagnostic", path: "bootstrap.yml",
            """
            spring:
              cloud:
                config:
                  uri: http://config-server:8888
              bad: [unclosed
            """, diagnostics: 1),
    ]
}
