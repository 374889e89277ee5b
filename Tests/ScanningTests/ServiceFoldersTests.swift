import ResidencyCore
@testable import Scanning
import Testing
import TestSupport

/// A settings file in a service's folder gives its connections to that service (issue 13): the
/// Spring profile under `services/order-service/` belongs to the `order-service` Deployment.
@Suite struct ServiceFoldersTests {
    static let deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: order-service
        spec:
          template:
            spec:
              containers:
                - name: app
                  image: registry.example.no/shop/order-service:1.4.2
                  env:
                    - name: CACHE_HOST
                      value: cache.osl.example.no
        """

    func endpoints(_ files: [String: String]) -> [String: [String]] {
        let dir = TemporaryDirectory()
        for (path, text) in files { dir.write(path, text) }
        let scan = ScanEngine().scan(root: dir.url)
        return Dictionary(uniqueKeysWithValues: scan.endpoints.map { ($0.host, $0.components) })
    }

    @Test func aSpringProfileInTheServiceFolderBelongsToTheService() {
        let found = endpoints([
            "k8s/order-service/deployment.yaml": Self.deployment,
            "services/order-service/src/main/resources/application-prod.yml": """
                spring:
                  datasource:
                    url: jdbc:postgresql://orders-db.osl.example.no:5432/orders
                """,
            "tools/export/application.yml": """
                spring:
                  datasource:
                    url: jdbc:postgresql://warehouse.osl.example.no:5432/dw
                """,
        ])
        #expect(found["orders-db.osl.example.no"] == ["order-service"])
        // A folder that is not a service's keeps the connection unattributed.
        #expect(found["warehouse.osl.example.no"] == [])
        #expect(found["cache.osl.example.no"] == ["order-service"])
    }

    @Test func noServiceDefinedMeansNoAttribution() {
        let found = endpoints([
            "services/order-service/application.properties": "spring.redis.host=cache.osl.example.no\n",
        ])
        #expect(found["cache.osl.example.no"] == [])
    }

    @Test func aGatewaysUpstreamsStayWithItsRoutes() {
        let found = endpoints([
            "k8s/order-service/deployment.yaml": Self.deployment,
            "order-service/nginx.conf": """
                events {}
                http {
                  upstream backend { server app.osl.example.no:8080; }
                  server { listen 80; location / { proxy_pass http://backend; } }
                }
                """,
        ])
        #expect(found["app.osl.example.no"] == [])
    }
}

/// Folders named otherwise than the service: compose `build.context` and the image's name.
@Suite struct ServiceHomeTests {
    func components(_ files: [String: String], host: String) -> [String] {
        let dir = TemporaryDirectory()
        for (path, text) in files { dir.write(path, text) }
        return ScanEngine().scan(root: dir.url).endpoints.first { $0.host == host }?.components ?? ["(not found)"]
    }

    static let settings = "spring.datasource.url=jdbc:postgresql://orders-db.osl.example.no:5432/orders\n"

    @Test func theComposeBuildContextIsTheServicesFolder() {
        let compose = """
            services:
              order-service:
                build:
                  context: ./apps/orders
                environment:
                  CACHE_HOST: cache.osl.example.no
            """
        #expect(components(["docker-compose.yml": compose, "apps/orders/application.properties": Self.settings],
                           host: "orders-db.osl.example.no") == ["order-service (compose docker-compose.yml)"])
    }

    @Test func theImagesRepositoryNameIsTheServicesFolder() {
        let deployment = ServiceFoldersTests.deployment.replacingOccurrences(of: "shop/order-service:1.4.2", with: "shop/orders:1.4.2")
        #expect(components(["k8s/deployment.yaml": deployment, "orders/src/application.properties": Self.settings],
                           host: "orders-db.osl.example.no") == ["order-service"])
        // Two workloads running the same image: the folder is nobody's in particular.
        let twin = deployment.replacingOccurrences(of: "name: order-service", with: "name: order-worker")
        #expect(components(["k8s/deployment.yaml": deployment, "k8s/worker.yaml": twin,
                            "orders/src/application.properties": Self.settings],
                           host: "orders-db.osl.example.no") == [])
    }

    @Test func imageNamesIgnoreTagsDigestsAndVariables() {
        #expect(ComponentHome.repositoryName(ofImage: "registry.example.no:5000/shop/orders:1.4") == "orders")
        #expect(ComponentHome.repositoryName(ofImage: "orders@sha256:abc") == "orders")
        #expect(ComponentHome.repositoryName(ofImage: "redis") == "redis")
        #expect(ComponentHome.repositoryName(ofImage: "${IMAGE}") == nil)
    }
}
