import ResidencyCore
import Testing

@testable import Policy

/// persistence-outside-eea and transfer-outside-eea: judged by the worst country, with a move
/// that fits (the nearest allowed region of the same provider, with its round trip).
@Suite struct RuleResidencyTests {
    let policy = ExampleEstate.policy

    func geoDNS(_ countries: [(String, String)], kind: EndpointKind = .redis) -> AuditedEndpoint {
        ExampleEstate.endpoint(
            "cache.global.example.com", port: 6379, kind: kind, at: ".env", line: 3, context: "REDIS_HOST",
            method: .dns,
            locations: countries.map {
                Location(address: $0.0, country: $0.1, asn: 64500, asOrganization: "Example CDN", source: .mmdb)
            },
            addresses: countries.map(\.0))
    }

    @Test func severalCountriesAreJudgedByTheWorst() throws {
        let e = geoDNS([("198.51.100.7", "NO"), ("203.0.113.9", "US"), ("192.0.2.1", "GB")])
        let findings = PersistenceOutsideEEARule().evaluate(ExampleEstate.input([e]), policy: policy)
        let f = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(f.message.contains("located in 3 countries (GB, NO, US), judged by the worst: US"))
        #expect(f.severity == .critical)
        #expect(f.evidence.contains("203.0.113.9 → US, AS64500 Example CDN (mmdb)"))
        #expect(f.remediation.contains { $0.contains("several countries") })
    }

    @Test func anAdequacyCountryIsLessBadThanNone() throws {
        let f = try #require(
            PersistenceOutsideEEARule().evaluate(
                ExampleEstate.input([geoDNS([("198.51.100.7", "NO"), ("192.0.2.1", "GB")])]), policy: policy
            ).first)
        #expect(f.message.contains("judged by the worst: GB"))
        #expect(
            f.remediation.contains {
                $0.contains(
                    "The United Kingdom has an adequacy decision under GDPR Art. 45 (renewed in December 2025, valid to December 2031)"
                )
            })

        var adequacy = policy
        adequacy.residency?.allowAdequacy = true
        #expect(
            PersistenceOutsideEEARule().evaluate(
                ExampleEstate.input([geoDNS([("198.51.100.7", "NO"), ("192.0.2.1", "GB")])]),
                policy: adequacy
            ).isEmpty)
    }

    @Test func nearestAllowedRegionOfTheSameProvider() throws {
        let f = try #require(
            PersistenceOutsideEEARule().evaluate(ExampleEstate.input([ExampleEstate.virginiaReplica]), policy: policy)
                .first)
        let move = try #require(f.remediation.first)
        #expect(
            move.hasPrefix(
                "Move the postgres datastore from us-east-1 (N. Virginia (Ashburn), US) to Amazon Web Services eu-north-1 (Stockholm, SE), the allowed region nearest to Oslo (~416 km): ~8.0 ms a round trip"
            ))
        #expect(move.contains("against ~95 ms now"))
        #expect(
            f.evidence.first
                == "k8s/order-service/config.yaml:34 Deployment order-service, container app, env REPORTING_DATASOURCE_URL"
        )
        #expect(
            f.evidence.contains(
                "analytics-replica.c3k9vd8f2mzq.us-east-1.rds.amazonaws.com → US N. Virginia (Ashburn) (provider-catalog)"
            ))
        #expect(f.evidence.contains("operator Amazon Web Services, jurisdiction US"))
    }

    @Test func aTerraformPlacementNamesItsRegion() throws {
        let placed = ExampleEstate.endpoint(
            "aws_db_instance.analytics_replica", port: 5432, kind: .postgres, at: "terraform/rds.tf", line: 43,
            context: "resource", method: .providerHostname,
            locations: [
                ExampleEstate.aws("aws_db_instance.analytics_replica", "US", "N. Virginia (Ashburn)", 39.04, -77.49)
            ],
            placement: CloudPlacement(provider: "aws", region: "us-east-1", resourceType: "aws_db_instance"))
        let f = try #require(PersistenceOutsideEEARule().evaluate(ExampleEstate.input([placed]), policy: policy).first)
        #expect(f.remediation.first?.contains("from us-east-1") == true)
    }

    @Test func cnameChainsAreEvidence() throws {
        let e = ExampleEstate.endpoint(
            "db.shop.example.com", port: 5432, kind: .postgres, at: "app.yml", line: 4, context: "url", method: .dns,
            locations: [
                Location(
                    address: "3.5.0.1", country: "US", city: "Ashburn", asn: 14618,
                    asOrganization: "AMAZON-AES", provider: "Amazon Web Services", jurisdiction: "US", source: .mmdb)
            ],
            addresses: ["3.5.0.1"],
            cnames: ["db.abc.us-east-1.rds.amazonaws.com", "ec2-3-5-0-1.compute-1.amazonaws.com"])
        let f = try #require(PersistenceOutsideEEARule().evaluate(ExampleEstate.input([e]), policy: policy).first)
        #expect(f.evidence.contains("db.shop.example.com CNAME db.abc.us-east-1.rds.amazonaws.com"))
        #expect(f.evidence.contains("db.abc.us-east-1.rds.amazonaws.com CNAME ec2-3-5-0-1.compute-1.amazonaws.com"))
        #expect(f.evidence.contains("3.5.0.1 → US Ashburn, AS14618 AMAZON-AES (mmdb)"))
        #expect(f.remediation.first?.contains("from us-east-1") == true, "the region is read from the CNAME chain")
    }

    @Test func transferIsJudgedAtItsOwnSeverityAndOnlyForTransferRoles() throws {
        let api = geoDNS([("203.0.113.9", "US")], kind: .http)
        let findings = TransferOutsideEEARule().evaluate(
            ExampleEstate.input([api, ExampleEstate.virginiaReplica]), policy: policy)
        #expect(findings.map(\.host) == ["cache.global.example.com"])
        #expect(findings.first?.severity == .high)
        #expect(findings.first?.references.contains("GDPR Art. 49") == true)
    }

    @Test func withoutAResidencySectionNothingRuns() {
        let input = ExampleEstate.input([ExampleEstate.virginiaReplica, ExampleEstate.privateERP])
        #expect(PersistenceOutsideEEARule().evaluate(input, policy: Policy()).isEmpty)
        #expect(UnknownLocationRule().evaluate(input, policy: Policy()).isEmpty)
    }
}

