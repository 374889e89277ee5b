import Testing
@testable import Audit
import ResidencyCore

/// A Terraform declaration and the host names it produces become one endpoint; anything not
/// matched uniquely stays as it was.
@Suite struct DatastoreJoinTests {
    private func declared(_ address: String, _ kind: EndpointKind, region: String, path: String = "terraform/main.tf",
                          country: String = "SE") -> AuditedEndpoint {
        let type = String(address.split(separator: "/").last!.split(separator: ".")[0])
        let e = Endpoint(id: "\(kind.rawValue)://\(address)", host: address, port: kind.defaultPort, scheme: kind.rawValue,
                         kind: kind, role: kind.defaultRole, tls: false,
                         sources: [SourceLocation(path: path, line: 3, column: 11, context: "main.tf resource \(address)")],
                         components: [], placement: CloudPlacement(provider: "aws", region: region, resourceType: type))
        return AuditedEndpoint(endpoint: e, resolution: Resolution(method: .providerHostname,
                                                                    locations: [Location(address: address, country: country, source: .providerCatalog)]))
    }

    private func runtime(_ host: String, _ kind: EndpointKind, path: String, component: String? = nil) -> AuditedEndpoint {
        let e = Endpoint(id: "\(kind.rawValue)://\(host)", host: host, port: kind.defaultPort, scheme: kind.rawValue, kind: kind,
                         role: kind.defaultRole, tls: true, sources: [SourceLocation(path: path, line: 9, column: 5, context: "env DB")],
                         components: component.map { [$0] } ?? [])
        return AuditedEndpoint(endpoint: e, resolution: Resolution(method: .providerHostname))
    }

    @Test func aDeclarationAndItsHostBecomeOneEndpoint() {
        let host = "analytics-replica.c3k9vd8f2mzq.us-east-1.rds.amazonaws.com"
        let other = runtime("redis", .redis, path: "a.yaml")
        let joined = DatastoreJoin.join([
            runtime(host, .postgres, path: "k8s/secret.yaml", component: "order-service"),
            declared("aws_db_instance.analytics_replica", .postgres, region: "us-east-1", path: "terraform/rds.tf", country: "US"),
            other,
        ])
        #expect(joined.count == 2)
        let db = joined[0]
        #expect(db.endpoint.host == host)
        #expect(db.endpoint.sources.map(\.path) == ["k8s/secret.yaml", "terraform/rds.tf"])
        #expect(db.endpoint.components == ["order-service"])
        #expect(db.endpoint.placement?.region == "us-east-1")
        #expect(db.aliases.map(\.host) == [host, "aws_db_instance.analytics_replica"])
        // The runtime host was not placed: the declaration's region places it.
        #expect(db.resolution.locations.first?.country == "US")
        #expect(joined[1] == other)
    }

    @Test func aHostTwoDeclarationsCouldProduceJoinsNothing() {
        let hosts = ["b-1111.mq.eu-north-1.amazonaws.com"]
        let one = DatastoreJoin.join([runtime(hosts[0], .amqp, path: "a.json"), declared("aws_mq_broker.events", .amqp, region: "eu-north-1")])
        #expect(one.count == 1 && one[0].endpoint.host == hosts[0])
        let two = DatastoreJoin.join([runtime(hosts[0], .amqp, path: "a.json"), declared("aws_mq_broker.events", .amqp, region: "eu-north-1"),
                                      declared("aws_mq_broker.audit", .amqp, region: "eu-north-1")])
        #expect(two.count == 3)
        #expect(two.allSatisfy { $0.aliases.isEmpty })
    }

    @Test func aNearMissStaysSeparate() {
        let staging = runtime("payments-ledger-staging.cluster-cq4r7s2t9uvw.eu-west-1.rds.amazonaws.com", .postgres, path: ".env.staging")
        let ledger = declared("aws_rds_cluster.payments_ledger", .postgres, region: "eu-west-1")
        #expect(DatastoreJoin.join([staging, ledger]) == [staging, ledger])
    }

    @Test func folderQualifiedAddressesAreDeclarations() {
        let e = declared("envs/prod/aws_s3_bucket.invoices", .s3, region: "eu-north-1").endpoint
        #expect(DatastoreJoin.isDeclaration(e))
        #expect(DatastoreJoin.candidateNames(of: e) == ["invoices"])
    }
}
