import Foundation
import ResidencyCore
import TestSupport
import Testing

@testable import Scanning

/// What the examples cannot show: service edges, contexts naming the ConfigMap a value came
/// from, secrets kept out of every field, and YAML handed to the right scanner by content.
struct KubernetesScannerTests {
    static func scan(_ files: [(String, String)]) -> ScanResult {
        let dir = TemporaryDirectory()
        for (p, c) in files { dir.write(p, c) }
        return ScanEngine().scan(root: dir.url)
    }

    @Test("a Service selects the workloads whose pod labels match; ExternalName is an alias edge")
    func serviceEdges() {
        let result = Self.scan([
            (
                "k8s/app.yaml",
                """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: orders, namespace: shop}
                spec:
                  template:
                    metadata:
                      labels: {app: orders, tier: backend}
                    spec:
                      containers: [{name: app, image: orders}]
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: users, namespace: shop}
                spec:
                  template:
                    metadata:
                      labels: {app: users}
                    spec:
                      containers: [{name: app, image: users}]
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: orders, namespace: shop}
                spec:
                  selector: {app: orders}
                ---
                apiVersion: v1
                kind: Service
                metadata: {name: legacy-db, namespace: shop}
                spec:
                  type: ExternalName
                  externalName: db.osl.example.no
                """
            )
        ])
        let edges = result.edges.map { "\($0.from) \($0.kind.rawValue) \($0.to)" }
        #expect(edges.sorted() == ["legacy-db aliases db.osl.example.no", "orders selects orders"])
    }

    @Test("a value read through configMapKeyRef names the workload, the container and the ConfigMap key")
    func contextNamesTheConfigMap() throws {
        let result = Self.scan([
            (
                "k8s/deploy.yaml",
                """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: orders}
                spec:
                  template:
                    spec:
                      containers:
                        - name: app
                          env:
                            - name: DATABASE_URL
                              valueFrom: {configMapKeyRef: {name: orders-config, key: database-url}}
                """
            ),
            (
                "k8s/cm.yaml",
                """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: orders-config}
                data:
                  database-url: postgres://orders-db.osl.example.no:5432/orders
                """
            ),
        ])
        let e = try #require(result.endpoints.first { $0.host == "orders-db.osl.example.no" })
        #expect(
            e.sources.map(\.context) == [
                "Deployment orders, container app, env DATABASE_URL (from ConfigMap orders-config key database-url)"
            ])
        #expect(e.sources.map(\.path) == ["k8s/cm.yaml"])
        #expect(e.components == ["orders"])
    }

    @Test("Secret values never appear in any reported field")
    func secretsStayOut() throws {
        let result = Self.scan([
            (
                "k8s/secret.yaml",
                """
                apiVersion: v1
                kind: Secret
                metadata: {name: db}
                data:
                  DATABASE_URL: \(Data("postgres://app:Tr0ub4dor@db.osl.example.no:5432/app".utf8).base64EncodedString())
                  DB_PASSWORD: \(Data("Tr0ub4dor".utf8).base64EncodedString())
                stringData:
                  API_TOKEN: sk_live_Tr0ub4dor
                """
            )
        ])
        let json =
            String(decoding: try JSONEncoder().encode(result.endpoints), as: UTF8.self)
            + "\(result.unresolved)\(result.diagnostics)\(result.edges)"
        #expect(result.endpoints.map(\.host) == ["db.osl.example.no"])
        #expect(!json.contains("Tr0ub4dor"))
    }

    @Test("YAML by content: Spring config and plain YAML are not lost, application.yml is left to Spring")
    func yamlByContent() {
        let result = Self.scan([
            (
                "config/customers-service.yml",
                "spring:\n  datasource:\n    url: jdbc:mysql://mysql.osl.example.no:3306/c\n"
            ),
            ("values.yaml", "redis:\n  host: redis.sto.example.se\n"),
            ("src/main/resources/application.yml", "spring:\n  data:\n    redis:\n      host: cache.fra.example.de\n"),
        ])
        let found = result.endpoints.flatMap { e in e.sources.map { "\(e.host) \($0.path):\($0.line):\($0.column)" } }
            .sorted()
        #expect(
            found == [
                "cache.fra.example.de src/main/resources/application.yml:4:13",
                "mysql.osl.example.no config/customers-service.yml:3:23",
                "redis.sto.example.se values.yaml:2:9",
            ])
    }

    @Test("container args: --flag=value, a flag then its value, flags inside a shell command line")
    func args() {
        let result = Self.scan([
            (
                "k8s/load.yaml",
                """
                apiVersion: batch/v1
                kind: Job
                metadata: {name: load}
                spec:
                  template:
                    spec:
                      containers:
                        - name: a
                          args: ["--db=postgres://pg.osl.example.no:5432/x", "--upstream", "http://api.shop.svc.cluster.local:8080"]
                        - name: b
                          command: ["/bin/sh", "-c", "locust --host http://front-end.shop.svc.cluster.local -f x.py"]
                """
            )
        ])
        let found = result.endpoints.flatMap { e in
            e.sources.map { "\(e.host) \(e.kind.rawValue) \($0.line):\($0.column)" }
        }.sorted()
        #expect(
            found == [
                "api.shop.svc.cluster.local http 9:84",
                "front-end.shop.svc.cluster.local http 11:60",
                "pg.osl.example.no postgres 9:35",
            ])
    }

    @Test("a ConfigMap's embedded YAML file: settings at their line and column in the manifest")
    func embeddedYAML() {
        let result = Self.scan([
            (
                "k8s/cm.yaml",
                """
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: app}
                data:
                  application.yaml: |
                    spring:
                      datasource:
                        url: "jdbc:postgresql://pg.osl.example.no:5432/app"
                """
            )
        ])
        let found = result.endpoints.flatMap { e in
            e.sources.map { "\(e.host) \(e.kind.rawValue) \($0.line):\($0.column)" }
        }
        #expect(found == ["pg.osl.example.no postgres 8:33"])
    }
}

struct EnvValueShapeTests {
    @Test("whole values shaped like name:port or in-cluster names are hosts whatever the key")
    func shapes() {
        #expect(EnvValueShape.key(for: "mongo", value: "user-db:27017") == "mongo_ADDR")
        #expect(EnvValueShape.key(for: "ZIPKIN", value: "zipkin.jaeger.svc.cluster.local") == "ZIPKIN_ADDR")
        #expect(EnvValueShape.key(for: "DB_HOST", value: "db:5432") == "DB_HOST")
        for v in ["true", "8080", "info", "12:30", "json:1x", "-Xmx512m", "a b:1", "socksdb"] {
            #expect(EnvValueShape.key(for: "SETTING", value: v) == "SETTING", "\(v)")
        }
    }
}
