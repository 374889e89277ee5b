extension TraefikScanner {
    static let examples: [ScannerExample] = [
        ScannerExample(
            "HTTP and TCP services behind routers", path: "traefik/dynamic/services.yml",
            """
            http:
              routers:
                orders:
                  rule: Host(`shop.example.no`) && PathPrefix(`/orders`)
                  service: orders
              services:
                orders:
                  loadBalancer:
                    servers:
                      - url: http://orders-1.osl.example.no:8080/
                      - url: http://orders-2.osl.example.no:8080/
            tcp:
              services:
                ledger-db:
                  loadBalancer:
                    servers:
                      - address: ledger-db.osl.example.no:5432
            """,
            finds: [
                .init("orders-1.osl.example.no", 8080, .http, line: 10, column: 25),
                .init("orders-2.osl.example.no", 8080, .http, line: 11, column: 25),
                .init("ledger-db.osl.example.no", 5432, .postgres, line: 17, column: 22),
            ])
    ]
}
