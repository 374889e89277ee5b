import Testing
import ResidencyCore
@testable import Policy

/// us-jurisdiction: a US operator is flagged in any region, at a severity by role, with the
/// policy's EEA alternatives (by kind, then role) and supplementary measures.
@Suite struct RuleJurisdictionTests {
    let policy = ExampleEstate.policy

    @Test func flaggedWhateverTheRegion() throws {
        let f = try #require(USJurisdictionRule().evaluate(ExampleEstate.input([ExampleEstate.frankfurtProfiles]), policy: policy).first)
        #expect(f.message.contains("operated by Amazon Web Services, subject to US law"))
        #expect(f.message.contains("DE (Frankfurt)") && f.message.contains("CLOUD Act"))
        #expect(f.severity == .high)
    }

    @Test func alternativesByKindThenRole() throws {
        let pg = try #require(USJurisdictionRule().evaluate(ExampleEstate.input([ExampleEstate.stockholmOrders]), policy: policy).first)
        #expect(pg.remediation.first == "Move this postgres datastore off Amazon Web Services to an EEA-owned provider: Aiven for PostgreSQL (FI); UpCloud Managed Databases (FI).")
        let telemetry = ExampleEstate.endpoint("api.datadoghq.eu", port: 443, kind: .http, role: .telemetry, at: "app.yml", line: 42, context: "datadog",
                                               tls: true, method: .providerHostname,
                                               locations: [Location(address: "api.datadoghq.eu", country: "DE", provider: "Datadog",
                                                                    jurisdiction: "US", source: .providerCatalog)])
        let t = try #require(USJurisdictionRule().evaluate(ExampleEstate.input([telemetry]), policy: policy).first)
        #expect(t.remediation.first?.contains("Grafana self-hosted in oslo-1") == true)
        #expect(t.severity == .medium, "a telemetry sink only receives data in transit")
    }

    @Test func measuresFromThePolicyElseTheDefaults() throws {
        let input = ExampleEstate.input([ExampleEstate.frankfurtProfiles])
        let defaults = try #require(USJurisdictionRule().evaluate(input, policy: policy).first)
        #expect(defaults.remediation.contains { $0.contains("customer-managed keys held in the EEA") })
        #expect(defaults.remediation.contains { $0.contains("pseudonymise") })
        var own = policy
        own.jurisdiction?.supplementaryMeasures = ["client-side encryption with keys in an HSM in oslo-1"]
        let custom = try #require(USJurisdictionRule().evaluate(input, policy: own).first)
        #expect(custom.remediation.last == "While it stays on Amazon Web Services, supplementary measure: client-side encryption with keys in an HSM in oslo-1.")
    }
}
