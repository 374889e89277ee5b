import Foundation
import ResidencyCore
import TestSupport
import Testing

@testable import Scanning

struct ComposeScannerTests {
    @Test("depends_on (list and map), links and external_links become service edges")
    func edges() {
        let dir = TemporaryDirectory()
        dir.write(
            "compose.yaml",
            """
            services:
              web:
                depends_on: [api]
                links: ["api:backend"]
                external_links: [legacy_db]
              api:
                depends_on:
                  db: {condition: service_healthy}
              db:
                image: postgres:16
            """)
        let result = ScanEngine().scan(root: dir.url)
        let edges = result.edges.map {
            "\($0.from) \($0.kind.rawValue) \($0.to) \($0.location.line):\($0.location.column)"
        }
        // Services are named with their compose file; an external link names a container elsewhere.
        #expect(
            edges.sorted() == [
                "api (compose compose.yaml) depends-on db (compose compose.yaml) 8:7",
                "web (compose compose.yaml) depends-on api (compose compose.yaml) 3:18",
                "web (compose compose.yaml) links api (compose compose.yaml) 4:14",
                "web (compose compose.yaml) links legacy_db 5:22",
            ])
    }

    @Test("image names give a service's kind")
    func imageKinds() {
        #expect(DatastoreImages.kind(ofImage: "postgres:16-alpine") == .postgres)
        #expect(DatastoreImages.kind(ofImage: "bitnami/kafka:3.7") == .kafka)
        #expect(DatastoreImages.kind(ofImage: "mcr.microsoft.com/mssql/server:2022-latest") == .mssql)
        #expect(DatastoreImages.kind(ofImage: "docker.elastic.co/elasticsearch/elasticsearch:8.15.0") == .elasticsearch)
        #expect(DatastoreImages.kind(ofImage: "nginx:1.27") == nil)
    }

    @Test("a malformed compose file is one diagnostic with its line")
    func malformed() throws {
        let dir = TemporaryDirectory()
        dir.write("docker-compose.yml", "services:\n  web:\n    environment: [\n")
        let result = ScanEngine().scan(root: dir.url)
        let d = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(d.path == "docker-compose.yml" && d.line != nil)
    }
}
