extension TextScanner {
    static let examples: [ScannerExample] = [
        ScannerExample(
            "connection string in Python source", path: "app/db.py",
            """
            import os
            # Connection for the order history report; see postgres://docs.example.com/ in the wiki
            ENGINE = create_engine("postgresql://report:s3cret@‸orders-db.prod.example.no:5433/orders")
            """, finds: [.at("orders-db.prod.example.no", 5433, .postgres)]),
        ScannerExample(
            "host assignment and a link in prose", path: "settings.py",
            """
            REDIS_HOST = "‸cache.internal.example.no"
            HOMEPAGE = "https://www.example.no"
            """, finds: [.at("cache.internal.example.no", 6379, .redis)]),
        ScannerExample(
            "expressions in source code are not hosts; string literals are", path: "scripts/autoscale.py",
            """
            SERVER_ZONE = 'nginx_ws'  # an nginx status zone
            url = statusURL + path
            NGINX_STATUS_URL = NGINX_STATUS_ENDPOINT + '/status'
            STATS_HOST = "‸stats.osl.example.no"
            """, finds: [.at("stats.osl.example.no", nil, .other)]),
        ScannerExample(
            "keyword arguments, object keys and connection strings inside calls", path: "worker/Program.cs",
            """
            var pgsql = OpenDbConnection("Server=‸db;Username=postgres;Password=postgres;");
            if (mode == "server") { Connect(new Options { Host = "‸cache.osl.example.no" }); }
            """,
            finds: [
                .at("db", 5432, .postgres),
                .at("cache.osl.example.no", nil, .other),
            ]),
        ScannerExample(
            "a connection string inside a Java text block", path: "src/main/java/no/shop/Db.java",
            #"""
            String cfg = """
                url=jdbc:postgresql://ledger.osl.example.no:5432/ledger
                """;
            """#, finds: [.init("ledger.osl.example.no", 5432, .postgres, line: 2, column: 27)]),
        ScannerExample(
            "Python keyword argument and a JSON-style key", path: "vote/app.py",
            """
            g.redis = Redis(host="‸redis", db=0, socket_timeout=5)
            CONFIG = {"broker_url": "amqp://‸mq.osl.example.no:5672//"}
            """,
            finds: [
                .at("redis", 6379, .redis),
                .at("mq.osl.example.no", 5672, .amqp),
            ]),
        ScannerExample(
            "sockets, files, test labels and minified bundles are not hosts", path: "ops/monitor.py",
            """
            client = docker.DockerClient(base_url='unix://var/run/docker.sock')
            STATUS_FILE = "status.json"
            pictureUrl = "FakeUrl"
            API_URL = "https://‸api.osl.example.no/v1"
            """, finds: [.at("api.osl.example.no", 443, .http)]),
        ScannerExample(
            "an OpenAPI document's example hosts are not endpoints", path: "api/openapi.yaml",
            """
            openapi: 3.0.0
            servers:
              - url: https://api.shop.example.no/v1
            components:
              schemas:
                Domain: {properties: {hostname: {type: string, example: mail.shop.example.no}}}
            """),
        ScannerExample(
            "a Grafana dashboard's panel links are not endpoints", path: "grafana/node-exporter.json",
            """
            {"gnetId": 1860, "schemaVersion": 16,
             "links": [{"url": "https://grafana.com/dashboards/1860"}], "panels": []}
            """),
        ScannerExample(
            "a lockfile's registry and funding URLs are not endpoints", path: "result/package-lock.json",
            """
            { "funding": { "url": "https://www.patreon.com/feross" },
              "resolved": "https://registry.npmjs.org/pg/-/pg-8.11.3.tgz" }
            """),
        ScannerExample(
            "a shell assignment's unquoted value is a host", path: "deploy/env.sh",
            """
            export DB_HOST=‸pg.osl.example.no
            """, finds: [.at("pg.osl.example.no", 5432, .postgres)]),
        ScannerExample(
            "README links are not endpoints", path: "README.md",
            """
            See https://github.com/example/shop and http://localhost:8080 for details.
            Connect with `psql postgres://dev@db.example.com/shop`.
            """),
        ScannerExample(
            "jdbc URL with IPv6 literal and password holding @", path: "src/Main.java",
            """
            String url = "jdbc:postgresql://[‸2001:db8::10]:5432/orders";
            String mongo = "mongodb://app:p@ss@‸mongo-0.example.no:27017,‸mongo-1.example.no/orders?replicaSet=rs0";
            """,
            finds: [
                .at("2001:db8::10", 5432, .postgres),
                .at("mongo-0.example.no", 27017, .mongodb),
                .at("mongo-1.example.no", 27017, .mongodb),
            ]),
        ScannerExample(
            "placeholder host is unresolved", path: "deploy.sh",
            """
            psql "postgres://app@${PGHOST}:5432/app"
            """, unresolved: ["PGHOST"]),
        ScannerExample(
            "an HTTP call on an in-cluster URL literal is an upstream: Go inside a circuit breaker",
            path: "svc/client.go",
            """
            package main

            // Settings: https://github.com/sony/gobreaker and http://10.0.0.9:9000/ in the runbook
            var cb = gobreaker.NewCircuitBreaker(gobreaker.Settings{Name: "data"})

            func Get() ([]byte, error) {
                body, err := cb.Execute(func() (interface{}, error) {
                    resp, err := http.Get("http://‸10.0.0.6:8080/data")
                    if err != nil {
                        return nil, err
                    }
                    defer resp.Body.Close()
                    return io.ReadAll(resp.Body)
                })
                req, _ := http.NewRequest("POST", "http://‸audit.svc.cluster.local/events", nil)
                repo := "https://github.com/sony/gobreaker"
                return body.([]byte), err
            }
            """,
            finds: [
                .at("10.0.0.6", 8080, .http),
                .at("audit.svc.cluster.local", 80, .http),
            ]),
        ScannerExample(
            "HTTP calls in Python and Java; a public name without a call and a docs link stay prose",
            files: [
                (
                    "shop/orders.py",
                    """
                    import requests
                    DOCS = "https://docs.python-requests.org/en/latest/"
                    def orders():
                        return requests.get("http://‸orders:8080/api/orders", timeout=2).json()
                    """
                ),
                (
                    "shop/Inventory.java",
                    """
                    class Inventory {
                        // https://docs.spring.io/spring-framework/reference/web/webflux-webclient.html
                        WebClient client = WebClient.create("http://‸inventory:8081");
                        String site = "https://www.example.com/about";
                        String help = describe("https://shop.example.com/help");
                    }
                    """
                ),
            ],
            finds: [
                .at("orders", 8080, .http),
                .at("inventory", 8081, .http, path: "shop/Inventory.java"),
            ]),
        ScannerExample(
            "a shell script's own inputs ($OPTARG, $1) are not config placeholders; the environment's are",
            path: "scripts/connect.sh",
            """
            #!/bin/sh
            while getopts "h:" opt; do
              case $opt in
                h) HOST=$OPTARG ;;
              esac
            done
            DB_HOST=$1
            export REDIS_HOST=${REDIS_HOST:-$2}
            """, unresolved: ["REDIS_HOST"]),
    ]
}
