extension TerraformScanner {
    static let examples: [ScannerExample] = [
        ScannerExample(
            "regions from provider, alias, variable default and resource group",
            files: [
                (
                    "infra/databases.tf",
                    """
                    resource "‸aws_db_instance" "orders" {
                      engine         = "postgres"
                      instance_class = "db.t4g.medium"
                      password       = var.db_password # never printed
                    }

                    resource "‸aws_elasticache_replication_group" "sessions" {
                      provider = aws.us
                      description = "sessions; see https://docs.aws.amazon.com/"
                    }

                    /* Azure side */
                    resource "azurerm_resource_group" "main" {
                      name     = "shop"
                      location = "norwayeast"
                    }
                    resource "‸azurerm_postgresql_flexible_server" "reports" {
                      name                = "reports"
                      resource_group_name = azurerm_resource_group.main.name
                      location            = azurerm_resource_group.main.location
                    }
                    resource "‸google_storage_bucket" "exports" {
                      name     = "shop-exports"
                      location = "EU"
                    }
                    """
                ),
                (
                    "infra/providers.tf",
                    """
                    terraform {
                      required_providers {
                        aws = { source = "hashicorp/aws", version = "~> 5.0" }
                      }
                    }
                    provider "aws" {
                      region = var.region
                    }
                    provider "aws" {
                      alias  = "us"
                      region = "us-east-1"
                    }
                    """
                ),
                (
                    "infra/variables.tf",
                    """
                    variable "region" {
                      type    = string
                      default = "eu-north-1"
                    }
                    """
                ),
            ],
            finds: [
                .at("aws_db_instance.orders", 5432, .postgres),
                .at("aws_elasticache_replication_group.sessions", 6379, .redis),
                .at("azurerm_postgresql_flexible_server.reports", 5432, .postgres),
                .at("google_storage_bucket.exports", nil, .other),
            ]),
        ScannerExample(
            "connection strings in attributes, locals and heredocs", path: "lambda.tf",
            """
            locals {
              db_url = "postgresql://app:${var.db_password}@‸orders.cluster-abc.eu-north-1.rds.amazonaws.com:5432/orders"
            }
            resource "aws_lambda_function" "api" {
              function_name = "api"
              environment {
                variables = {
                  DATABASE_URL = local.db_url
                  REDIS_HOST   = "‸cache.sto.example.se"
                  KAFKA_BROKERS = "${var.kafka_host}:9092"
                  DOCS          = "https://wiki.example.no/api"
                }
              }
              user_data = <<-EOT
                #!/bin/sh
                psql "postgres://report@‸reports.fra.example.de/reports" -c 'select 1'
              EOT
            }
            module "vpc" {
              source = "git::https://github.com/terraform-aws-modules/terraform-aws-vpc.git?ref=v5.0.0"
            }
            """,
            finds: [
                .at("orders.cluster-abc.eu-north-1.rds.amazonaws.com", 5432, .postgres),
                .at("cache.sto.example.se", 6379, .redis),
                .at("reports.fra.example.de", 5432, .postgres),
            ], unresolved: ["var.kafka_host"]),
        ScannerExample(
            "module calls that create databases and buckets; other modules are not endpoints",
            files: [
                (
                    "envs/prod/main.tf",
                    """
                    provider "aws" {
                      region = local.region
                    }
                    provider "aws" {
                      alias  = "dr"
                      region = "us-west-2"
                    }
                    locals { region = "eu-north-1" }

                    module "‸orders_db" {
                      source         = "terraform-aws-modules/rds/aws"
                      version        = "~> 6.0"
                      engine         = "postgres"
                      instance_class = "db.t4g.large"
                    }
                    module "‸orders_db_dr" {
                      source    = "terraform-aws-modules/rds/aws"
                      engine    = "postgres"
                      providers = { aws = aws.dr }
                    }
                    module "‸uploads" {
                      source = "git::https://github.com/terraform-aws-modules/terraform-aws-s3-bucket.git?ref=v4.1.0"
                    }
                    module "disabled" {
                      source             = "terraform-aws-modules/rds/aws"
                      engine             = "mysql"
                      create_db_instance = false
                    }
                    module "vpc" {
                      source = "terraform-aws-modules/vpc/aws"
                    }
                    """
                )
            ],
            finds: [
                .at("module.orders_db", 5432, .postgres),
                .at("module.orders_db_dr", 5432, .postgres),
                .at("module.uploads", 443, .s3),
            ]),
        ScannerExample(
            "a syntax error is one diagnostic; earlier blocks are kept", path: "broken.tf",
            """
            provider "google" {
              region = "europe-north1"
            }
            resource "‸google_sql_database_instance" "main" {
              database_version = "POSTGRES_16"
            }
            resource "google_pubsub_topic" "events" {
              name = "events
            }
            """, finds: [.at("google_sql_database_instance.main", 5432, .postgres)],
            diagnostics: 1),
    ]
}
