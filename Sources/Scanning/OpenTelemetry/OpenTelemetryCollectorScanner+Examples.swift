extension OpenTelemetryCollectorScanner {
    static let examples: [ScannerExample] = [
        ScannerExample(
            "exporters out, OTLP receivers listening, a Kafka receiver pulling", path: "otel/collector.yaml",
            """
            receivers:
              otlp:
                protocols:
                  grpc:
                    endpoint: 0.0.0.0:4317
                  http:
                    endpoint: otel-collector:4318
              kafka:
                brokers: [‸kafka-0.kafka-headless:9092]
            exporters:
              otlphttp:
                endpoint: https://‸otlp.eu01.nr-data.net
              otlp/tempo:
                endpoint: ‸tempo.monitoring.svc:4317
            service:
              pipelines:
                traces:
                  receivers: [otlp]
                  exporters: [otlphttp, otlp/tempo]
            """,
            finds: [
                .at("kafka-0.kafka-headless", 9092, .kafka),
                .at("otlp.eu01.nr-data.net", 443, .http),
                .at("tempo.monitoring.svc", 4317, .other),
            ])
    ]
}
