/// The attributes in which a managed resource declares its own name, the name its host names
/// start with: `aws_db_instance.orders { identifier = "orders-db" }` is
/// `orders-db.<hash>.<region>.rds.amazonaws.com`. Each `*_prefix` attribute is the same name with
/// a suffix Terraform generates. Sources: the argument references of the AWS, AzureRM and Google
/// providers on registry.terraform.io (resources `db_instance`, `rds_cluster`, `docdb_cluster`,
/// `neptune_cluster`, `elasticache_cluster`, `elasticache_replication_group`,
/// `elasticache_serverless_cache`, `memorydb_cluster`, `mq_broker`, `s3_bucket`,
/// `s3_directory_bucket`, every `azurerm_*` server, account and namespace, `sql_database_instance`).
enum DeclaredNames {
    struct Attributes {
        var exact: [String]
        var prefix: [String] = []
    }

    static let table: [String: Attributes] = [
        "aws_db_instance": .init(exact: ["identifier"], prefix: ["identifier_prefix"]),
        "aws_rds_cluster": .init(exact: ["cluster_identifier"], prefix: ["cluster_identifier_prefix"]),
        "aws_rds_global_cluster": .init(exact: ["global_cluster_identifier"]),
        "aws_docdb_cluster": .init(exact: ["cluster_identifier"], prefix: ["cluster_identifier_prefix"]),
        "aws_docdb_elastic_cluster": .init(exact: ["name"]),
        "aws_neptune_cluster": .init(exact: ["cluster_identifier"], prefix: ["cluster_identifier_prefix"]),
        "aws_elasticache_cluster": .init(exact: ["cluster_id"]),
        "aws_elasticache_replication_group": .init(exact: ["replication_group_id"]),
        "aws_elasticache_serverless_cache": .init(exact: ["name"]),
        "aws_memorydb_cluster": .init(exact: ["name"], prefix: ["name_prefix"]),
        "aws_mq_broker": .init(exact: ["broker_name"]),
        "aws_s3_bucket": .init(exact: ["bucket"], prefix: ["bucket_prefix"]),
        "aws_s3_directory_bucket": .init(exact: ["bucket"]),
        "google_sql_database_instance": .init(exact: ["name"]),
    ]

    /// Every AzureRM resource is named by its `name` (global per service: it is the host's first label).
    static func attributes(of type: String) -> Attributes? {
        table[type] ?? (type.hasPrefix("azurerm_") ? .init(exact: ["name"]) : nil)
    }
}
