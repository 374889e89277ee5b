extension PromtailScanner {
    static let examples: [ScannerExample] = [
        ScannerExample(
            "clients push to Loki; scrape configs read local files", path: "promtail/config.yml",
            """
            server:
              http_listen_port: 9080
            positions:
              filename: /tmp/positions.yaml
            clients:
              - url: https://‸logs-prod-eu-west-0.grafana.net/loki/api/v1/push
            scrape_configs:
              - job_name: system
                static_configs:
                  - targets: [localhost]
                    labels:
                      __path__: /var/log/*log
            """,
            finds: [
                .at("logs-prod-eu-west-0.grafana.net", 443, .http)
            ])
    ]
}
