import ResidencyCore
import Testing

@testable import Policy

/// us-jurisdiction: a US operator is flagged in any region, at a severity by role, with the
/// policy's EEA alternatives (by kind, then role) and supplementary measures.
@Suite struct RuleJurisdictionTests {
    let policy = ExampleEstate.policy

    @Test func flaggedWhateverTheRegion() throws {
        let f = try #require(
            USJurisdictionRule().evaluate(ExampleEstate.input([ExampleEstate.frankfurtProfiles]), policy: policy).first)
        #expect(f.message.contains("operated by Amazon Web Services, subject to US law"))
        #expect(f.message.contains("DE (Frankfurt)") && f.message.contains("CLOUD Act"))
        #expect(f.severity == .high)
    }

    @Test func alternativesByKindThenRole() throws {
        let pg = try #require(
            USJurisdictionRule().evaluate(ExampleEstate.input([ExampleEstate.stockholmOrders]), policy: policy).first)
        #expect(
            pg.remediation.first
                == "Move this postgres datastore off Amazon Web Services to an EEA-owned provider: Aiven for PostgreSQL (FI); UpCloud Managed Databases (FI)."
        )
        let telemetry = ExampleEstate.endpoint(
            "api.datadoghq.eu", port: 443, kind: .http, role: .telemetry, at: "app.yml", line: 42, context: "datadog",
            tls: true, method: .providerHostname,
            locations: [
                Location(
                    address: "api.datadoghq.eu", country: "DE", provider: "Datadog",
                    jurisdiction: "US", source: .providerCatalog)
            ])
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
        #expect(
            custom.remediation.last
                == "While it stays on Amazon Web Services, advised measure: client-side encryption with keys in an HSM in oslo-1."
        )
    }

    /// EDPB Guidelines 05/2021: an EEA region of a US-parent provider is an access risk (measures
    /// advised); a US region is an actual transfer (Art. 46 safeguards and measures required).
    @Test func measuresAreRequiredForATransferAndAdvisedInTheEEA() throws {
        let frankfurt = try #require(
            USJurisdictionRule().evaluate(ExampleEstate.input([ExampleEstate.frankfurtProfiles]), policy: policy).first)
        #expect(
            frankfurt.message.contains(
                "Data held there is not in itself transferred (EDPB Guidelines 05/2021), but remote access from the US would be a transfer"
            ))
        #expect(
            frankfurt.message.contains("FISA 702, EO 12333") && frankfurt.message.contains("flagged by this policy"))
        #expect(!frankfurt.message.contains("region does not matter"))
        #expect(frankfurt.remediation.contains { $0.contains("The measures below are advised") })
        #expect(!frankfurt.remediation.contains { $0.contains("is required") })

        let virginia = try #require(
            USJurisdictionRule().evaluate(ExampleEstate.input([ExampleEstate.virginiaReplica]), policy: policy).first)
        #expect(virginia.message.contains("an actual transfer (GDPR Chapter V)"))
        #expect(
            virginia.remediation.contains {
                $0.contains(
                    "Art. 46 safeguard (standard contractual clauses) with a transfer impact assessment is required")
            })
        #expect(
            virginia.remediation.contains {
                $0.hasPrefix("While it stays on Amazon Web Services, supplementary measure:")
            })

        // A certified operator in the US under a policy that accepts adequacy countries: covered
        // by the DPF decision, the access risk remains (still flagged, measures advised).
        var adequacy = policy
        adequacy.residency?.adequacyCountries.insert("US")
        adequacy.residency?.allowAdequacy = true
        let covered = try #require(
            USJurisdictionRule().evaluate(
                ExampleEstate.input(
                    [ExampleEstate.virginiaReplica], dataPrivacyFramework: ["Amazon Web Services": .certified]),
                policy: adequacy
            ).first)
        #expect(covered.message.contains("adequacy decision covers this operator"))
        #expect(covered.remediation.contains { $0.contains("The measures below are advised") })
        let unknown = try #require(
            USJurisdictionRule().evaluate(ExampleEstate.input([ExampleEstate.virginiaReplica]), policy: adequacy).first)
        #expect(
            unknown.message.contains("an actual transfer"),
            "an operator of unknown DPF status is not covered (fail closed)")
    }
}
