extension HOCONScanner {
    static let examples: [ScannerExample] = [
        ScannerExample(
            "nested blocks, quoted and unquoted values, arrays, comments",
            path: "orders/src/main/resources/application.conf",
            """
            include "reference"
            db {
              default {
                driver = org.postgresql.Driver
                url = "jdbc:postgresql://‸orders-db.osl.example.no:5432/orders"
              }
            }
            kafka.bootstrap.servers = "‸kafka-0.kafka:9092,‸kafka-1.kafka:9092"
            cassandra {
              contact-points = ["‸cass-1.osl.example.no:9042", "‸cass-2.osl.example.no:9042"]
            }
            // akka.remote.artery.canonical.hostname = "old-host"
            http.port = 9000
            """,
            finds: [
                .at("orders-db.osl.example.no", 5432, .postgres),
                .at("kafka-0.kafka", 9092, .kafka),
                .at("kafka-1.kafka", 9092, .kafka),
                .at("cass-1.osl.example.no", 9042, .cassandra),
                .at("cass-2.osl.example.no", 9042, .cassandra),
            ]),
        ScannerExample(
            "an INI file of another program is not HOCON", path: "supervisord.conf",
            """
            [program:orders]
            command = /usr/bin/orders --db=orders-db
            """),
    ]
}
