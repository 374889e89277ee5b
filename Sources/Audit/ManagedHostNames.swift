import ResidencyCore

/// The host names a managed cloud resource produces, from its declared name and region: what
/// lets the audit see that `aws_db_instance.analytics_replica` (identifier `analytics-replica`,
/// us-east-1) and `analytics-replica.c3k9vd8f2mzq.us-east-1.rds.amazonaws.com` are one database.
///
/// Forms, from the providers' endpoint documentation:
/// - RDS, Aurora, Neptune, DocumentDB: `<id>.<hash>.<region>.rds.amazonaws.com`, clusters
///   `<id>.cluster-<hash>…`, readers `<id>.cluster-ro-<hash>…`, custom `<id>.cluster-custom-<hash>…`
///   (docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Overview.Endpoints.html);
///   DocumentDB under `docdb.amazonaws.com`, Neptune under `neptune.amazonaws.com`.
/// - ElastiCache: `<id>.<hash>.cfg.<r>.cache.amazonaws.com`, nodes `<id>-001.<hash>.0001.<r>…`,
///   `master.<id>.<hash>.<r>…`, `replica.<id>…`, serverless `<id>-<hash>.serverless.<r>…`, where
///   `<r>` is the short region (`use1`, `euw1`) (docs.aws.amazon.com/AmazonElastiCache/latest/dg/Endpoints.html).
/// - MemoryDB: `clustercfg.<id>.<hash>.memorydb.<region>.amazonaws.com`
///   (docs.aws.amazon.com/memorydb/latest/devguide/endpoints.html).
/// - S3 buckets: virtual-hosted `<bucket>.s3.amazonaws.com`, `<bucket>.s3.<region>.amazonaws.com`,
///   legacy `<bucket>.s3-<region>.amazonaws.com`, dual-stack, website and accelerate endpoints
///   (docs.aws.amazon.com/AmazonS3/latest/userguide/VirtualHosting.html, WebsiteEndpoints.html).
/// - Azure: `<server>.postgres|mysql|mariadb.database.azure.com`, `<server>.database.windows.net`,
///   `<account>.blob|dfs|file|queue|table.core.windows.net`, Cosmos DB `<account>.documents.azure.com`
///   and its API endpoints `<account>.mongo|cassandra|table|gremlin.cosmos.azure.com`,
///   `<name>.redis.cache.windows.net`, `<namespace>.servicebus.windows.net`.
/// - Cloud SQL: the connection name `project:region:instance`.
///
/// Names are the ones the resource declares (`identifier`, `bucket`, `name`…, see the scanner's
/// `DeclaredNames`), a `*_prefix` name followed by Terraform's generated suffix.
///
/// Amazon MQ hosts (`b-<broker-id>.mq.<region>.amazonaws.com`) carry a generated id, not the
/// broker name: they match by region alone (`regionOnly`), which the join accepts only when the
/// code declares a single broker in that region.
enum ManagedHostNames {
    enum Match: Equatable {
        case none
        /// The host carries the resource's name (and region, where the form has one).
        case name
        /// The host carries only the service and region.
        case regionOnly
    }

    static func match(host rawHost: String, resourceType: String, region: String, names: ResourceNames) -> Match {
        let host = rawHost.lowercased()
        let region = region.lowercased()
        let labels = host.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        switch resourceType {
        case "aws_db_instance", "aws_rds_cluster", "aws_rds_global_cluster":
            return rds(labels, service: "rds", region: region, names: names)
        case "aws_docdb_cluster", "aws_docdb_elastic_cluster":
            return rds(labels, service: "docdb", region: region, names: names)
        case "aws_neptune_cluster":
            return rds(labels, service: "neptune", region: region, names: names)
        case "aws_elasticache_cluster", "aws_elasticache_replication_group", "aws_elasticache_serverless_cache":
            return elastiCache(labels, region: region, names: names)
        case "aws_memorydb_cluster":
            return memoryDB(labels, region: region, names: names)
        case "aws_mq_broker":
            return labels.count == 5 && labels[0].hasPrefix("b-")
                && Array(labels[1...]) == ["mq", region, "amazonaws", "com"]
                ? .regionOnly : .none
        case "aws_s3_bucket", "aws_s3_directory_bucket":
            return s3(host, names: names, region: region) ? .name : .none
        case "azurerm_postgresql_flexible_server", "azurerm_postgresql_server":
            return azure(host, names: names, suffixes: [".postgres.database.azure.com"])
        case "azurerm_mysql_flexible_server", "azurerm_mysql_server":
            return azure(host, names: names, suffixes: [".mysql.database.azure.com"])
        case "azurerm_mariadb_server":
            return azure(host, names: names, suffixes: [".mariadb.database.azure.com"])
        case "azurerm_mssql_server", "azurerm_sql_server":
            return azure(host, names: names, suffixes: [".database.windows.net"])
        case "azurerm_storage_account":
            return azure(
                host, names: names,
                suffixes: ["blob", "dfs", "file", "queue", "table"].map { ".\($0).core.windows.net" })
        case "azurerm_cosmosdb_account":
            return azure(
                host, names: names,
                suffixes: [".documents.azure.com"]
                    + ["mongo", "cassandra", "table", "gremlin"].map { ".\($0).cosmos.azure.com" })
        case "azurerm_redis_cache":
            return azure(host, names: names, suffixes: [".redis.cache.windows.net"])
        case "azurerm_servicebus_namespace", "azurerm_eventhub_namespace":
            return azure(host, names: names, suffixes: [".servicebus.windows.net"])
        case "google_sql_database_instance":
            let parts = host.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
            // A name written `project:region:instance` (the project known) must be the host itself.
            guard parts.count == 3, !parts[0].isEmpty, parts[1] == region else { return .none }
            return names.exact.contains(host) || names.exact.contains(where: { !$0.utf8.contains(UInt8(ascii: ":")) && $0 == parts[2] })
                ? .name : .none
        default:
            return .none
        }
    }

