import Foundation
import ResidencyCore
import TestSupport
import Testing

@testable import Scanning

/// Programs' configurations travel in ConfigMaps as often as in files: each format scanner's
/// first example, embedded under its file name in a ConfigMap, must give the same endpoints as
/// the file standalone (placed in the manifest instead).
struct EmbeddedFormatTests {
    /// Formats whose files are mounted from ConfigMaps. nginx is read as key/value lines there
    /// (its graph needs includes), Kubernetes is the carrier, and env/properties/Spring files
    /// are settings the ConfigMap reader links to workloads itself.
    static let formats: [String] = [
        "prometheus", "alertmanager", "otel-collector", "grafana-provisioning", "promtail",
        "loki", "traefik", "kong", "envoy", "logstash", "fluent-bit", "fluentd", "haproxy", "hocon", "consul",
    ]

    struct Found: Hashable, CustomStringConvertible {
        let host: String, port: Int?, kind: EndpointKind
        var description: String { "\(kind.rawValue)://\(host)\(port.map { ":\($0)" } ?? "")" }
    }

    static func endpoints(_ files: [(String, String)]) -> (Set<Found>, ScanResult) {
        let dir = TemporaryDirectory()
        for (path, content) in files { dir.write(path, content) }
        let result = ScanEngine().scan(root: dir.url)
        return (Set(result.endpoints.map { Found(host: $0.host, port: $0.port, kind: $0.kind) }), result)
    }

    @Test("a format's example embedded in a ConfigMap gives the same endpoints", arguments: formats)
    func embedded(_ id: String) throws {
        let scanner = try #require(ScannerRegistry.all.first { $0.description.id == id })
        let example = try #require(scanner.description.examples.first { $0.files.count == 1 && !$0.finds.isEmpty })
        let (path, content) = example.files[0]
        let (standalone, _) = Self.endpoints([(path, content)])
        #expect(!standalone.isEmpty)
        let name = String(path.split(separator: "/").last!)
        let indented = content.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(
            separator: "\n")
        let manifest = """
            apiVersion: v1
            kind: ConfigMap
            metadata:
              name: \(id)-config
            data:
              \(name): |
            \(indented)
            """
        let (inMap, result) = Self.endpoints([("k8s/\(id)-config.yaml", manifest)])
        #expect(
            inMap == standalone,
            "standalone \(standalone.map(\.description).sorted()) vs ConfigMap \(inMap.map(\.description).sorted())")
        // Every place is in the manifest, on the embedded line that holds the host.
        for e in result.endpoints {
            for s in e.sources {
                #expect(s.path == "k8s/\(id)-config.yaml")
                let line = manifest.split(separator: "\n", omittingEmptySubsequences: false)[s.line - 1]
                #expect(line.lowercased().contains(e.host), "\(e.host) placed at line \(s.line): \(line)")
            }
        }
    }
}
