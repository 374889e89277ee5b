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
                url: "jdbc:postgresql://orders-db.osl.example.no:5432/orders"
                password: hunter2
              kafka:
                bootstrap-servers:
                  - kafka-0.sto.example.se:9092
                  - kafka-1.sto.example.se:9092
              data:
                redis:
                  host: cache.fra.example.de
                  port: 6380
            management:
              zipkin:
                tracing:
                  endpoint: http://zipkin.monitoring:9411/api/v2/spans
            eureka:
              client:
                service-url:
                  defaultZone: http://discovery-server:8761/eureka/
            server:
              port: 8080
            """,
            finds: [
                .init("orders-db.osl.example.no", 5432, .postgres, line: 5, column: 29),
                .init("kafka-0.sto.example.se", 9092, .kafka, line: 9, column: 9),
                .init("kafka-1.sto.example.se", 9092, .kafka, line: 10, column: 9),
                .init("cache.fra.example.de", 6380, .redis, line: 13, column: 13),
                .init("zipkin.monitoring", 9411, .http, line: 18, column: 24),
                .init("discovery-server", 8761, .http, line: 22, column: 27),
            ]),
        ScannerExample(
            "profile documents, placeholders with defaults, RabbitMQ addresses", path: "config/application-cloud.yaml",
            """
            spring:
              rabbitmq:
                addresses: ${RABBIT_HOSTS:rabbit-0.osl.example.no:5672,rabbit-1.osl.example.no:5672}
              kafka:
                bootstrap-servers: "${KAFKA_BROKERS}"
            ---
            spring:
              config:
                activate:
                  on-profile: docker
              datasource:
                url: jdbc:mysql://${DB_HOST:mysql-server}:3306/petclinic
            """,
            finds: [
                .init("rabbit-0.osl.example.no", 5672, .amqp, line: 3, column: 31),
                .init("rabbit-1.osl.example.no", 5672, .amqp, line: 3, column: 60),
                .init("mysql-server", 3306, .mysql, line: 12, column: 33),
            ], unresolved: ["KAFKA_BROKERS"]),
        ScannerExample(
            "anchors, --- inside strings, dotted keys, IPv6 broker", path: "src/main/resources/application.yaml",
            """
            spring:
              datasource: &ds
                url: "jdbc:mysql://mysql.osl.example.no:3306/shop"
                name: "---"
            reporting:
              datasource: *ds
            ---
            spring.config.activate.on-profile: eu
            spring.kafka.bootstrap-servers: "[2001:db8::9]:9092"
            """,
            finds: [
                .init("mysql.osl.example.no", 3306, .mysql, line: 3, column: 24),
                .init("2001:db8::9", 9092, .kafka, line: 9, column: 35),
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
