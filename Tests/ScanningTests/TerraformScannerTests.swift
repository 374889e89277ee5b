import Foundation
import ResidencyCore
import TestSupport
import Testing

@testable import Scanning

/// The region each managed resource inherits, which the scanner examples (host, port, kind,
/// place) do not show, and the HCL reader's corners.
struct TerraformScannerTests {
    private func scan(_ files: [(String, String)]) -> ScanResult {
        let dir = TemporaryDirectory()
        for (p, c) in files { dir.write(p, c) }
        return ScanEngine(scanners: [TerraformScanner()]).scan(root: dir.url)
    }

    /// The placement without where its region is written (`regionSource`, tested on its own).
    private func placement(_ result: ScanResult, _ host: String) -> CloudPlacement? {
        var p = result.endpoints.first { $0.host == host }?.placement
        p?.regionSource = nil
        return p
    }

    @Test("the first example's resources are placed in the regions they inherit")
    func examplePlacements() throws {
        let example = try #require(TerraformScanner.examples.first)
        let result = scan(example.files.map { ($0.path, $0.content) })
        #expect(
            placement(result, "aws_db_instance.orders")
                == CloudPlacement(provider: "aws", region: "eu-north-1", resourceType: "aws_db_instance"))
        #expect(placement(result, "aws_elasticache_replication_group.sessions")?.region == "us-east-1")
        #expect(
            placement(result, "azurerm_postgresql_flexible_server.reports")
                == CloudPlacement(
                    provider: "azurerm", region: "norwayeast", resourceType: "azurerm_postgresql_flexible_server",
                    names: ["reports"]))
        #expect(placement(result, "google_storage_bucket.exports")?.region == "EU")
        #expect(result.endpoints.first { $0.host == "google_storage_bucket.exports" }?.role == .objectStorage)
    }

    @Test("module calls take the provider they are handed")
    func modulePlacements() throws {
        let example = try #require(TerraformScanner.examples.first { $0.name.hasPrefix("module calls") })
        let result = scan(example.files.map { ($0.path, $0.content) })
        #expect(
            placement(result, "module.orders_db")
                == CloudPlacement(provider: "aws", region: "eu-north-1", resourceType: "module:rds"))
        #expect(placement(result, "module.orders_db_dr")?.region == "us-west-2")
        #expect(placement(result, "module.uploads")?.resourceType == "module:terraform-aws-s3-bucket")
    }

    @Test("the same address in two modules stays two endpoints, qualified by directory")
    func sameAddressTwoModules() {
        let result = scan([
            ("eu/main.tf", "provider \"aws\" { region = \"eu-north-1\" }\nresource \"aws_s3_bucket\" \"data\" {}\n"),
            ("us/main.tf", "provider \"aws\" { region = \"us-east-1\" }\nresource \"aws_s3_bucket\" \"data\" {}\n"),
            ("other/main.tf", "resource \"aws_sqs_queue\" \"only\" {}\n"),
        ])
        #expect(placement(result, "eu/aws_s3_bucket.data")?.region == "eu-north-1")
        #expect(placement(result, "us/aws_s3_bucket.data")?.region == "us-east-1")
        #expect(result.endpoints.contains { $0.host == "aws_sqs_queue.only" })
    }

    @Test(
        "module sources name the module",
        arguments: [
            ("terraform-aws-modules/rds-aurora/aws", "rds-aurora"),
            ("git::https://github.com/org/terraform-aws-s3-bucket.git?ref=v1", "terraform-aws-s3-bucket"),
            ("git::https://example.com/infra.git//modules/redis?ref=v2", "redis"),
            ("../modules/postgres", "postgres"),
            ("terraform-aws-modules/iam/aws//modules/iam-policy", "iam-policy"),
            ("terraform-google-modules/sql-db/google//modules/mssql", "mssql"),
        ])
    func moduleNames(source: String, name: String) {
        #expect(ManagedModuleSources.name(ofSource: source) == name)
    }

    @Test("tfvars override variable defaults; locals and interpolated references are followed")
    func tfvarsAndLocals() {
        let result = scan([
            (
                "env/prod/main.tf",
                """
                variable "region" { default = "us-west-2" }
                locals { primary = "${var.region}" }
                provider "aws" { region = local.primary }
                resource "aws_sqs_queue" "jobs" { name = "jobs" }
                resource "aws_s3_bucket" "eu" { region = "eu-central-1" }
                resource "google_spanner_instance" "ledger" { config = "regional-europe-north1" }
                """
            ),
            ("env/prod/terraform.tfvars", "region = \"eu-west-1\"\n"),
            (
                "env/dev/main.tf",
                """
                resource "aws_dynamodb_table" "sessions" { name = "s" }
                """
            ),
        ])
        #expect(placement(result, "aws_sqs_queue.jobs")?.region == "eu-west-1")
        #expect(placement(result, "aws_s3_bucket.eu")?.region == "eu-central-1")
        #expect(placement(result, "google_spanner_instance.ledger")?.region == "europe-north1")
        let sessions = result.endpoints.first { $0.host == "aws_dynamodb_table.sessions" }
        #expect(
            sessions != nil && sessions?.placement == nil,
            "a module without a provider region leaves the resource unplaced")
        #expect(sessions?.role == .datastore)
    }

    @Test(
        "engine attributes refine the kind",
        arguments: [
            ("aws_rds_cluster", "engine = \"aurora-mysql\"", EndpointKind.mysql),
            ("aws_db_instance", "engine = \"sqlserver-se\"", .mssql),
            ("aws_mq_broker", "engine_type = \"RabbitMQ\"", .amqp),
            ("aws_elasticache_cluster", "engine = \"memcached\"", .memcached),
            ("google_sql_database_instance", "database_version = \"MYSQL_8_0\"", .mysql),
            ("azurerm_cosmosdb_account", "kind = \"MongoDB\"", .mongodb),
            ("aws_db_instance", "engine = var.engine", .other),
        ])
    func engines(type: String, attribute: String, kind: EndpointKind) {
        let result = scan([("main.tf", "resource \"\(type)\" \"x\" {\n  \(attribute)\n}\n")])
        #expect(result.endpoints.map(\.kind) == [kind])
    }

    @Test("HCL corners: comments, heredocs, escapes, $${}, nested strings in interpolations")
    func hclCorners() throws {
        let source = """
            # comment "with quotes {"
            // another
            /* block
               comment } */
            resource "aws_db_instance" "a" {
              identifier = "db-${lookup(var.names, "a", "x}")}"
              literal    = "$${not_a_var}"
              escaped    = "tab\\there \\"quoted\\""
              policy     = <<EOF
            {"Statement": [{"Effect": "Allow"}]}
            EOF
              tags = { Name = "a", "team" : "db" }
              list = [
                "one",
                "two",
              ]
            }
            """
        let (body, failure) = HCLParser.parse(Array(source.utf8))
        #expect(failure == nil)
        let block = try #require(body.blocks.first)
        #expect(block.type == "resource" && block.labels == ["aws_db_instance", "a"])
        let names = block.body.attributes.map(\.name)
        #expect(names == ["identifier", "literal", "escaped", "policy", "tags", "list"])
        #expect(block.body.attribute("literal")?.value == .literal("${not_a_var}"))
        #expect(block.body.attribute("escaped")?.value == .literal("tab\there \"quoted\""))
    }

    @Test(
        "bad HCL never crashes and is reported with its line",
        arguments: [
            "resource \"a\" \"b\" {\n", "x = [1, 2\n", "}\n", "x = <<EOF\nno end\n", "a = \"unterminated\n", "/* open",
            "resource \"aws_db_instance\" \"x\" { a = (]) }\n", "= 1\n", String(repeating: "a {", count: 200),
        ])
    func badInput(source: String) {
        let result = scan([("bad.tf", source)])
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.line != nil)
    }

    @Test("random HCL-ish bytes never crash or hang the reader")
    func fuzz() {
        var rng = SplitMix(seed: 11)
        let alphabet = Array("{}[]()=:,.\"\\$%#/*<-EOF\n abc123".utf8) + [0xC3, 0xA9]
        for _ in 0..<3000 {
            let bytes = (0..<Int(rng.next() % 80)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
            _ = HCLParser.parse(bytes)
        }
    }

    @Test(
        "regions name their cloud",
        arguments: [
            ("eu-north-1", "aws"), ("us-gov-west-1", "aws"), ("europe-north1", "google"), ("us-central1", "google"),
            ("norwayeast", "azurerm"), ("westeurope", "azurerm"), ("EU", nil),
        ] as [(String, String?)])
    func regionProviders(region: String, provider: String?) {
        #expect(ManagedModuleSources.provider(ofRegion: region) == provider)
    }

    @Test("function arguments and reserved addresses are not hosts")
    func notHosts() {
        let result = scan([
            (
                "main.tf",
                """
                resource "google_compute_global_address" "range" {
                  address = "10.10.0.0"
                }
                resource "google_sql_database_instance" "x" {
                  settings {
                    record_client_address = lookup(var.insights, "record_client_address", false)
                  }
                }
                provider "postgresql" {
                  host = "pg.example.no"
                }
                module "db" {
                  source           = "./db"
                  cluster_endpoint = try(time_sleep.this[0].triggers["endpoint"], "")
                  endpoints = {
                    static = { static_members = ["member-1"], tags = { Endpoint = "static-members" } }
                  }
                }
                """
            )
        ])
        #expect(Set(result.endpoints.map(\.host)) == ["google_sql_database_instance.x", "pg.example.no"])
    }

    @Test("variable defaults and outputs are keyed by their block's name")
    func variableAndOutputKeys() {
        let result = scan([
            (
                "main.tf",
                """
                variable "db_host" {
                  default = "pg.example.no"
                }
                variable "region" {
                  default = "eu-north-1"
                }
                output "cache_endpoint" {
                  value = "cache.example.no:6380"
                }
                """
            )
        ])
        #expect(
            Set(result.endpoints.map { "\($0.host):\($0.port ?? 0)" }) == [
                "pg.example.no:5432", "cache.example.no:6380",
            ])
    }

    @Test("a module call with a local source creates what its directory declares")
    func localModules() {
        let result = scan([
            (
                "modules/db/main.tf",
                "resource \"azurerm_postgresql_flexible_server\" \"this\" {\n  location = var.location\n}\n"
            ),
            ("modules/wrapper/main.tf", "module \"inner\" {\n  source = \"../db\"\n}\n"),
            ("modules/net/main.tf", "resource \"azurerm_virtual_network\" \"this\" {}\n"),
            (
                "envs/prod/main.tf",
                """
                module "orders" {
                  source   = "../../modules/wrapper"
                  location = "norwayeast"
                }
                module "network" {
                  source = "../../modules/net"
                }
                """
            ),
        ])
        let orders = result.endpoints.first { $0.host == "module.orders" }
        #expect(orders?.kind == .postgres)
        #expect(
            placement(result, "module.orders")
                == CloudPlacement(
                    provider: "azurerm", region: "norwayeast", resourceType: "azurerm_postgresql_flexible_server"))
        #expect(
            !result.endpoints.contains { $0.host.hasSuffix("azurerm_postgresql_flexible_server.this") },
            "a called module is not a root")
        #expect(!result.endpoints.contains { $0.host == "module.network" })
        #expect(LocalModules.directory(of: "../../x", calledFrom: "a") == nil)
        #expect(LocalModules.directory(of: "./modules/db", calledFrom: "") == "modules/db")
    }

    @Test("both branches of a conditional are values")
    func conditional() {
        let result = scan([
            (
                "main.tf",
                """
                locals {
                  database_url = var.prod ? "postgres://prod-db.example.no/app" : "postgres://dev-db.example.no/app"
                  settings     = { "DB_URL": "mysql://my.example.no/app" }
                }
                """
            )
        ])
        #expect(Set(result.endpoints.map(\.host)) == ["prod-db.example.no", "dev-db.example.no", "my.example.no"])
    }

    @Test("a placeholder naming a resource of the module is a use of that resource; outputs are not uses")
    func linkedUses() throws {
        let result = scan([
            (
                "main.tf",
                """
                provider "aws" { region = "eu-north-1" }
                resource "aws_db_instance" "orders" {
                  engine = "postgres"
                }
                resource "aws_lambda_function" "api" {
                  environment {
                    variables = {
                      DATABASE_URL = "postgres://app@${aws_db_instance.orders.address}:5432/orders"
                      CACHE_HOST   = "${aws_elasticache_cluster.missing.cache_nodes[0].address}"
                    }
                  }
                }
                output "db" {
                  value = "postgres://${aws_db_instance.orders.endpoint}/orders"
                }
                """
            )
        ])
        let orders = try #require(result.endpoints.first { $0.host == "aws_db_instance.orders" })
        #expect(orders.sources.map { "\($0.line):\($0.column)" } == ["2:11", "8:38"])
        #expect(
            Set(result.unresolved.map(\.variable)) == [
                "aws_elasticache_cluster.missing.cache_nodes[0].address",
                "aws_db_instance.orders.endpoint",
            ])
        #expect(TerraformScanner.address(in: "module.db.db_instance_address") == "module.db")
        #expect(TerraformScanner.address(in: "var.db_host") == nil)
    }

    @Test("a resource's declared name is read from literals, variables, locals and templates of them")
    func declaredNames() {
        let result = scan([
            (
                "infra/main.tf",
                """
                provider "aws" { region = "eu-north-1" }
                provider "google" {
                  project = "nordicshop"
                  region  = "europe-north1"
                }
                variable "environment" { default = "dev" }
                variable "unset" {}
                locals { name = "replica-postgresql" }
                resource "aws_db_instance" "orders" { identifier = "orders-db" }
                resource "aws_db_instance" "replica" { identifier = "${local.name}-${var.environment}" }
                resource "aws_db_instance" "loose" { identifier = var.unset }
                resource "aws_db_instance" "computed" { identifier = "db-${lookup(var.names, "a", "x")}" }
                resource "aws_s3_bucket" "uploads" { bucket_prefix = "uploads-" }
                resource "aws_elasticache_replication_group" "sessions" { replication_group_id = local.name }
                resource "google_sql_database_instance" "orders" { name = "orders-pg" }
                resource "azurerm_postgresql_flexible_server" "reviews" {
                  name     = "reviews-${var.environment}"
                  location = "norwayeast"
                }
                """
            ),
            ("infra/prod.tfvars", "environment = \"prod\"\n"),
        ])
        #expect(placement(result, "aws_db_instance.orders")?.names == ["orders-db"])
        #expect(
            placement(result, "aws_db_instance.replica")?.names == ["replica-postgresql-prod"],
            "tfvars over the default")
        #expect(placement(result, "aws_db_instance.loose")?.names == [], "an input without a default names nothing")
        #expect(
            placement(result, "aws_db_instance.computed")?.names == [],
            "a function call is not a value the scan can see")
        #expect(placement(result, "aws_s3_bucket.uploads")?.namePrefixes == ["uploads-"])
        #expect(placement(result, "aws_elasticache_replication_group.sessions")?.names == ["replica-postgresql"])
        #expect(
            placement(result, "google_sql_database_instance.orders")?.names == ["nordicshop:europe-north1:orders-pg"])
        #expect(placement(result, "azurerm_postgresql_flexible_server.reviews")?.names == ["reviews-prod"])
    }

    /// The shape of terraform-aws-modules' examples: an example calls the package root, which calls
    /// the module holding the resource; nothing but the example configures a provider.
    @Test("a module anywhere takes the region of the provider it is given, its own, or its region variable's default")
    func modulesAnywhere() {
        let result = scan([
            (
                "modules/db_instance/main.tf",
                """
                variable "identifier" { default = "default-db" }
                variable "region" { default = null }
                resource "aws_db_instance" "this" {
                  identifier = var.identifier
                  region     = var.region
                }
                output "address" { value = aws_db_instance.this.address }
                resource "aws_lambda_function" "rotate" {
                  environment { variables = { DB = "${aws_db_instance.this.address}" } }
                }
                """
            ),
            (
                "main.tf",
                """
                variable "identifier" {}
                variable "region" { default = null }
                module "db_instance" {
                  source     = "./modules/db_instance"
                  identifier = var.identifier
                  region     = var.region
                }
                """
            ),
            (
                "examples/replica/main.tf",
                """
                provider "aws" { region = local.region1 }
                provider "aws" {
                  alias  = "region2"
                  region = local.region2
                }
                locals {
                  name    = "replica-postgresql"
                  region1 = "eu-west-1"
                  region2 = "us-east-1"
                }
                module "master" {
                  source     = "../../"
                  identifier = "${local.name}-master"
                  engine     = "postgres"
                }
                module "replica" {
                  source     = "../../"
                  providers  = { aws = aws.region2 }
                  identifier = "${local.name}-replica"
                  engine     = "postgres"
                }
                module "pinned" {
                  source     = "../../"
                  identifier = "pinned"
                  region     = "eu-north-1"
                }
                module "computed" {
                  source     = "../../"
                  identifier = format("%s-x", local.name)
                }
                """
            ),
            (
                "modules/cache/main.tf",
                """
                variable "region" { default = "eu-central-1" }
                resource "aws_elasticache_replication_group" "this" {
                  replication_group_id = "sessions"
                  region               = var.region
                }
                """
            ),
            (
                "modules/own/main.tf",
                """
                provider "aws" { region = "eu-north-1" }
                resource "aws_s3_bucket" "this" { bucket = "own-bucket" }
                """
            ),
            (
                "envs/prod/main.tf",
                """
                provider "aws" { region = "us-west-2" }
                module "cache" { source = "../../modules/cache" }
                module "cache_ie" {
                  source = "../../modules/cache"
                  region = "eu-west-1"
                }
                module "own" { source = "../../modules/own" }
                """
            ),
        ])
        let master = placement(result, "module.master")
        #expect(
            master
                == CloudPlacement(
                    provider: "aws", region: "eu-west-1", resourceType: "aws_db_instance",
                    names: ["replica-postgresql-master"]))
        #expect(
            placement(result, "module.replica")
                == CloudPlacement(
                    provider: "aws", region: "us-east-1", resourceType: "aws_db_instance",
                    names: ["replica-postgresql-replica"]))
        #expect(
            placement(result, "module.pinned")?.region == "eu-north-1",
            "the call's region input reaches the resource's region")
        #expect(
            placement(result, "module.computed")?.names == [],
            "an input the scan cannot evaluate hides the child's default")
        #expect(placement(result, "module.cache")?.region == "eu-central-1", "the module's region variable default")
        #expect(placement(result, "module.cache_ie")?.region == "eu-west-1")
        // Where the region is written: the call's input, the region variable's use in the module.
        let source = { (host: String) in
            result.endpoints.first { $0.host == host }?.placement?.regionSource.map { "\($0.path):\($0.line)" }
        }
        #expect(source("module.cache_ie") == "envs/prod/main.tf:5")
        #expect(source("module.cache") == "modules/cache/main.tf:4")
        #expect(source("module.replica") == "examples/replica/main.tf:4")
        #expect(placement(result, "module.own")?.region == "eu-north-1", "a provider block of the module's own")
        // Called modules are not roots: their resources and calls are reported by their callers only,
        // and a use of their own resource is neither an endpoint nor an unresolved placeholder.
        #expect(
            !result.endpoints.contains {
                $0.host.contains("aws_db_instance.this") || $0.host.contains("module.db_instance")
            })
        #expect(result.unresolved.isEmpty)
        #expect(
            result.endpoints.allSatisfy { $0.placement != nil },
            "\(result.endpoints.filter { $0.placement == nil }.map(\.host))")
    }

    /// terraform-aws-modules' way of naming: `identifier = var.use_identifier_prefix ? null : var.identifier`.
    @Test("a conditional on a variable the scan can see is evaluated; on anything else it stays unknown")
    func conditionalNames() {
        let result = scan([
            (
                "modules/db/main.tf",
                """
                variable "identifier" {}
                variable "use_identifier_prefix" { default = false }
                locals {
                  identifier        = var.use_identifier_prefix ? null : var.identifier
                  identifier_prefix = var.use_identifier_prefix ? "${var.identifier}-" : null
                }
                resource "aws_db_instance" "this" {
                  identifier        = local.identifier
                  identifier_prefix = local.identifier_prefix
                }
                """
            ),
            (
                "main.tf",
                """
                provider "aws" { region = "eu-north-1" }
                module "plain" {
                  source     = "./modules/db"
                  identifier = "orders"
                }
                module "prefixed" {
                  source                = "./modules/db"
                  identifier            = "audit"
                  use_identifier_prefix = true
                }
                module "unknown" {
                  source                = "./modules/db"
                  identifier            = "jobs"
                  use_identifier_prefix = length(var.x) > 0
                }
                """
            ),
        ])
        #expect(placement(result, "module.plain")?.names == ["orders"])
        #expect(placement(result, "module.plain")?.namePrefixes == [])
        #expect(placement(result, "module.prefixed")?.names == [])
        #expect(placement(result, "module.prefixed")?.namePrefixes == ["audit-"])
        #expect(
            placement(result, "module.unknown")?.names == [] && placement(result, "module.unknown")?.namePrefixes == [])
    }
}
