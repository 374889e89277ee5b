import Foundation
import Policy
import Reporting
import ResidencyCore
import Resolving
import TestSupport
import Testing

/// The JSON Schemas in `docs/schema/` are the contract users validate against: real outputs must
/// pass them (the nordic-shop report, a baseline recorded from it, the example estate file), and
/// documents that residency would reject or never write must fail them.
@Suite(.enabled(if: SchemaValidator.available, "needs python3 with jsonschema (scripts/install-deps)"))
struct SchemaTests {
    /// The golden report is the audit's JSON byte for byte (NordicShopAuditTests holds it to that).
    static var nordicShopReport: Data {
        get throws {
            try Data(contentsOf: PackagePaths.fixtures.appendingPathComponent("golden/nordic-shop.audit.json"))
        }
    }

    static var estateYAML: String {
        get throws {
            try String(
                contentsOf: PackagePaths.fixtures.appendingPathComponent("nordic-shop/residency.yaml"), encoding: .utf8)
        }
    }

    @Test func theNordicShopReportIsValid() throws {
        #expect(try SchemaValidator.errors(try Self.nordicShopReport, against: "audit-report") == [])
        // The sample with a suppressed, a baselined and a run-level finding (no location), too.
        let sample = PackagePaths.fixtures.appendingPathComponent("golden/audit-sample.json")
        #expect(try SchemaValidator.errors(try Data(contentsOf: sample), against: "audit-report") == [])
    }

    @Test func aWrongReportFails() throws {
        var doc = try #require(try JSONSerialization.jsonObject(with: try Self.nordicShopReport) as? [String: Any])
        var findings = try #require(doc["findings"] as? [[String: Any]])
        findings[0]["severity"] = "severe"
        findings[1].removeValue(forKey: "fingerprint")
        findings[2]["suppression"] = [
            "reason": "x", "expires": "2027-13-01", "source": ["path": "residency.yaml", "line": 3],
        ]
        findings[3]["ticket"] = "OPS-1"
        doc["findings"] = findings
        let errors = try SchemaValidator.errors(doc, against: "audit-report")
        #expect(errors.contains { $0.hasPrefix("/findings/0/severity:") })
        #expect(errors.contains { $0.hasPrefix("/findings/1:") && $0.contains("'fingerprint' is a required property") })
        #expect(errors.contains { $0.hasPrefix("/findings/2/suppression:") })
        #expect(errors.contains { $0.hasPrefix("/findings/3:") && $0.contains("ticket") })
        var summary = try #require(doc["summary"] as? [String: Any])
        summary["failOn"] = "urgent"
        doc = ["schemaVersion": 2, "summary": summary]
        let top = try SchemaValidator.errors(doc, against: "audit-report")
        #expect(top.contains { $0.hasPrefix("/schemaVersion:") })
        #expect(top.contains { $0.contains("'findings' is a required property") })
    }

    /// The suppression object issue 10 defines is what the schema describes.
    @Test func aSuppressionObjectIsValid() throws {
        var doc = try #require(try JSONSerialization.jsonObject(with: try Self.nordicShopReport) as? [String: Any])
        var findings = try #require(doc["findings"] as? [[String: Any]])
        findings[0]["suppressed"] = true
        findings[0]["suppression"] = [
            "reason": "migration OPS-1", "expires": "2027-09-30",
            "source": ["path": "residency.yaml", "line": 23],
        ]
        doc["findings"] = findings
        #expect(try SchemaValidator.errors(doc, against: "audit-report") == [])
    }

    @Test func aBaselineOfNordicShopIsValid() throws {
        let report = try JSONDecoder().decode(AuditDocument.self, from: try Self.nordicShopReport)
        let baseline = Baseline(findings: report.findings, createdFrom: "fixtures/nordic-shop")
        #expect(!baseline.entries.isEmpty)
        #expect(try SchemaValidator.errors(Data(baseline.render().utf8), against: "baseline") == [])
    }

