import ResidencyCore
import Testing

@testable import Audit

/// The Services and namespaces that full in-cluster names reveal, and the cheap pre-check that
/// keeps every other host from being split into labels.
@Suite struct ClusterNamesTests {
    static func endpoint(_ host: String) -> Endpoint {
        Endpoint(
            id: "postgres://\(host):5432", host: host, port: 5432, scheme: "postgres", kind: .postgres,
            role: .datastore, tls: false, sources: [], components: [], placement: nil)
    }

    @Test func servicesAndNamespacesFromFullNames() {
        let hosts = [
            "orders-db.shop.svc.cluster.local", "pg-0.ledger.payments.svc", "cache.ops.svc",
            "svc.example.no", "db.svc", "h4042.fra.example.no", "a.b.svcx.cluster.local",
        ]
        let endpoints = hosts.map(Self.endpoint)
        #expect(EndpointResolution.services(in: endpoints) == ["orders-db", "ledger", "cache"])
        #expect(EndpointResolution.namespaces(in: endpoints) == ["shop", "ops"])
    }

    @Test func preCheckNeverSkipsAnSvcLabel() {
        for host in ["a.b.svc", "a.b.svc.cluster.local", "p.a.b.svc", "a..b.svc", "x.svc"] {
            #expect(EndpointResolution.mayNameService(host), "\(host)")
        }
        for host in ["svc", "svc.a.b", "a.b.svcx", "a.bsvc.c", "h4042.fra.example.no", ""] {
            #expect(!EndpointResolution.mayNameService(host), "\(host)")
        }
    }
}
