import ResidencyCore

/// Terraform resource types that keep or carry data: databases, caches, queues, buckets. Each
/// becomes an endpoint placed in the region it inherits. Kinds follow the wire protocol the
/// service speaks (an RDS PostgreSQL instance is `postgres`); services with a protocol of their
/// own (DynamoDB, SQS, Blob Storage) are `other` with the role that matters for residency.
/// Sources: the AWS, AzureRM and Google provider documentation on registry.terraform.io.
enum ManagedResourceTypes {
    struct Entry: Sendable {
        var kind: EndpointKind
        var role: EndpointRole
        /// The attribute naming the engine (`engine`, `database_version`…), which refines the kind.
        var engineAttribute: String?
    }

    static let table: [String: Entry] = [
        // AWS
        "aws_db_instance": .init(kind: .other, role: .datastore, engineAttribute: "engine"),
        "aws_rds_cluster": .init(kind: .other, role: .datastore, engineAttribute: "engine"),
        "aws_rds_global_cluster": .init(kind: .other, role: .datastore, engineAttribute: "engine"),
        "aws_neptune_cluster": .init(kind: .other, role: .datastore),
        "aws_dsql_cluster": .init(kind: .postgres, role: .datastore),
        "aws_redshift_cluster": .init(kind: .other, role: .datastore),
        "aws_redshiftserverless_workgroup": .init(kind: .other, role: .datastore),
        "aws_docdb_cluster": .init(kind: .mongodb, role: .datastore),
        "aws_docdb_elastic_cluster": .init(kind: .mongodb, role: .datastore),
        "aws_dynamodb_table": .init(kind: .other, role: .datastore),
        "aws_dynamodb_global_table": .init(kind: .other, role: .datastore),
        "aws_keyspaces_keyspace": .init(kind: .cassandra, role: .datastore),
        "aws_timestreamwrite_database": .init(kind: .other, role: .datastore),
        "aws_elasticache_cluster": .init(kind: .redis, role: .datastore, engineAttribute: "engine"),
        "aws_elasticache_replication_group": .init(kind: .redis, role: .datastore, engineAttribute: "engine"),
        "aws_elasticache_serverless_cache": .init(kind: .redis, role: .datastore, engineAttribute: "engine"),
        "aws_memorydb_cluster": .init(kind: .redis, role: .datastore),
        "aws_opensearch_domain": .init(kind: .elasticsearch, role: .datastore),
        "aws_elasticsearch_domain": .init(kind: .elasticsearch, role: .datastore),
        "aws_opensearchserverless_collection": .init(kind: .elasticsearch, role: .datastore),
        "aws_efs_file_system": .init(kind: .other, role: .datastore),
        "aws_msk_cluster": .init(kind: .kafka, role: .queue),
        "aws_msk_serverless_cluster": .init(kind: .kafka, role: .queue),
        "aws_mq_broker": .init(kind: .amqp, role: .queue, engineAttribute: "engine_type"),
        "aws_sqs_queue": .init(kind: .other, role: .queue),
        "aws_sns_topic": .init(kind: .other, role: .queue),
        "aws_kinesis_stream": .init(kind: .other, role: .queue),
        "aws_kinesis_firehose_delivery_stream": .init(kind: .other, role: .queue),
        "aws_s3_bucket": .init(kind: .s3, role: .objectStorage),
        "aws_s3_directory_bucket": .init(kind: .s3, role: .objectStorage),
        "aws_glacier_vault": .init(kind: .other, role: .objectStorage),
        // Azure
        "azurerm_postgresql_flexible_server": .init(kind: .postgres, role: .datastore),
        "azurerm_postgresql_server": .init(kind: .postgres, role: .datastore),
        "azurerm_cosmosdb_postgresql_cluster": .init(kind: .postgres, role: .datastore),
        "azurerm_mysql_flexible_server": .init(kind: .mysql, role: .datastore),
        "azurerm_mysql_server": .init(kind: .mysql, role: .datastore),
        "azurerm_mariadb_server": .init(kind: .mysql, role: .datastore),
        "azurerm_mssql_server": .init(kind: .mssql, role: .datastore),
        "azurerm_sql_server": .init(kind: .mssql, role: .datastore),
        "azurerm_mssql_managed_instance": .init(kind: .mssql, role: .datastore),
        "azurerm_cosmosdb_account": .init(kind: .other, role: .datastore, engineAttribute: "kind"),
        "azurerm_redis_cache": .init(kind: .redis, role: .datastore),
        "azurerm_managed_redis": .init(kind: .redis, role: .datastore),
        "azurerm_redis_enterprise_cluster": .init(kind: .redis, role: .datastore),
        "azurerm_storage_account": .init(kind: .other, role: .objectStorage),
        "azurerm_data_lake_store": .init(kind: .other, role: .objectStorage),
        "azurerm_servicebus_namespace": .init(kind: .amqp, role: .queue),
        "azurerm_eventhub_namespace": .init(kind: .kafka, role: .queue),
        "azurerm_eventgrid_topic": .init(kind: .other, role: .queue),
        "azurerm_search_service": .init(kind: .other, role: .datastore),
        "azurerm_kusto_cluster": .init(kind: .other, role: .datastore),
        // Google Cloud
        "google_sql_database_instance": .init(kind: .other, role: .datastore, engineAttribute: "database_version"),
        "google_alloydb_cluster": .init(kind: .postgres, role: .datastore),
        "google_spanner_instance": .init(kind: .other, role: .datastore),
        "google_bigtable_instance": .init(kind: .other, role: .datastore),
        "google_firestore_database": .init(kind: .other, role: .datastore),
        "google_bigquery_dataset": .init(kind: .other, role: .datastore),
        "google_redis_instance": .init(kind: .redis, role: .datastore),
        "google_memcache_instance": .init(kind: .memcached, role: .datastore),
        "google_storage_bucket": .init(kind: .other, role: .objectStorage),
        "google_pubsub_topic": .init(kind: .other, role: .queue),
        "google_pubsub_lite_topic": .init(kind: .other, role: .queue),
        "google_managed_kafka_cluster": .init(kind: .kafka, role: .queue),
    ]

    /// The kind an engine name implies (`aurora-postgresql`, `POSTGRES_15`, `RabbitMQ`, `MongoDB`).
    static func kind(forEngine engine: String, default fallback: EndpointKind) -> EndpointKind {
        let e = engine.lowercased()
        if e.hasInfix("postgres") { return .postgres }
        if e.hasInfix("mysql") || e.hasInfix("mariadb") || e == "aurora" { return .mysql }
        if e.hasInfix("sqlserver") { return .mssql }
        if e.hasInfix("oracle") { return .oracle }
        if e.hasInfix("memcached") { return .memcached }
        if e.hasInfix("redis") || e.hasInfix("valkey") { return .redis }
        if e.hasInfix("rabbitmq") || e.hasInfix("activemq") { return .amqp }
        if e.hasInfix("mongodb") { return .mongodb }
        return fallback
    }
}
