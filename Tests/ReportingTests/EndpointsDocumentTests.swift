import Foundation
import Reporting
import ResidencyCore
import Testing

/// The endpoints JSON is consumed by scripts: keys sorted, output byte-stable, every
/// diagnostic listed as a config-error.
@Suite struct EndpointsDocumentTests {
    private let endpoints = Endpoint.merge([
        EndpointReference(
            host: "orders-db.internal", port: 5432, scheme: "postgres", kind: .postgres,
            location: SourceLocation(
                path: "k8s/orders.yaml", line: 12, column: 18,
                context: "Deployment orders, container app, env DATABASE_URL"))
    ])
    private let diagnostics = [Diagnostic(path: "helm/values.yaml", line: 3, column: 1, message: "invalid YAML")]

    @Test func jsonIsSortedAndStable() throws {
        let doc = EndpointsDocument(
            scannedPath: "estate", files: 2, endpoints: endpoints, unresolved: [],
            diagnostics: diagnostics, skippedBinary: 0)
        let first = try JSONOutput.encode(doc)
        let second = try JSONOutput.encode(doc)
        #expect(first == second)
        let keys = ["diagnostics", "endpoints", "scannedPath", "schemaVersion", "summary", "tool", "unresolved"]
        // Top-level keys are the lines indented by exactly two spaces.
        let topLevel = first.split(separator: "\n").filter { $0.hasPrefix("  \"") }
            .compactMap { $0.dropFirst(3).split(separator: "\"").first.map(String.init) }
        #expect(topLevel == keys)
        let decoded = try JSONDecoder().decode(EndpointsDocument.self, from: Data(first.utf8))
        #expect(decoded == doc)
        #expect(decoded.diagnostics.first?.category == "config-error")
        #expect(decoded.endpoints.first?.sources.first?.column == 18)
    }

    @Test func textNamesEveryEndpointAndDiagnostic() {
        let doc = EndpointsDocument(
            scannedPath: "estate", files: 2, endpoints: endpoints, unresolved: [],
            diagnostics: diagnostics, skippedBinary: 0)
        let text = EndpointsText.render(doc)
        #expect(text.contains("orders-db.internal"))
        #expect(text.contains("k8s/orders.yaml:12:18"))
        #expect(text.contains("helm/values.yaml"))
    }
}