/// Adequacy decisions as they stand: Brazil (27 January 2026), the US for Data Privacy Framework
/// certified organisations only, Canada for PIPEDA organisations only.
@Suite struct AdequacyTests {
    @Test func theUSIsAdequateOnlyForCertifiedOperators() throws {
        let r = try #require(ExampleEstate.adequacyPolicy.residency)
        #expect(r.allows("US", dpf: .certified))
        #expect(!r.allows("US", dpf: .notCertified) && !r.allows("US", dpf: .unknown) && !r.allows("US"))
        #expect(r.allows("BR") && r.allows("CA"))
        let f = try #require(
            PersistenceOutsideEEARule().evaluate(
                ExampleEstate.input([ExampleEstate.virginiaReplica]),
                policy: ExampleEstate.adequacyPolicy
            ).first)
        #expect(
            f.remediation.contains {
                $0.contains(
                    "covers only organisations certified under it; Amazon Web Services is of unknown EU-US Data Privacy Framework status (treated as not certified)"
                )
            })
        #expect(f.remediation.contains { $0.contains("T-553/23") && $0.contains("C-703/25 P") })
        #expect(f.evidence.contains { $0.contains("the US decision does not cover this operator") })
        let notCertified = try #require(
            PersistenceOutsideEEARule().evaluate(
                ExampleEstate.input(
                    [ExampleEstate.virginiaReplica], dataPrivacyFramework: ["Amazon Web Services": .notCertified]),
                policy: ExampleEstate.adequacyPolicy
            ).first)
        #expect(
            notCertified.remediation.contains { $0.contains("is not certified under the EU-US Data Privacy Framework") }
        )
    }

    @Test func canadaIsPIPEDAOnly() throws {
        var montreal = ExampleEstate.virginiaReplica
        montreal.resolution.locations = [
            ExampleEstate.aws("db.ca-central-1.rds.amazonaws.com", "CA", "Montréal", 45.50, -73.57)
        ]
        var policy = ExampleEstate.policy
        policy.residency?.adequacyCountries.insert("CA")
        let f = try #require(
            PersistenceOutsideEEARule().evaluate(ExampleEstate.input([montreal]), policy: policy).first)
        #expect(
            f.remediation.contains {
                $0.contains("Canada's adequacy decision covers only commercial organisations subject to PIPEDA")
            })
    }
}
