extension ComposeScanner {
    static let examples: [ScannerExample] = [
        ScannerExample(
            "environment list and map forms, service names as hosts with their image's kind, anchors",
            path: "docker-compose.yml",
            """
            x-common-env: &common-env
              SENTRY_DSN: https://key@‸o1.ingest.de.sentry.io/42
            services:
              orders:
                build: ./orders
                environment:
                  <<: *common-env
                  DATABASE_URL: postgres://orders:p@ss@‸db:5432/orders
                  REDIS_HOST: ‸cache
                  ANALYTICS_URL: "https://‸analytics.example.com/v1"
                depends_on:
                  db:
                    condition: service_healthy
                  cache:
                    condition: service_started
              worker:
                image: shop/worker
                environment:
                  - AMQP_URL=amqp://guest:guest@‸queue:5672/
                  - KAFKA_BROKERS=‸kafka-0.sto.example.se:9092,‸kafka-1.sto.example.se:9092
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
                .at("o1.ingest.de.sentry.io", 443, .http),
                .at("db", 5432, .postgres),
                .at("cache", 6379, .redis),
                .at("analytics.example.com", 443, .http),
                .at("queue", 5672, .amqp),
                .at("kafka-0.sto.example.se", 9092, .kafka),
                .at("kafka-1.sto.example.se", 9092, .kafka),
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
                          - "legacy-db.internal:‸203.0.113.7"
                          - "ledger=[‸2001:db8::10]"
                        environment:
                          MYSQL_URL: mysql://app:p@ss@w0rd@[‸2001:db8::1]:3306/shop
                    """
                ),
                (
                    "deploy/api.env",
                    """
                    # production API settings
                    CACHE_URL=redis://‸cache.osl.example.no:6380/0
                    """
                ),
            ],
            finds: [
                .at("203.0.113.7", nil, .other),
                .at("2001:db8::10", nil, .other),
                .at("2001:db8::1", 3306, .mysql),
                .at("cache.osl.example.no", 6380, .redis, path: "deploy/api.env"),
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
                  ZOOKEEPER_SERVERS: ‸zoo1:2888:3888;‸zoo2:2888:3888;2181
              broker:
                image: confluentinc/cp-kafka:7.8.0
                environment:
                  KAFKA_CONTROLLER_QUORUM_VOTERS: '1@‸broker:29093'
                  GET_HOSTS_FROM: dns
              identity:
                image: shop/identity
                environment:
                  - ConnectionString=${IDENTITY_DB:-Server=‸sqldata;Database=Identity;User Id=sa;Password=x}
                  - PIHOLE_DNS_=‸172.20.0.2#5054;‸1.1.1.1
                  - ROUTER_IP=‸192.168.178.1
                healthcheck:
                  test: ["CMD", "curl", "-f", "http://‸config-server:8888/actuator/health"]
              loadgen:
                image: shop/loadgen
                command: "-d 60 -r 200 -h ‸edge-router --target=http://‸front-end:8079"
              taskmanager:
                image: flink:1.19
                environment:
                  - |
                    FLINK_PROPERTIES=
                    jobmanager.rpc.address: ‸flink-jobmanager
                    taskmanager.numberOfTaskSlots: 10
            """,
            finds: [
                .at("zoo1", 2888, .other),
                .at("zoo2", 2888, .other),
                .at("broker", 29093, .kafka),
                .at("sqldata", 1433, .mssql),
                .at("172.20.0.2", 5054, .other),
                .at("1.1.1.1", nil, .other),
                .at("192.168.178.1", nil, .other),
                .at("config-server", 8888, .http),
                .at("edge-router", nil, .other),
                .at("front-end", 8079, .http),
                .at("flink-jobmanager", nil, .other),
            ]),
    ]
}
