extension GrafanaProvisioningScanner {
    static let examples: [ScannerExample] = [
        ScannerExample(
            "Prometheus, Loki and PostgreSQL data sources", path: "grafana/provisioning/datasources/ds.yaml",
            """
            apiVersion: 1
            datasources:
              - name: Prometheus
                type: prometheus
                url: http://‸prometheus.monitoring.svc:9090
              - name: Loki
                type: loki
                url: http://‸loki:3100
              - name: Orders
                type: postgres
                url: ‸orders-db.osl.example.no:5432
                jsonData:
                  sslmode: require
            """,
            finds: [
                .at("prometheus.monitoring.svc", 9090, .http),
                .at("loki", 3100, .http),
                .at("orders-db.osl.example.no", 5432, .postgres),
            ])
    ]
}
