extension LogstashScanner {
    static let examples: [ScannerExample] = [
        ScannerExample(
            "inputs and outputs: Beats listen port, Redis and Kafka inputs, Elasticsearch hosts",
            path: "deploy/elk/pipeline/logstash.conf",
            """
            input {
              beats { port => 5044 }
              redis { host => "‸cache.osl.example.no" data_type => "list" key => "logs" }
              kafka { bootstrap_servers => "‸kafka-0:9092,‸kafka-1:9092" topics => ["events"] }
            }
            # output { elasticsearch { hosts => "old-es:9200" } }
            output {
              if [type] == "audit" {
                elasticsearch { hosts => ["‸es-1.osl.example.no:9200", "‸es-2.osl.example.no:9200"] index => "audit-%{+YYYY}" }
              }
              elasticsearch {
                hosts => "‸elasticsearch:9200"
              }
            }
            """,
            finds: [
                .at("cache.osl.example.no", 6379, .redis),
                .at("kafka-0", 9092, .kafka),
                .at("kafka-1", 9092, .kafka),
                .at("es-1.osl.example.no", 9200, .elasticsearch),
                .at("es-2.osl.example.no", 9200, .elasticsearch),
                .at("elasticsearch", 9200, .elasticsearch),
            ]),
        ScannerExample(
            "a .conf of another program is not a pipeline", path: "supervisor/app.conf",
            """
            [program:app]
            command=/usr/bin/app --input /data
            """),
    ]
}
