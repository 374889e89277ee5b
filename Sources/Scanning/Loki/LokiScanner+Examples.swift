extension LokiScanner {
    static let examples: [ScannerExample] = [
        ScannerExample(
            "S3-compatible storage, ruler and memberlist", path: "loki/loki.yaml",
            """
            auth_enabled: false
            schema_config:
              configs:
                - store: tsdb
                  object_store: s3
            storage_config:
              aws:
                endpoint: minio.osl.example.no:9000
                bucketnames: loki-chunks
            ruler:
              alertmanager_url: http://alertmanager.monitoring.svc:9093
            memberlist:
              join_members: [loki-memberlist.monitoring.svc:7946]
            """,
            finds: [
                .init("minio.osl.example.no", 9000, .s3, line: 8, column: 15),
                .init("alertmanager.monitoring.svc", 9093, .http, line: 11, column: 28),
                .init("loki-memberlist.monitoring.svc", 7946, .other, line: 13, column: 18),
            ])
    ]
}
