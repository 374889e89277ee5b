import ResidencyCore
import Testing

@testable import Audit

/// A Terraform declaration and the host names it produces become one endpoint; anything not
/// matched uniquely stays as it was.
@Suite struct DatastoreJoinTests {
    private func declared(
        _ address: String, _ kind: EndpointKind, region: String, path: String = "terraform/main.tf",
        country: String = "SE", names: [String] = [], provider: String = "aws",
        type: String? = nil
    ) -> AuditedEndpoint {
        let type = type ?? String(address.split(separator: "/").last!.split(separator: ".")[0])
        let e = Endpoint(
            id: "\(kind.rawValue)://\(address)", host: address, port: kind.defaultPort, scheme: kind.rawValue,
            kind: kind, role: kind.defaultRole, tls: false,
            sources: [SourceLocation(path: path, line: 3, column: 11, context: "main.tf resource \(address)")],
            components: [],
            placement: CloudPlacement(provider: provider, region: region, resourceType: type, names: names))
        return AuditedEndpoint(
            endpoint: e,
            resolution: Resolution(
                method: .providerHostname,
                locations: [Location(address: address, country: country, source: .providerCatalog)]))
    }

    private func runtime(
        _ host: String, _ kind: EndpointKind, path: String, component: String? = nil
    ) -> AuditedEndpoint {
        let e = Endpoint(
            id: "\(kind.rawValue)://\(host)", host: host, port: kind.defaultPort, scheme: kind.rawValue, kind: kind,
            role: kind.defaultRole, tls: true,
            sources: [SourceLocation(path: path, line: 9, column: 5, context: "env DB")],
            components: component.map { [$0] } ?? [])
        return AuditedEndpoint(endpoint: e, resolution: Resolution(method: .providerHostname))
    }

