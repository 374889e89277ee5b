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
                url = "jdbc:postgresql://orders-db.osl.example.no:5432/orders"
              }
            }
            kafka.bootstrap.servers = "kafka-0.kafka:9092,kafka-1.kafka:9092"
            cassandra {
              contact-points = ["cass-1.osl.example.no:9042", "cass-2.osl.example.no:9042"]
            }
            // akka.remote.artery.canonical.hostname = "old-host"
            http.port = 9000
            """,
            finds: [
                .init("orders-db.osl.example.no", 5432, .postgres, line: 5, column: 30),
                .init("kafka-0.kafka", 9092, .kafka, line: 8, column: 28),
                .init("kafka-1.kafka", 9092, .kafka, line: 8, column: 47),
                .init("cass-1.osl.example.no", 9042, .cassandra, line: 10, column: 22),
                .init("cass-2.osl.example.no", 9042, .cassandra, line: 10, column: 52),
            ]),
        ScannerExample(
            "an INI file of another program is not HOCON", path: "supervisord.conf",
            """
            [program:orders]
            command = /usr/bin/orders --db=orders-db
            """),
    ]
}
