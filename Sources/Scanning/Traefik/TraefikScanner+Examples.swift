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
                      - url: http://‸orders-1.osl.example.no:8080/
                      - url: http://‸orders-2.osl.example.no:8080/
            tcp:
              services:
                ledger-db:
                  loadBalancer:
                    servers:
                      - address: ‸ledger-db.osl.example.no:5432
            """,
            finds: [
                .at("orders-1.osl.example.no", 8080, .http),
                .at("orders-2.osl.example.no", 8080, .http),
                .at("ledger-db.osl.example.no", 5432, .postgres),
            ])
    ]
}
