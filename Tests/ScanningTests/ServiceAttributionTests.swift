import Foundation
import ResidencyCore
import TestSupport
import Testing

@testable import Scanning

/// Connections written in a service's own files belong to it: the folder a compose service is
/// built from, the folder named like a Kubernetes image's repository or like the component.
struct ServiceAttributionTests {
    private func scan(_ files: [(String, String)]) -> ScanResult {
        let dir = TemporaryDirectory()
        for (p, c) in files { dir.write(p, c) }
        return ScanEngine().scan(root: dir.url)
    }

    private func components(_ result: ScanResult, _ host: String) -> [String]? {
        result.endpoints.first { $0.host == host }?.components
    }

    @Test func aServicesOwnFilesBelongToIt() {
        let result = scan([
            (
                "docker-compose.yml",
                """
                services:
                  orders:
                    build:
                      context: ./apps/orders-api
                  tools:
                    build: .
                    environment:
                      TOOLS_DB: postgres://tools-db:5432/tools
                """
            ),
            (
                "k8s/billing.yaml",
                """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: billing}
                spec:
                  template:
                    spec:
                      containers:
                        - name: app
                          image: registry.example.no/shop/billing-app:1.4.2
                """
            ),
            (
                "apps/orders-api/src/main/resources/application-prod.yml",
                """
                spring:
                  datasource:
                    url: jdbc:postgresql://orders-db.example.no:5432/orders
                """
            ),
            (
                "apps/orders-api/Dockerfile",
                "FROM eclipse-temurin:21\nENV CACHE_URL=redis://orders-cache.example.no:6379\n"
            ),
            ("services/billing-app/.env", "LEDGER_URL=postgres://ledger.example.no:5432/ledger\n"),
            ("scripts/report.env", "REPORT_DB_URL=postgres://reports.example.no:5432/reports\n"),
        ])
        #expect(components(result, "orders-db.example.no") == ["orders (compose docker-compose.yml)"], "build.context")
        #expect(
            components(result, "orders-cache.example.no") == ["orders (compose docker-compose.yml)"], "its Dockerfile")
        #expect(components(result, "ledger.example.no") == ["billing"], "a folder named like the image's repository")
        // Near misses: a file in no service's folder; `build: .` does not claim the whole tree.
        #expect(components(result, "reports.example.no") == [])
    }

    @Test func aFolderNamedLikeAComponentIsItsOwn() {
        let result = scan([
            (
                "k8s/checkout/service.yaml",
                """
                apiVersion: v1
                kind: Service
                metadata: {name: checkout}
                spec:
                  selector: {app: checkout}
                  ports: [{port: 80}]
                """
            ),
            (
                "k8s/checkout/deployment.yaml",
                """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: checkout}
                spec:
                  template:
                    metadata: {labels: {app: checkout}}
                    spec:
                      containers:
                        - name: app
                          image: checkout:2
                          env:
                            - {name: DB_URL, value: "postgres://checkout-db.example.no:5432/c"}
                """
            ),
            ("services/checkout/config/application.properties", "spring.redis.host=carts.example.no\n"),
            ("services/checkout-legacy/application.properties", "spring.redis.host=legacy-carts.example.no\n"),
        ])
        #expect(components(result, "carts.example.no") == ["checkout"])
        #expect(
            components(result, "legacy-carts.example.no") == [], "a folder whose name only starts like the component's")
        #expect(ServiceSource.repositoryName(ofImage: "registry.example.no:5000/shop/api:1.2@sha256:abc") == "api")
        #expect(ServiceSource.repositoryName(ofImage: "${REGISTRY}/api") == "api")
        #expect(ServiceSource.repositoryName(ofImage: "${IMAGE}") == nil)
    }
}
