import ResidencyCore
import Testing

@testable import Policy

/// A datastore joined with its Terraform declaration: a suppression by either host name covers
/// it, and its findings carry the fingerprints the declaration's findings had.
@Suite struct JoinedEndpointSuppressionTests {
    private var joined: AuditedEndpoint {
        var e = ExampleEstate.virginiaReplica
        e.aliases = [
            EndpointAlias(e.endpoint),
            EndpointAlias(
                id: "postgres://aws_db_instance.analytics_replica:5432", host: "aws_db_instance.analytics_replica",
                kind: .postgres, path: "terraform/rds.tf"),
        ]
        return e
    }

    private func persistence(_ endpoint: AuditedEndpoint, host: String) -> Finding? {
        let input = AuditInput(
            endpoints: [endpoint],
            suppressions: [
                SuppressionInfo(
                    rule: "persistence-outside-eea", host: host, path: nil, reason: "r", expires: "2027-01-01",
                    file: "residency.yaml", line: 3)
            ], today: "2026-11-23")
        return PolicyEvaluator.evaluate(input, policy: ExampleEstate.policy).findings.first {
            $0.ruleId == "persistence-outside-eea"
        }
    }

    @Test func aSuppressionByTheDeclarationsAddressCoversTheJoinedHost() throws {
        #expect(try #require(persistence(joined, host: "aws_db_instance.analytics_*")).suppressed)
        #expect(try #require(persistence(joined, host: "*.us-east-1.rds.amazonaws.com")).suppressed)
        // Without the join, the address names nothing the finding is about.
        #expect(
            try #require(persistence(ExampleEstate.virginiaReplica, host: "aws_db_instance.analytics_*")).suppressed
                == false)
    }

    @Test func formerFingerprintsAreTheDeclarations() throws {
        let finding = try #require(persistence(joined, host: "nothing.example"))
        var declared = finding
        declared.host = "aws_db_instance.analytics_replica"
        declared.location?.path = "terraform/rds.tf"
        #expect(finding.formerFingerprints == [Fingerprint.of(declared)])
    }
}
