import Testing

@testable import Audit

/// Each provider's host name forms against the resource that produces them, and a near miss of
/// each (another name, another region, another service).
@Suite struct ManagedHostNamesTests {
    private func match(
        _ host: String, _ type: String, region: String = "eu-north-1", names: [String],
        prefixes: [String] = []
    ) -> ManagedHostNames.Match {
        ManagedHostNames.match(
            host: host, resourceType: type, region: region, names: ResourceNames(exact: names, prefixes: prefixes))
    }

    @Test func rdsAndAuroraInstanceClusterAndReaderEndpoints() {
        #expect(
            match(
                "analytics-replica.c3k9vd8f2mzq.us-east-1.rds.amazonaws.com", "aws_db_instance", region: "us-east-1",
                names: ["analytics-replica"]) == .name)
        #expect(
            match(
                "payments-ledger.cluster-cq4r7s2t9uvw.eu-west-1.rds.amazonaws.com", "aws_rds_cluster",
                region: "eu-west-1",
                names: ["payments-ledger"]) == .name)
        #expect(
            match(
                "payments-ledger.cluster-ro-cq4r7s2t9uvw.eu-west-1.rds.amazonaws.com", "aws_rds_cluster",
                region: "eu-west-1",
                names: ["payments-ledger"]) == .name)
        // Near misses: a longer identifier, another region, another service.
        #expect(
            match(
                "payments-ledger-staging.cluster-cq4r7s2t9uvw.eu-west-1.rds.amazonaws.com", "aws_rds_cluster",
                region: "eu-west-1", names: ["payments-ledger"]) == .none)
        #expect(
            match(
                "analytics-replica.c3k9vd8f2mzq.us-east-1.rds.amazonaws.com", "aws_db_instance", region: "eu-north-1",
                names: ["analytics-replica"]) == .none)
        #expect(
            match(
                "analytics-replica.c3k9vd8f2mzq.us-east-1.docdb.amazonaws.com", "aws_db_instance", region: "us-east-1",
                names: ["analytics-replica"]) == .none)
    }

    @Test func documentDB() {
        #expect(
            match(
                "profiles.cluster-c7mpl4xq2h1z.eu-central-1.docdb.amazonaws.com", "aws_docdb_cluster",
                region: "eu-central-1",
                names: ["profiles"]) == .name)
        #expect(
            match(
                "profiles.cluster-c7mpl4xq2h1z.eu-central-1.rds.amazonaws.com", "aws_docdb_cluster",
                region: "eu-central-1",
                names: ["profiles"]) == .none)
    }

    @Test func elastiCacheUsesTheShortRegion() {
        #expect(ManagedHostNames.shortRegion("us-east-1") == "use1")
        #expect(ManagedHostNames.shortRegion("ap-southeast-2") == "apse2")
        #expect(ManagedHostNames.shortRegion("eu-north-1") == "eun1")
        let type = "aws_elasticache_replication_group"
        #expect(match("sessions.x7k2pq.cfg.eun1.cache.amazonaws.com", type, names: ["sessions"]) == .name)
        #expect(match("master.sessions.x7k2pq.eun1.cache.amazonaws.com", type, names: ["sessions"]) == .name)
        #expect(match("sessions-001.x7k2pq.0001.eun1.cache.amazonaws.com", type, names: ["sessions"]) == .name)
        #expect(
            match(
                "sessions-a1b2c3.serverless.eun1.cache.amazonaws.com", "aws_elasticache_serverless_cache",
                names: ["sessions"]) == .name)
        // Another cache whose name starts the same, and the right name in another region.
        #expect(match("sessions-eu.x7k2pq.cfg.eun1.cache.amazonaws.com", type, names: ["sessions"]) == .none)
        #expect(match("sessions.x7k2pq.cfg.euw1.cache.amazonaws.com", type, names: ["sessions"]) == .none)
    }

    @Test func memoryDB() {
        #expect(
            match("clustercfg.carts.abc123.memorydb.eu-north-1.amazonaws.com", "aws_memorydb_cluster", names: ["carts"])
                == .name)
        #expect(
            match(
                "clustercfg.carts2.abc123.memorydb.eu-north-1.amazonaws.com", "aws_memorydb_cluster", names: ["carts"])
                == .none)
    }

    @Test func amazonMQMatchesByRegionOnly() {
        let host = "b-3f1c9a7e-52d4-4c1b-9e0a-7d2b8c6f4a10.mq.eu-north-1.amazonaws.com"
        #expect(match(host, "aws_mq_broker", names: ["events"]) == .regionOnly)
        #expect(match(host, "aws_mq_broker", region: "eu-west-1", names: ["events"]) == .none)
    }

    @Test func s3BucketHostNameForms() {
        let bucket = "nordicshop-invoices-prod"
        for host in [
            "\(bucket).s3.amazonaws.com", "\(bucket).s3.eu-north-1.amazonaws.com",
            "\(bucket).s3-eu-north-1.amazonaws.com",
            "\(bucket).s3.dualstack.eu-north-1.amazonaws.com", "\(bucket).s3-website-eu-north-1.amazonaws.com",
            "\(bucket).s3-website.eu-north-1.amazonaws.com", "\(bucket).s3-accelerate.amazonaws.com",
        ] {
            #expect(match(host, "aws_s3_bucket", names: [bucket]) == .name, "\(host)")
        }
        #expect(match("\(bucket).s3.eu-west-1.amazonaws.com", "aws_s3_bucket", names: [bucket]) == .none)
        #expect(match("x.\(bucket).s3.amazonaws.com", "aws_s3_bucket", names: [bucket]) == .none)
    }

    @Test func azureServersAndAccounts() {
        #expect(
            match(
                "reviews-prod.postgres.database.azure.com", "azurerm_postgresql_flexible_server", region: "norwayeast",
                names: ["reviews-prod"]) == .name)
        #expect(
            match("ledger.database.windows.net", "azurerm_mssql_server", region: "norwayeast", names: ["ledger"])
                == .name)
        #expect(
            match(
                "invoices.blob.core.windows.net", "azurerm_storage_account", region: "norwayeast", names: ["invoices"])
                == .name)
        #expect(
            match("profiles.documents.azure.com", "azurerm_cosmosdb_account", region: "norwayeast", names: ["profiles"])
                == .name)
        // A server of another name; a MySQL host for a PostgreSQL server.
        #expect(
            match(
                "reviews-test.postgres.database.azure.com", "azurerm_postgresql_flexible_server", region: "norwayeast",
                names: ["reviews-prod"]) == .none)
        #expect(
            match(
                "reviews-prod.mysql.database.azure.com", "azurerm_postgresql_flexible_server", region: "norwayeast",
                names: ["reviews-prod"]) == .none)
    }

    @Test func cloudSQLConnectionNames() {
        #expect(
            match(
                "nordicshop:europe-north1:orders", "google_sql_database_instance", region: "europe-north1",
                names: ["orders"]) == .name)
        #expect(
            match(
                "nordicshop:europe-west1:orders", "google_sql_database_instance", region: "europe-north1",
                names: ["orders"]) == .none)
    }

    @Test func cloudSQLWithAKnownProjectMatchesTheWholeConnectionName() {
        let names = ["nordicshop:europe-north1:orders"]
        #expect(
            match(
                "nordicshop:europe-north1:orders", "google_sql_database_instance", region: "europe-north1", names: names
            ) == .name)
        #expect(
            match(
                "othershop:europe-north1:orders", "google_sql_database_instance", region: "europe-north1", names: names)
                == .none)
    }

    /// `identifier_prefix`, `bucket_prefix`, `name_prefix`: the prefix and Terraform's 26-character suffix.
    @Test func declaredPrefixesTakeTerraformsGeneratedSuffix() {
        let suffix = "20261130194512345600000001"
        #expect(
            match(
                "orders-\(suffix).c9akciq32xyz.eu-north-1.rds.amazonaws.com", "aws_db_instance", names: [],
                prefixes: ["orders-"]) == .name)
        #expect(
            match("invoices-\(suffix).s3.eu-north-1.amazonaws.com", "aws_s3_bucket", names: [], prefixes: ["invoices-"])
                == .name)
        #expect(
            match(
                "clustercfg.carts-\(suffix).abc123.memorydb.eu-north-1.amazonaws.com", "aws_memorydb_cluster",
                names: [],
                prefixes: ["carts-"]) == .name)
        // Near misses: a name that only starts like the prefix, a suffix one character short, letters where digits go.
        #expect(
            match(
                "orders-archive.c9akciq32xyz.eu-north-1.rds.amazonaws.com", "aws_db_instance", names: [],
                prefixes: ["orders-"]) == .none)
        #expect(
            match(
                "orders-\(suffix.dropLast()).c9akciq32xyz.eu-north-1.rds.amazonaws.com", "aws_db_instance", names: [],
                prefixes: ["orders-"]) == .none)
        #expect(
            match(
                "invoices-archive-2026113019451234560001.s3.amazonaws.com", "aws_s3_bucket", names: [],
                prefixes: ["invoices-"]) == .none)
    }

    @Test func bucketNamesWithDots() {
        #expect(
            match("logs.nordicshop.no.s3.eu-north-1.amazonaws.com", "aws_s3_bucket", names: ["logs.nordicshop.no"])
                == .name)
        #expect(
            match("logs.nordicshop.no.s3.eu-north-1.amazonaws.com", "aws_s3_bucket", names: ["nordicshop.no"]) == .none)
    }
}
