extension TextScanner {
    static let examples: [ScannerExample] = [
        ScannerExample("connection string in Python source", path: "app/db.py", """
            import os
            # Connection for the order history report; see postgres://docs.example.com/ in the wiki
            ENGINE = create_engine("postgresql://report:s3cret@orders-db.prod.example.no:5433/orders")
            """, finds: [.init("orders-db.prod.example.no", 5433, .postgres, line: 3, column: 52)]),
        ScannerExample("host assignment and a link in prose", path: "settings.py", """
            REDIS_HOST = "cache.internal.example.no"
            HOMEPAGE = "https://www.example.no"
            """, finds: [.init("cache.internal.example.no", 6379, .redis, line: 1, column: 15)]),
        ScannerExample("README links are not endpoints", path: "README.md", """
            See https://github.com/example/shop and http://localhost:8080 for details.
            Connect with `psql postgres://dev@db.example.com/shop`.
            """),
        ScannerExample("jdbc URL with IPv6 literal and password holding @", path: "src/Main.java", """
            String url = "jdbc:postgresql://[2001:db8::10]:5432/orders";
            String mongo = "mongodb://app:p@ss@mongo-0.example.no:27017,mongo-1.example.no/orders?replicaSet=rs0";
            """, finds: [
                .init("2001:db8::10", 5432, .postgres, line: 1, column: 34),
                .init("mongo-0.example.no", 27017, .mongodb, line: 2, column: 36),
                .init("mongo-1.example.no", 27017, .mongodb, line: 2, column: 61),
            ]),
        ScannerExample("placeholder host is unresolved", path: "deploy.sh", """
            psql "postgres://app@${PGHOST}:5432/app"
            """, unresolved: ["PGHOST"]),
    ]
}
