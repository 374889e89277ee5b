extension KongScanner {
    static let examples: [ScannerExample] = [
        ScannerExample(
            "services by url and by host and port, upstream targets; an upstream's own name is not a host",
            path: "kong/kong.yml",
            """
            _format_version: "3.0"
            services:
              - name: orders
                url: http://orders.shop.svc:8080
                routes:
                  - paths: [/orders]
              - name: payments
                host: payments-upstream
                port: 8443
                protocol: https
            upstreams:
              - name: payments-upstream
                targets:
                  - target: payments-1.osl.example.no:8443
            """,
            finds: [
                .init("orders.shop.svc", 8080, .http, line: 4, column: 17),
                .init("payments-upstream", 8443, .other, line: 8, column: 11),
                .init("payments-1.osl.example.no", 8443, .other, line: 14, column: 17),
            ])
    ]
}
