import Foundation
import Policy
import ResidencyCore
import Resolving
import TestSupport
import Testing

@testable import Audit

/// Module calls of a package's examples (terraform-aws-modules' layout: an example calls the
/// package root, which calls the module holding the resource) are located in the region of the
/// provider each call is handed, whatever their name; the replica in us-east-1 is the one finding
/// of data at rest outside the EEA.
@Suite struct TerraformModuleAuditTests {
    @Test func everyModuleCallIsLocatedInItsRegion() throws {
        let dir = TemporaryDirectory()
        dir.write(
            "modules/db_instance/main.tf",
            """
            variable "identifier" {}
            resource "aws_db_instance" "this" {
              identifier = var.identifier
              engine     = "postgres"
            }
            """)
        dir.write(
            "main.tf",
            """
            variable "identifier" {}
            module "db_instance" {
              source     = "./modules/db_instance"
              identifier = var.identifier
            }
            """)
        dir.write(
            "examples/replica/main.tf",
            """
            provider "aws" { region = "eu-west-1" }
            provider "aws" {
              alias  = "region2"
              region = "us-east-1"
            }
            module "master" {
              source     = "../../"
              identifier = "master"
            }
            module "replica" {
              source     = "../../"
              providers  = { aws = aws.region2 }
              identifier = "replica"
            }
            """)
        let outcome = try Auditor.run(
            AuditRequest(
                root: dir.url, displayPath: "rds", estate: EstateFile(), estatePath: nil,
                catalogue: try .builtIn(), mode: .offline, geodata: nil, policy: try PolicyLoader.shipped(),
                today: "2026-11-30"))
        let places = outcome.endpoints.map { "\($0.endpoint.host) \($0.resolution.locations.compactMap(\.country))" }
        #expect(places.sorted() == ["module.master [\"IE\"]", "module.replica [\"US\"]"])
        #expect(!outcome.findings.contains { $0.ruleId == "unknown-location" })
        let outside = outcome.findings.filter { $0.ruleId == "persistence-outside-eea" }
        #expect(outside.map(\.host) == ["module.replica"])
        // The remediation names the file and the attribute that put it there: the region of the
        // provider the call is handed.
        #expect(
            outside.first?.remediation.contains {
                $0.hasPrefix(
                    "In Terraform, set the `region` at examples/replica/main.tf:4 (provider \"aws\" alias region2) to eu-north-1"
                )
            } == true, "\(outside.first?.remediation ?? [])")
    }
}
