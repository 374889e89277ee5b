extension EnvoyScanner {
    static let examples: [ScannerExample] = [
        ScannerExample(
            "a cluster's load_assignment endpoint; the listener's own address is not one", path: "envoy/envoy.yaml",
            """
            static_resources:
              listeners:
                - name: ingress
                  address:
                    socket_address: { address: 10.0.0.5, port_value: 10000 }
              clusters:
                - name: orders
                  type: STRICT_DNS
                  load_assignment:
                    cluster_name: orders
                    endpoints:
                      - lb_endpoints:
                          - endpoint:
                              address:
                                socket_address:
                                  address: ‸orders.osl.example.no
                                  port_value: 8080
            """,
            finds: [
                .at("orders.osl.example.no", 8080, .other)
            ])
    ]
}
