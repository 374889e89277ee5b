extension GrafanaProvisioningScanner {
    static let examples: [ScannerExample] = [
        ScannerExample(
            "Prometheus, Loki and PostgreSQL data sources", path: "grafana/provisioning/datasources/ds.yaml",
            """
            apiVersion: 1
            datasources:
              - name: Prometheus
                type: prometheus
                url: http://prometheus.monitoring.svc:9090
              - name: Loki
                type: loki
                url: http://loki:3100
              - name: Orders
                type: postgres
                url: orders-db.osl.example.no:5432
                jsonData:
                  sslmode: require
            """,
            finds: [
                .init("prometheus.monitoring.svc", 9090, .http, line: 5, column: 17),
                .init("loki", 3100, .http, line: 8, column: 17),
                .init("orders-db.osl.example.no", 5432, .postgres, line: 11, column: 10),
            ])
    ]
}
