extension FluentdScanner {
    static let examples: [ScannerExample] = [
        ScannerExample(
            "forward servers and an Elasticsearch match; the forward source listens", path: "fluentd/fluent.conf",
            """
            <source>
              @type forward
              port 24224
              bind 0.0.0.0
            </source>
            <match app.**>
              @type forward
              <server>
                host ‸aggregator-1.osl.example.no
                port 24224
              </server>
            </match>
            <match audit.**>
              @type elasticsearch
              host "‸es.osl.example.no"
              port 9200
            </match>
            """,
            finds: [
                .at("aggregator-1.osl.example.no", 24224, .other),
                .at("es.osl.example.no", 9200, .elasticsearch),
            ])
    ]
}
