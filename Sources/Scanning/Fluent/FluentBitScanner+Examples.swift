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
                Host         es.osl.example.no
                Port         9200
            [OUTPUT]
                Name         kafka
                Brokers      kafka-0.kafka:9092,kafka-1.kafka:9092
            """,
            finds: [
                .init("es.osl.example.no", 9200, .elasticsearch, line: 10, column: 18),
                .init("kafka-0.kafka", 9092, .kafka, line: 14, column: 18),
                .init("kafka-1.kafka", 9092, .kafka, line: 14, column: 37),
            ])
    ]
}
