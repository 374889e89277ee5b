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
                      { destination_name = "‸orders-db", local_bind_port = 5432 },
                      { destination_name = "‸payments", local_bind_port = 9191 }
                    ]
                  }
                }
              }
            }
            """,
            finds: [
                .at("orders-db", nil, .other),
                .at("payments", nil, .other),
            ]),
        ScannerExample(
            "agent joins (JSON); cloud auto-join names no host", path: "consul/agent.json",
            """
            {
              "datacenter": "osl1",
              "retry_join": ["‸consul-1.osl.example.no", "‸10.20.0.11", "provider=aws tag_key=consul"],
              "retry_join_wan": ["‸consul.sto.example.se"]
            }
            """,
            finds: [
                .at("consul-1.osl.example.no", nil, .other),
                .at("10.20.0.11", nil, .other),
                .at("consul.sto.example.se", nil, .other),
            ]),
    ]
}
