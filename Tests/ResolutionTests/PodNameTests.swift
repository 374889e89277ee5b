import Resolving
import Testing

/// StatefulSet pod names (`pod.service`) and `pod.service.namespace` are in-cluster names, placed
/// at the cluster's site when the estate defines a cluster, never asked of DNS.
@Suite struct PodNameTests {
    private let classifier = HostClassifier(namespaces: ["data"], services: ["brokers"])

    @Test(arguments: [
        ("kafka-0.kafka-headless", "in-cluster name"),  // governing Service named after the set
        ("kafka-2.kafka", "in-cluster name"),
        ("node-1.brokers", "in-cluster name"),  // a Service the scan names in full
        ("kafka-0.kafka-headless.data", "in-cluster name"),  // pod.service.namespace
        ("kafka-0.kafka-headless.svc", "in-cluster name"),
        // Near misses: no ordinal, an ordinal under an unrelated name, an unknown namespace.
        ("kafka.kafka-headless", "FQDN"),
        ("web-1.example", "FQDN"),
        ("kafka-0.kafka-headless.other", "FQDN"),
    ])
    func classification(_ host: String, _ label: String) {
        #expect(classifier.classify(host).label == label, "\(host)")
    }

    @Test func aPodNameResolvesToTheClusterSiteOffline() throws {
        let estate = try EstateFile.parse(
            yaml: """
                version: 1
                sites:
                  oslo-1: {country: "NO", city: Oslo}
                clusters:
                  default: oslo-1
                """, file: "residency.yaml")
        let r = Resolver(estate: estate, catalogue: try .builtIn(), mode: .offline).resolve("kafka-0.kafka-headless")
        #expect(r.resolution.method == .cluster)
        #expect(r.resolution.locations.first?.country == "NO")
        // Without a cluster it is not sent anywhere: unresolved, saying why.
        let none = Resolver(catalogue: try .builtIn(), mode: .offline).resolve("kafka-0.kafka-headless")
        #expect(none.resolution.method == .unresolved)
        #expect(none.resolution.reason?.contains("declares no cluster") == true)
    }
}
