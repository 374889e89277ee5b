extension KongScanner {
    static let examples: [ScannerExample] = [
        ScannerExample(
            "services by url and by host and port, upstream targets; an upstream's own name is not a host",
            path: "kong/kong.yml",
            """
            _format_version: "3.0"
            services:
              - name: orders
                url: http://‸orders.shop.svc:8080
                routes:
                  - paths: [/orders]
              - name: payments
                host: ‸payments-upstream
                port: 8443
                protocol: https
            upstreams:
              - name: payments-upstream
                targets:
                  - target: ‸payments-1.osl.example.no:8443
            """,
            finds: [
                .at("orders.shop.svc", 8080, .http),
                .at("payments-upstream", 8443, .other),
                .at("payments-1.osl.example.no", 8443, .other),
            ])
    ]
}