    @Test func aWrongBaselineFailsAsResidencyWouldRejectIt() throws {
        let cases: [(String, String)] = [
            (
                #"{"schemaVersion":1,"tool":{"name":"residency","version":"0.1.0"},"createdFrom":".","entries":[{"fingerprint":"ABC","ruleId":"x"}]}"#,
                "/entries/0/fingerprint"
            ),
            (
                #"{"schemaVersion":1,"tool":{"name":"residency","version":"0.1.0"},"createdFrom":".","fingerprints":[],"entries":[]}"#,
                "/:"
            ),
            (
                #"{"schemaVersion":2,"tool":{"name":"residency","version":"0.1.0"},"createdFrom":".","entries":[]}"#,
                "/schemaVersion"
            ),
        ]
        for (json, place) in cases {
            let errors = try SchemaValidator.errors(Data(json.utf8), against: "baseline")
            #expect(errors.contains { $0.hasPrefix(place) }, "\(json): \(errors)")
            #expect(throws: BaselineError.self) { try Baseline.decode(Data(json.utf8), file: "b.json") }
        }
    }

    @Test func theExampleEstateFileIsValid() throws {
        let json = try YAMLAsJSON.convert(try Self.estateYAML)
        // Read as YAML 1.2: the country stays a string, the expiry a day.
        let sites = (json as? [String: Any])?["sites"] as? [String: [String: Any]]
        #expect(sites?["oslo-1"]?["country"] as? String == "NO")
        #expect(try SchemaValidator.errors(json, against: "estate-file") == [])
    }

    /// Each of these is an estate file mistake; the schema and residency's reader both reject it.
    @Test(arguments: [
        ("sites:\n  oslo-1: {country: Norway}\n", "/sites/oslo-1/country"),
        ("site:\n  oslo-1: {country: NO}\n", "/:"),
        ("sites:\n  oslo-1: {country: NO, latitude: 91}\n", "/sites/oslo-1/latitude"),
        ("sites:\n  oslo-1: {country: NO}\nnetworks:\n  10.0.0.0/33: oslo-1\n", "/networks"),
        ("suppressions:\n  - {rule: us-jurisdiction, reason: r, expires: 2027-01-01}\n", "/suppressions/0"),
        ("suppressions:\n  - {rule: us-jurisdiction, host: x, expires: 2027-01-01}\n", "/suppressions/0"),
        (
            "suppressions:\n  - {rule: us-jurisdiction, host: x, reason: r, expires: 27-01-01}\n",
            "/suppressions/0/expires"
        ),
        ("version: 2\n", "/version"),
    ])
    func aWrongEstateFileFails(_ yaml: String, _ place: String) throws {
        let errors = try SchemaValidator.errors(try YAMLAsJSON.convert(yaml), against: "estate-file")
        #expect(errors.contains { $0.hasPrefix(place) }, "\(errors)")
        #expect(throws: (any Error).self) { try EstateFile.parse(yaml: yaml, file: "residency.yaml") }
    }

    /// A misspelled rule never suppresses anything: the schema rejects it (residency rejects it
    /// with exit 2 too, once issue 10's fail-closed suppressions are in).
    @Test func aMisspelledSuppressionRuleFails() throws {
        let yaml = "suppressions:\n  - {rule: us-jurisdictoin, host: x, reason: r, expires: 2027-01-01}\n"
        let errors = try SchemaValidator.errors(try YAMLAsJSON.convert(yaml), against: "estate-file")
        #expect(errors.contains { $0.hasPrefix("/suppressions/0/rule:") })
    }

    /// The estate schema's rule list is the shipped rules and categories: a new rule that the
    /// schema would reject in a suppression fails here.
    @Test func theSuppressionRuleListIsTheRulesAndCategories() throws {
        let schema =
            try JSONSerialization.jsonObject(with: try Data(contentsOf: SchemaValidator.schema("estate-file")))
            as? [String: Any]
        let defs = schema?["$defs"] as? [String: Any]
        let rule =
            ((defs?["suppression"] as? [String: Any])?["properties"] as? [String: Any])?["rule"] as? [String: Any]
        let listed = Set(rule?["enum"] as? [String] ?? [])
        let known = Set(RuleRegistry.descriptions.map(\.id)).union(FindingCategory.allCases.map(\.rawValue))
        #expect(known.subtracting(listed).isEmpty, "missing from the schema: \(known.subtracting(listed).sorted())")
        // `suppression-unused` is issue 10's new rule, written by the branch that adds it.
        #expect(listed.subtracting(known).subtracting(["suppression-unused"]).isEmpty)
    }
}
