extension PrometheusScanner {
    static let examples: [ScannerExample] = [
        ScannerExample(
            "scrape targets, Alertmanager, remote write, __address__ relabelling", path: "monitoring/prometheus.yml",
            """
            global:
              scrape_interval: 15s
            alerting:
              alertmanagers:
                - static_configs:
                    - targets: ['‸alertmanager:9093']
            remote_write:
              - url: https://‸metrics.eu-west-1.example.net/api/v1/write
            scrape_configs:
              - job_name: orders
                static_configs:
                  - targets: ['‸orders.shop.svc:8080', '‸payments:9100']
              - job_name: nodes
                kubernetes_sd_configs:
                  - role: node
                relabel_configs:
                  - target_label: __address__
                    replacement: ‸kubernetes.default.svc:443
                  - source_labels: [__meta_kubernetes_node_name]
                    target_label: instance
                    replacement: $1
            """,
            finds: [
                .at("alertmanager", 9093, .http),
                .at("metrics.eu-west-1.example.net", 443, .http),
                .at("orders.shop.svc", 8080, .http),
                .at("payments", 9100, .http),
                .at("kubernetes.default.svc", 443, .http),
            ]),
        ScannerExample(
            "the same configuration embedded in a ConfigMap", path: "k8s/prometheus-config.yaml",
            """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: prometheus-config
            data:
              prometheus.yml: |
                scrape_configs:
                  - job_name: kube-state-metrics
                    static_configs:
                      - targets: ['‸kube-state-metrics.monitoring.svc.cluster.local:8080']
            """,
            finds: [
                .at("kube-state-metrics.monitoring.svc.cluster.local", 8080, .http)
            ]),
        ScannerExample(
            "not Prometheus: a scrape-like list elsewhere, listen addresses", path: "config/app.yml",
            """
            targets: ['linux', 'darwin']
            web:
              listen_address: 0.0.0.0:9090
            """),
    ]
}
