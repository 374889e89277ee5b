import Foundation
import Policy
import ResidencyCore
import Resolving
import TestSupport
import Testing

@testable import Audit

/// The facts the pipeline hands the rules: the catalogue's Data Privacy Framework status and
/// review date, and the estate file's nginx release, end to end on the example estate.
@Suite struct FactsAuditTests {
    static func run(
        day: String, catalogue: ProviderCatalogue? = nil, policy: Policy? = nil,
        nginx: String? = nil
    ) throws -> Auditor.Outcome {
        let root = NordicShopAuditTests.estateFolder
        var estate = try EstateFile.load(path: root.appendingPathComponent("residency.yaml").path)
        estate.nginxVersion = nginx.flatMap(NginxVersion.init)
        return try Auditor.run(
            AuditRequest(
                root: root, displayPath: "fixtures/nordic-shop", estate: estate, estatePath: "residency.yaml",
                catalogue: catalogue ?? ProviderCatalogue.builtIn(), mode: .offline, geodata: nil,
                policy: policy ?? PolicyLoader.shipped(), today: day))
    }

    @Test func staleFactsAppearAYearAfterTheReview() throws {
        #expect(try Self.run(day: "2027-11-30").findings.filter { $0.ruleId == "stale-facts" }.isEmpty)
        let late = try Self.run(day: "2027-12-01").findings.filter { $0.ruleId == "stale-facts" }
        #expect(late.contains { $0.subject == "providers/catalogue.yaml (built in)" && $0.severity == .info })
        #expect(late.contains { $0.subject == "policy gdpr-eea" })
    }

    /// With adequacy accepted, the us-east-1 replica passes only once a catalogue of the user's
    /// own records Amazon as certified: the shipped status is unknown, which fails closed.
    @Test func dpfCertificationComesFromTheCatalogue() throws {
        let replica = "analytics-replica.c3k9vd8f2mzq.us-east-1.rds.amazonaws.com"
        let adequacy = try PolicyLoader.parse(
            yaml: """
                version: 1
                name: adequacy
                extends: [default]
                residency:
                  allowedCountries: [AT, BE, BG, HR, CY, CZ, DK, EE, FI, FR, DE, GR, HU, IE, IT, LV, LT, LU, MT, NL, PL, PT, RO, SK, SI, ES, SE, IS, LI, "NO"]
                  adequacyCountries: [US]
                  allowAdequacy: true
                """, file: "adequacy.yaml")
        let unknown = try Self.run(day: "2026-11-30", policy: adequacy).findings
        #expect(unknown.contains { $0.ruleId == "persistence-outside-eea" && $0.host == replica })
        let user = try ProviderCatalogue.load(
            yaml: """
                version: 1
                providers:
                  - {id: aws, name: Amazon Web Services, legalEntity: "Amazon Web Services EMEA SARL", legalSeat: LU, usJurisdiction: true,
                     source: test, dpf: {certified: true, checked: 2026-11-30, source: "test: a checked List entry"}}
                """, file: "mine.yaml")
        let certified = try Self.run(
            day: "2026-11-30", catalogue: try ProviderCatalogue.builtIn().merging(user), policy: adequacy
        ).findings
        #expect(!certified.contains { $0.ruleId == "persistence-outside-eea" && $0.host == replica })
        #expect(
            certified.contains { $0.ruleId == "us-jurisdiction" && $0.host == replica },
            "the access risk is still flagged")
    }

    @Test func theEstatesNginxReleaseReachesConnectionReuse() throws {
        let unknown = try Self.run(day: "2026-11-30").findings.filter { $0.ruleId == "connection-reuse" }
        let modern = try Self.run(day: "2026-11-30", nginx: "1.30.0").findings.filter {
            $0.ruleId == "connection-reuse"
        }
        #expect(unknown.contains { ($0.subject ?? "").contains("order_service") })
        #expect(
            !modern.contains { ($0.subject ?? "").contains("order_service") },
            "an upstream block keeps connections alive from 1.29.7")
        #expect(modern.count < unknown.count)
    }
}