    /// `<id>.<hash>.<region>.<service>.amazonaws.com`, the hash `cluster-…` for cluster endpoints.
    private static func rds(_ labels: [String], service: String, region: String, names: ResourceNames) -> Match {
        guard labels.count == 6, labels[2] == region, labels[3] == service, labels[4] == "amazonaws",
            labels[5] == "com",
            !labels[1].isEmpty, names.matches(labels[0])
        else { return .none }
        return .name
    }

    private static func elastiCache(_ labels: [String], region: String, names: ResourceNames) -> Match {
        guard labels.count >= 5, labels.suffix(3) == ["cache", "amazonaws", "com"],
            let short = shortRegion(region), labels.contains(short)
        else { return .none }
        let first = labels[0]
        for name in names.exact {
            if first == name { return .name }
            if first == "master" || first == "replica", labels[1] == name { return .name }
            // Nodes `<id>-001`, `<id>-0001-001` and serverless `<id>-<hash>`: the id, a dash, then a
            // suffix with no further name part (`orders-cache-eu` is not `orders-cache`'s node).
            if first.hasPrefix(name + "-") {
                let rest = first.dropFirst(name.count + 1)
                let isNode = rest.split(separator: "-").allSatisfy { $0.allSatisfy(\.isNumber) }
                if isNode || labels[1] == "serverless" { return .name }
            }
        }
        return .none
    }

    /// `clustercfg.<id>.<hash>.memorydb.<region>.amazonaws.com`, nodes `<id>-0001-001.<id>.…`.
    private static func memoryDB(_ labels: [String], region: String, names: ResourceNames) -> Match {
        guard labels.count == 7, labels[3] == "memorydb", labels[4] == region, labels[5] == "amazonaws",
            labels[6] == "com",
            names.matches(labels[1])
        else { return .none }
        return .name
    }

    /// The bucket is everything before the form (bucket names may hold dots).
    private static func s3(_ host: String, names: ResourceNames, region: String) -> Bool {
        let forms = [
            "s3.amazonaws.com", "s3-accelerate.amazonaws.com", "s3-accelerate.dualstack.amazonaws.com",
            "s3.\(region).amazonaws.com", "s3-\(region).amazonaws.com", "s3.dualstack.\(region).amazonaws.com",
            "s3-website-\(region).amazonaws.com", "s3-website.\(region).amazonaws.com",
        ]
        return forms.contains { form in
            host.hasSuffix("." + form) && names.matches(host.dropLast(form.count + 1))
        }
    }

    /// Azure names are global: the name and the service's suffix identify the resource.
    private static func azure(_ host: String, names: ResourceNames, suffixes: [String]) -> Match {
        for suffix in suffixes where host.hasSuffix(suffix) {
            if names.exact.contains(String(host.dropLast(suffix.count))) { return .name }
        }
        return .none
    }

    /// ElastiCache's short region: `us-east-1` → `use1`, `ap-southeast-2` → `apse2`.
    static func shortRegion(_ region: String) -> String? {
        let parts = region.split(separator: "-")
        guard parts.count >= 3, let number = parts.last, number.allSatisfy(\.isNumber) else { return nil }
        let directions = [
            "north": "n", "south": "s", "east": "e", "west": "w", "central": "c",
            "northeast": "ne", "southeast": "se", "northwest": "nw", "southwest": "sw",
        ]
        var out = String(parts[0])
        for word in parts.dropFirst().dropLast() {
            guard let d = directions[String(word)] else { return nil }
            out += d
        }
        return out + number
    }
}
