extension AlertmanagerScanner {
    static let examples: [ScannerExample] = [
        ScannerExample(
            "webhook, Slack and e-mail receivers, global SMTP", path: "alertmanager/alertmanager.yml",
            """
            global:
              smtp_smarthost: ‸mail.osl.example.no:587
              resolve_timeout: 5m
            route:
              receiver: ops
            receivers:
              - name: ops
                webhook_configs:
                  - url: http://‸alert-bridge.monitoring.svc:9094/hook
                slack_configs:
                  - api_url: https://‸hooks.slack.com/services/T000/B000/XXXX
                    channel: '#ops'
            """,
            finds: [
                .at("mail.osl.example.no", 587, .smtp),
                .at("alert-bridge.monitoring.svc", 9094, .http),
                .at("hooks.slack.com", 443, .http),
            ])
    ]
}