    @Test func aDeclarationAndItsHostBecomeOneEndpoint() {
        let host = "analytics-replica.c3k9vd8f2mzq.us-east-1.rds.amazonaws.com"
        let other = runtime("redis", .redis, path: "a.yaml")
        let joined = DatastoreJoin.join([
            runtime(host, .postgres, path: "k8s/secret.yaml", component: "order-service"),
            declared(
                "aws_db_instance.analytics_replica", .postgres, region: "us-east-1", path: "terraform/rds.tf",
                country: "US"),
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
        let one = DatastoreJoin.join([
            runtime(hosts[0], .amqp, path: "a.json"), declared("aws_mq_broker.events", .amqp, region: "eu-north-1"),
        ])
        #expect(one.count == 1 && one[0].endpoint.host == hosts[0])
        let two = DatastoreJoin.join([
            runtime(hosts[0], .amqp, path: "a.json"), declared("aws_mq_broker.events", .amqp, region: "eu-north-1"),
            declared("aws_mq_broker.audit", .amqp, region: "eu-north-1"),
        ])
        #expect(two.count == 3)
        #expect(two.allSatisfy { $0.aliases.isEmpty })
    }

    @Test func aNearMissStaysSeparate() {
        let staging = runtime(
            "payments-ledger-staging.cluster-cq4r7s2t9uvw.eu-west-1.rds.amazonaws.com", .postgres, path: ".env.staging")
        let ledger = declared("aws_rds_cluster.payments_ledger", .postgres, region: "eu-west-1")
        #expect(DatastoreJoin.join([staging, ledger]) == [staging, ledger])
    }

    @Test func folderQualifiedAddressesAreDeclarations() {
        let e = declared("envs/prod/aws_s3_bucket.invoices", .s3, region: "eu-north-1").endpoint
        #expect(DatastoreJoin.isDeclaration(e))
        #expect(DatastoreJoin.candidateNames(of: e) == ResourceNames(exact: ["invoices"]))
    }

    /// One per service kind: the resource's local name differs from the name it declares, the host
    /// carries the declared name and joins; the near miss (the local name, or another resource's
    /// name) does not.
    @Test(
        "a declared name joins, its near miss does not",
        arguments: [
            (
                "aws_db_instance.orders", "orders-db", "eu-north-1", "aws", EndpointKind.postgres,
                "orders-db.c9akciq32xyz.eu-north-1.rds.amazonaws.com",
                "orders.c9akciq32xyz.eu-north-1.rds.amazonaws.com"
            ),
            (
                "aws_rds_cluster.ledger", "payments-ledger", "eu-west-1", "aws", .postgres,
                "payments-ledger.cluster-ro-cq4r7s2t9uvw.eu-west-1.rds.amazonaws.com",
                "payments-ledger-staging.cluster-cq4r7s2t9uvw.eu-west-1.rds.amazonaws.com"
            ),
            (
                "aws_docdb_cluster.profiles", "customer-profiles", "eu-central-1", "aws", .mongodb,
                "customer-profiles.cluster-c7mpl4xq2h1z.eu-central-1.docdb.amazonaws.com",
                "profiles.cluster-c7mpl4xq2h1z.eu-central-1.docdb.amazonaws.com"
            ),
            (
                "aws_elasticache_replication_group.cache", "sessions", "eu-north-1", "aws", .redis,
                "master.sessions.x7k2pq.eun1.cache.amazonaws.com", "cache.x7k2pq.cfg.eun1.cache.amazonaws.com"
            ),
            (
                "aws_memorydb_cluster.carts", "cart-store", "eu-north-1", "aws", .redis,
                "clustercfg.cart-store.abc123.memorydb.eu-north-1.amazonaws.com",
                "clustercfg.carts.abc123.memorydb.eu-north-1.amazonaws.com"
            ),
            (
                "aws_s3_bucket.invoices", "nordicshop-invoices-prod", "eu-north-1", "aws", .s3,
                "nordicshop-invoices-prod.s3.eu-north-1.amazonaws.com", "invoices.s3.eu-north-1.amazonaws.com"
            ),
            (
                "azurerm_postgresql_flexible_server.reviews", "nordicshop-reviews-prod", "norwayeast", "azurerm",
                .postgres,
                "nordicshop-reviews-prod.postgres.database.azure.com", "reviews.postgres.database.azure.com"
            ),
            (
                "azurerm_mssql_server.ledger", "ledger-sql-prod", "norwayeast", "azurerm", .mssql,
                "ledger-sql-prod.database.windows.net", "ledger.database.windows.net"
            ),
            (
                "azurerm_storage_account.docs", "nordicdocs", "norwayeast", "azurerm", .other,
                "nordicdocs.blob.core.windows.net", "docs.blob.core.windows.net"
            ),
            (
                "azurerm_cosmosdb_account.catalog", "nordic-catalog", "norwayeast", "azurerm", .mongodb,
                "nordic-catalog.mongo.cosmos.azure.com", "catalog.mongo.cosmos.azure.com"
            ),
            (
                "google_sql_database_instance.main", "nordicshop:europe-north1:orders-pg", "europe-north1", "google",
                .postgres,
                "nordicshop:europe-north1:orders-pg", "othershop:europe-north1:orders-pg"
            ),
        ])
    func declaredNames(
        address: String, name: String, region: String, provider: String, kind: EndpointKind,
        host: String, nearMiss: String
    ) {
        let declaration = declared(address, kind, region: region, names: [name], provider: provider)
        let joined = DatastoreJoin.join([runtime(host, kind, path: "k8s/config.yaml"), declaration])
        #expect(joined.count == 1)
        #expect(joined.first?.endpoint.host == host)
        #expect(joined.first?.aliases.map(\.host) == [host, address])
        let near = runtime(nearMiss, kind, path: "k8s/config.yaml")
        #expect(DatastoreJoin.join([near, declaration]) == [near, declaration])
    }

    /// A call of a local module is a declaration of the resource that module creates, named as the
    /// call sets it up; its own name (`module.replica`) is never taken for the resource's.
    @Test func aLocalModuleCallJoinsByTheNameItsResourceDeclares() {
        let host = "replica-postgresql-replica.c1x2y3z4.us-east-1.rds.amazonaws.com"
        let call = declared(
            "examples/replica/module.replica", .postgres, region: "us-east-1", country: "US",
            names: ["replica-postgresql-replica"], type: "aws_db_instance")
        let joined = DatastoreJoin.join([runtime(host, .postgres, path: "app.env"), call])
        #expect(joined.count == 1 && joined.first?.aliases.map(\.host) == [host, "examples/replica/module.replica"])
        let unnamed = declared("module.replica", .postgres, region: "us-east-1", type: "aws_db_instance")
        let byModuleName = runtime("replica.c1x2y3z4.us-east-1.rds.amazonaws.com", .postgres, path: "app.env")
        #expect(DatastoreJoin.join([byModuleName, unnamed]) == [byModuleName, unnamed])
    }
}
