import Foundation
import Policy
import ResidencyCore
import Resolving
import TestSupport
import Testing

@testable import Audit

/// nordic-shop's nightly export to the US analytics replica is marked `batch` in its estate file:
/// it leaves the latency chains and the hop budget but stays a residency and jurisdiction finding.
/// Marked `request`, the same connection is judged for latency again.
@Suite struct BatchPurposeAuditTests {
    static let replica = "analytics-replica.c3k9vd8f2mzq.us-east-1.rds.amazonaws.com"

    private func audit(replacing: [(String, String)] = []) throws -> Auditor.Outcome {
        let root = NordicShopAuditTests.estateFolder
        var yaml = try String(contentsOf: root.appendingPathComponent("residency.yaml"), encoding: .utf8)
        for (a, b) in replacing {
            #expect(yaml.contains(a))
            yaml = yaml.replacingOccurrences(of: a, with: b)
        }
        let estate = try EstateFile.parse(yaml: yaml, file: "residency.yaml")
        return try Auditor.run(
            AuditRequest(
                root: root, displayPath: "fixtures/nordic-shop", estate: estate, estatePath: "residency.yaml",
                catalogue: try .builtIn(),
                mode: .offline, geodata: nil, policy: try PolicyLoader.shipped(), today: "2026-11-30"))
    }

    private func rules(_ outcome: Auditor.Outcome) -> Set<String> {
        Set(outcome.findings.filter { $0.endpointId?.contains(Self.replica) == true }.map(\.ruleId))
    }

    @Test func aBatchConnectionLeavesTheLatencyChainsOnly() throws {
        let batch = try audit()
        #expect(rules(batch) == ["persistence-outside-eea", "us-jurisdiction"])
        #expect(!batch.chains.contains { $0.hops.contains { $0.to.contains(Self.replica) } })
        let request = try audit(replacing: [("purpose: batch", "purpose: request")])
        #expect(
            rules(request) == [
                "persistence-outside-eea", "us-jurisdiction", "latency-hop-budget", "latency-chain-budget",
            ])
        #expect(request.chains.contains { $0.hops.contains { $0.to.contains(Self.replica) } })
    }

    /// The host entry marks every connection to it; by the Terraform address too, as the join made them one.
    @Test func aBatchHostByEitherName() throws {
        for name in [Self.replica, "aws_db_instance.analytics_replica"] {
            let outcome = try audit(replacing: [
                ("to: \"analytics-replica.*.rds.amazonaws.com\"", "to: nothing.example.no"),
                ("hosts:\n", "hosts:\n  \"\(name)\": {purpose: batch}\n"),
            ])
            #expect(rules(outcome) == ["persistence-outside-eea", "us-jurisdiction"], "\(name)")
        }
    }
}
