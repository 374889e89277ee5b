extension ComposeScanner {
    static let examples: [ScannerExample] = [
        ScannerExample(
            "environment list and map forms, service names as hosts with their image's kind, anchors",
            path: "docker-compose.yml",
            """
            x-common-env: &common-env
              SENTRY_DSN: https://key@o1.ingest.de.sentry.io/42
            services:
              orders:
                build: ./orders
                environment:
                  <<: *common-env
                  DATABASE_URL: postgres://orders:p@ss@db:5432/orders
                  REDIS_HOST: cache
                  ANALYTICS_URL: "https://analytics.example.com/v1"
                depends_on:
                  db:
                    condition: service_healthy
                  cache:
                    condition: service_started
              worker:
                image: shop/worker
                environment:
                  - AMQP_URL=amqp://guest:guest@queue:5672/
                  - KAFKA_BROKERS=kafka-0.sto.example.se:9092,kafka-1.sto.example.se:9092
                  - DEBUG
                depends_on: [queue]
                links:
                  - db:database
              db:
                image: postgres:16-alpine
              cache:
                image: redis:7
              queue:
                image: rabbitmq:3-management
            """,
            finds: [
                .init("o1.ingest.de.sentry.io", 443, .http, line: 2, column: 27),
                .init("db", 5432, .postgres, line: 8, column: 44),
                .init("cache", 6379, .redis, line: 9, column: 19),
                .init("analytics.example.com", 443, .http, line: 10, column: 31),
                .init("queue", 5672, .amqp, line: 19, column: 37),
                .init("kafka-0.sto.example.se", 9092, .kafka, line: 20, column: 23),
                .init("kafka-1.sto.example.se", 9092, .kafka, line: 20, column: 51),
            ]),
        ScannerExample(
            "env_file relative to the compose file (a missing one is a diagnostic), extra_hosts, IPv6",
            files: [
                (
                    "deploy/compose.prod.yaml",
                    """
                    services:
                      api:
                        image: shop/api
                        env_file:
                          - ./api.env
                          - path: ./optional.env
                            required: false
                          - ./missing.env
                        extra_hosts:
                          - "legacy-db.internal:203.0.113.7"
                          - "ledger=[2001:db8::10]"
                        environment:
                          MYSQL_URL: mysql://app:p@ss@w0rd@[2001:db8::1]:3306/shop
                    """
                ),
                (
                    "deploy/api.env",
                    """
                    # production API settings
                    CACHE_URL=redis://cache.osl.example.no:6380/0
                    """
                ),
            ],
            finds: [
                .init("203.0.113.7", nil, .other, line: 10, column: 29),
                .init("2001:db8::10", nil, .other, line: 11, column: 18),
                .init("2001:db8::1", 3306, .mysql, line: 13, column: 41),
                .init("cache.osl.example.no", 6380, .redis, line: 2, column: 19, path: "deploy/api.env"),
            ], diagnostics: 1),
        ScannerExample(
            "compose by content, ZooKeeper quorum, KRaft voters, placeholder defaults, command lines",
            path: "kafka/zk-multiple.yml",
            """
            services:
              zoo1:
                image: confluentinc/cp-zookeeper:7.8.0
                hostname: zoo1
                container_name: zoo1
                environment:
                  ZOOKEEPER_SERVERS: zoo1:2888:3888;zoo2:2888:3888;2181
              broker:
                image: confluentinc/cp-kafka:7.8.0
                environment:
                  KAFKA_CONTROLLER_QUORUM_VOTERS: '1@broker:29093'
                  GET_HOSTS_FROM: dns
              identity:
                image: shop/identity
                environment:
                  - ConnectionString=${IDENTITY_DB:-Server=sqldata;Database=Identity;User Id=sa;Password=x}
                  - PIHOLE_DNS_=172.20.0.2#5054;1.1.1.1
                  - ROUTER_IP=192.168.178.1
                healthcheck:
                  test: ["CMD", "curl", "-f", "http://config-server:8888/actuator/health"]
              loadgen:
                image: shop/loadgen
                command: "-d 60 -r 200 -h edge-router --target=http://front-end:8079"
              taskmanager:
                image: flink:1.19
                environment:
                  - |
                    FLINK_PROPERTIES=
                    jobmanager.rpc.address: flink-jobmanager
                    taskmanager.numberOfTaskSlots: 10
            """,
            finds: [
                .init("flink-jobmanager", nil, .other, line: 29, column: 33),
                .init("zoo1", 2888, .other, line: 7, column: 26),
                .init("zoo2", 2888, .other, line: 7, column: 41),
                .init("broker", 29093, .kafka, line: 11, column: 42),
                .init("sqldata", 1433, .mssql, line: 16, column: 48),
                .init("172.20.0.2", 5054, .other, line: 17, column: 21),
                .init("1.1.1.1", nil, .other, line: 17, column: 37),
                .init("192.168.178.1", nil, .other, line: 18, column: 19),
                .init("config-server", 8888, .http, line: 20, column: 43),
                .init("edge-router", nil, .other, line: 23, column: 31),
                .init("front-end", 8079, .http, line: 23, column: 59),
            ]),
    ]
}
