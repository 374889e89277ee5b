extension HAProxyScanner {
    static let examples: [ScannerExample] = [
        ScannerExample(
            "backend and listen servers; bind and frontend are not connections", path: "lb/haproxy.cfg",
            """
            global
                maxconn 4096
            frontend www
                bind 0.0.0.0:80
                default_backend web
            backend web
                balance roundrobin
                server web1 ‸10.20.1.11:8080 check
                server web2 ‸web-2.osl.example.no:8080 check
                # server old 10.20.1.9:8080
            listen stats
                bind :8404
                server pg1 ‸pg-1.osl.example.no:5432 check
            """,
            finds: [
                .at("10.20.1.11", 8080, .other),
                .at("web-2.osl.example.no", 8080, .other),
                .at("pg-1.osl.example.no", 5432, .postgres),
            ])
    ]
}
