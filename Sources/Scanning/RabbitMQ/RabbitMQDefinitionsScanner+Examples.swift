extension RabbitMQDefinitionsScanner {
    static let examples: [ScannerExample] = [
        ScannerExample(
            "federation upstream (list) and shovel URIs", path: "rabbitmq/definitions.json",
            """
            {
              "rabbit_version": "3.13.2",
              "parameters": [
                {
                  "component": "federation-upstream", "name": "stockholm", "vhost": "/",
                  "value": {"uri": ["amqps://fed:s3cr@t@‸mq-0.sto.example.se:5671", "amqps://fed:x@‸mq-1.sto.example.se"],
                            "expires": 3600000}
                },
                {
                  "component": "shovel", "name": "orders-to-us", "vhost": "/",
                  "value": {"src-uri": "amqp://", "src-queue": "orders",
                            "dest-uri": "amqp://shovel:pw@‸mq.us-east.example.com:5672/%2f", "dest-queue": "orders"}
                }
              ],
              "queues": [{"name": "orders", "vhost": "/", "durable": true, "arguments": {}}]
            }
            """,
            finds: [
                .at("mq-0.sto.example.se", 5671, .amqp),
                .at("mq-1.sto.example.se", 5671, .amqp),
                .at("mq.us-east.example.com", 5672, .amqp),
            ]),
        ScannerExample(
            "a broken export is one diagnostic", path: "definitions.json",
            """
            {"parameters": [{"component": "shovel", "value": {"src-uri": "amqp://a.example.no"}]
            """, diagnostics: 1),
        ScannerExample(
            "a definitions file of another tool is scanned as text", path: "schema/definitions.json",
            """
            {"$schema": "http://json-schema.org/draft-07/schema#", "title": "db", "default": "postgres://‸db.osl.example.no/app"}
            """, finds: [.at("db.osl.example.no", 5432, .postgres)]),
    ]
}
