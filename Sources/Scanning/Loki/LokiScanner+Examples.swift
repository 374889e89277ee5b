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
                endpoint: ‸minio.osl.example.no:9000
                bucketnames: loki-chunks
            ruler:
              alertmanager_url: http://‸alertmanager.monitoring.svc:9093
            memberlist:
              join_members: [‸loki-memberlist.monitoring.svc:7946]
            """,
            finds: [
                .at("minio.osl.example.no", 9000, .s3),
                .at("alertmanager.monitoring.svc", 9093, .http),
                .at("loki-memberlist.monitoring.svc", 7946, .other),
            ])
    ]
}
