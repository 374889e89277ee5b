extension ConsulScanner {
    static let examples: [ScannerExample] = [
        ScannerExample(
            "a service's Connect upstreams (HCL)", path: "consul/web.hcl",
            """
            service {
              name = "web"
              port = 8080
              connect {
                sidecar_service {
                  proxy {
                    upstreams = [
                      { destination_name = "orders-db", local_bind_port = 5432 },
                      { destination_name = "payments", local_bind_port = 9191 }
                    ]
                  }
                }
              }
            }
            """,
            finds: [
                .init("orders-db", nil, .other, line: 8, column: 33),
                .init("payments", nil, .other, line: 9, column: 33),
            ]),
        ScannerExample(
            "agent joins (JSON); cloud auto-join names no host", path: "consul/agent.json",
            """
            {
              "datacenter": "osl1",
              "retry_join": ["consul-1.osl.example.no", "10.20.0.11", "provider=aws tag_key=consul"],
              "retry_join_wan": ["consul.sto.example.se"]
            }
            """,
            finds: [
                .init("consul-1.osl.example.no", nil, .other, line: 3, column: 19),
                .init("10.20.0.11", nil, .other, line: 3, column: 46),
                .init("consul.sto.example.se", nil, .other, line: 4, column: 23),
            ]),
    ]
}
