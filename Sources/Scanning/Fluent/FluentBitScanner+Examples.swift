extension FluentBitScanner {
    static let examples: [ScannerExample] = [
        ScannerExample(
            "outputs to Elasticsearch and Kafka; the forward input listens", path: "logging/fluent-bit.conf",
            """
            [SERVICE]
                Flush        1
            [INPUT]
                Name         forward
                Listen       0.0.0.0
                Port         24224
            [OUTPUT]
                Name         es
                Match        *
                Host         ‸es.osl.example.no
                Port         9200
            [OUTPUT]
                Name         kafka
                Brokers      ‸kafka-0.kafka:9092,‸kafka-1.kafka:9092
            """,
            finds: [
                .at("es.osl.example.no", 9200, .elasticsearch),
                .at("kafka-0.kafka", 9092, .kafka),
                .at("kafka-1.kafka", 9092, .kafka),
            ])
    ]
}
