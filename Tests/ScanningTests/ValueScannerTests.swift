import ResidencyCore
import Testing

@testable import Scanning

/// What the value scanner decides from keys and host names rather than from the value's syntax.
struct ValueScannerTests {
    private func scan(_ pairs: [(String, String)]) -> [String] {
        var text = ""
        var entries: [ConfigEntry] = []
        for (k, v) in pairs {
            entries.append(
                ConfigEntry(
                    key: k, value: v, origin: .verbatim(byteOffset: text.utf8.count + k.utf8.count + 1), context: k))
            text += "\(k)=\(v)\n"
        }
        let out = ValueScanner.scan(entries, in: SourceFile(path: "x.env", text: SourceText(text)))
        return out.references.map {
            "\($0.kind.rawValue)://\($0.host)\($0.port.map { ":\($0)" } ?? "") \($0.role.rawValue)"
        }
            + out.unresolved.map { "$\($0.variable)" }
    }

    @Test(
        "a service name that names its product gives the kind",
        arguments: [
            ("ORDERS_DB_HOST", "postgres", "postgres://postgres:5432 datastore"),
            ("CACHE_HOST", "redis-master.cache.svc", "redis://redis-master.cache.svc:6379 datastore"),
            ("EVENTS_HOST", "rabbitmq", "amqp://rabbitmq:5672 queue"),
            ("UPSTREAM_HOST", "api.example.no", "other://api.example.no other"),
            ("DB_HOST", "10.0.0.5", "other://10.0.0.5 datastore"),
        ])
    func hostNameKinds(key: String, value: String, expected: String) {
        #expect(scan([(key, value)]) == [expected])
    }

    @Test(
        "settings about a host are not hosts",
        arguments: [
            ("management.endpoints.web.exposure.include", "health,info,prometheus"),
            ("ssl.endpoint.identification.algorithm", "https"),
            ("host_instance_type", "mq.m5.large"),
            ("KAFKA_SECURITY_PROTOCOL", "SASL_SSL"),
            ("DB_HOST_ENABLED", "true"),
            ("LISTEN_ADDR", "10.0.0.1:8080"),
            ("SERVER_BIND_ADDRESS", "db.example.no"),
        ])
    func notHosts(key: String, value: String) {
        #expect(scan([(key, value)]).isEmpty)
    }

    @Test("ports pair with hosts of the same prefix only")
    func pairs() {
        #expect(
            scan([("A_HOST", "a.example.no"), ("A_PORT", "6379"), ("B_HOST", "b.example.no"), ("C_PORT", "5432")])
                == ["redis://a.example.no:6379 datastore", "other://b.example.no other"])
        #expect(
            scan([("CACHE_HOST", "cache.example.no:6380"), ("CACHE_PORT", "6379")]) == [
                "redis://cache.example.no:6380 datastore"
            ],
            "a port written with the host wins over the separate port setting")
    }

    @Test("incremental positions agree with the line index, across lines and multi-byte text")
    func positioner() {
        let text = SourceText("é postgres://a\r\nxx ø b:1 c\n\nlast é z")
        var p = Positioner(text)
        for offset in [0, 3, 5, 14, 17, 20, 25, 26, 29, 30, 33, 0, 36] where offset < text.bytes.count {
            let got = p.position(ofByte: offset)
            let want = text.position(ofByte: offset)
            #expect(got.line == want.line && got.column == want.column, "offset \(offset)")
        }
    }

    @Test(
        "names that are code, not hosts",
        arguments: [
            ("var.ssh_host", false), ("process.env.DB_HOST", false), ("self.db_host", false), ("local.region", false),
            ("db.example.no", true), ("my_db", true), ("my_db.default.svc", true), ("db_1.example.no", true),
            ("orders-db.shop.svc.cluster.local", true),
        ])
    func codeNames(name: String, host: Bool) {
        #expect(HostSyntax.isHostLike(Substring(name)) == host)
    }
}
