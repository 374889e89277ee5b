import Foundation
import Policy
import Reporting
import ResidencyCore
import Resolving
import TestSupport
import Testing

@testable import Audit

/// The example estate judged end to end (offline, no geodata, a fixed day), checked against the
/// verdicts issue 5 asks for and against a golden report.
///
/// Regenerate after a deliberate change: `RESIDENCY_UPDATE_GOLDEN=1 swift test --filter NordicShopAudit`,
/// then review `git diff fixtures/golden/` before committing.
@Suite struct NordicShopAuditTests {
    static let day = "2026-11-23"
    static var estateFolder: URL { PackagePaths.fixtures.appendingPathComponent("nordic-shop") }
    static var goldenFile: URL { PackagePaths.fixtures.appendingPathComponent("golden/nordic-shop.audit.json") }

    static func audit(root: URL = estateFolder, displayPath: String = "fixtures/nordic-shop") throws -> AuditDocument {
        let estate = try EstateFile.load(path: root.appendingPathComponent("residency.yaml").path)
        let request = AuditRequest(
            root: root, displayPath: displayPath, estate: estate, estatePath: "residency.yaml",
            catalogue: try .builtIn(),
            mode: .offline, geodata: nil, policy: try PolicyLoader.shipped(), today: day)
        return Auditor.document(try Auditor.run(request), request: request, failOn: .severity(.high), baseline: nil)
    }

    private func findings(_ doc: AuditDocument, _ category: FindingCategory, host: String) -> [Finding] {
        doc.findings.filter { $0.category == category && $0.host == host }
    }

    @Test func datastoresAreJudgedRight() throws {
        let doc = try Self.audit()
        // Oslo and Stockholm pass residency.
        for host in [
            "pg-users.osl.nordicshop.example.no", "orders-db.c9akciq32xyz.eu-north-1.rds.amazonaws.com", "10.20.4.15",
        ] {
            #expect(findings(doc, .persistenceOutsideEEA, host: host).isEmpty, "\(host)")
            #expect(findings(doc, .unknownLocation, host: host).isEmpty, "\(host)")
        }
        // Frankfurt on a US provider: in the EEA, but under US jurisdiction.
        let frankfurt = "profiles.cluster-c7mpl4xq2h1z.eu-central-1.docdb.amazonaws.com"
        #expect(findings(doc, .persistenceOutsideEEA, host: frankfurt).isEmpty)
        #expect(!findings(doc, .usJurisdiction, host: frankfurt).isEmpty)
        // The US replica is persisted outside the EEA, and the remediation names Stockholm.
        let us = findings(
            doc, .persistenceOutsideEEA, host: "analytics-replica.c3k9vd8f2mzq.us-east-1.rds.amazonaws.com")
        #expect(us.count == 1)
        #expect(us.first?.remediation.joined(separator: " ").contains("eu-north-1") == true)
        // One datastore, one finding per rule: the Terraform declaration joins its host name, and
        // the finding lists both the declaration and the Secret.
        #expect(us.first?.evidence.contains { $0.hasPrefix("terraform/rds.tf:43 ") } == true)
        #expect(us.first?.evidence.contains { $0.hasPrefix("k8s/order-service/config.yaml:34 ") } == true)
        #expect(doc.findings.filter { $0.ruleId == "persistence-outside-eea" }.count == 1)
        #expect(!doc.findings.contains { $0.host == "aws_db_instance.analytics_replica" })
        #expect(!doc.endpoints.contains { $0.host == "aws_db_instance.analytics_replica" })
        // The broker's suppression by host name covers its Terraform declaration too.
        #expect(
            !doc.findings.contains { !$0.suppressed && $0.evidence.contains { $0.contains("aws_mq_broker.events") } })
        // The private ERP address without an estate entry.
        #expect(!findings(doc, .unknownLocation, host: "172.16.40.12").isEmpty)
        // The gateway upstream without keepalive.
        #expect(
            doc.findings.contains {
                $0.category == .connectionReuse && ($0.subject ?? $0.message).contains("order_service")
            })
        #expect(
            !doc.findings.contains { $0.category == .connectionReuse && ($0.subject ?? "").contains("user_service") })
        // The chain through Ireland breaks the Norway budget.
        #expect(
            doc.findings.contains { $0.category == .latencyBudget && $0.evidence.joined().contains("payments-ledger") })
        #expect(doc.chains.contains { !$0.withinBudget && $0.hops.contains { $0.to.contains("payments-ledger") } })
        // The suppression in residency.yaml (until 2027-09-30) holds on this day.
        #expect(doc.findings.contains { $0.suppressed && ($0.host ?? "").hasSuffix(".mq.eu-north-1.amazonaws.com") })
        #expect(!doc.summary.passed)
    }

    /// A baseline recorded before the join (the Terraform declaration's own finding) still
    /// covers the joined datastore's finding; an unrelated fingerprint does not.
    @Test func baselineByTheDeclarationsNameCoversTheJoinedFinding() throws {
        var declared = Finding(
            ruleId: "persistence-outside-eea", category: .persistenceOutsideEEA, severity: .critical, title: "",
            message: "", location: .init(path: "terraform/rds.tf", line: 43, column: 20),
            host: "aws_db_instance.analytics_replica", kind: .postgres)
        declared.fingerprint = Fingerprint.of(declared)
        var unrelated = declared
        unrelated.host = "aws_db_instance.orders"
        unrelated.fingerprint = Fingerprint.of(unrelated)
        let estate = try EstateFile.load(path: Self.estateFolder.appendingPathComponent("residency.yaml").path)
        let request = AuditRequest(
            root: Self.estateFolder, displayPath: "fixtures/nordic-shop", estate: estate, estatePath: "residency.yaml",
            catalogue: try .builtIn(),
            mode: .offline, geodata: nil, policy: try PolicyLoader.shipped(), today: Self.day)
        let outcome = try Auditor.run(request)
        func replica(_ baseline: Baseline) -> Finding? {
            Auditor.document(outcome, request: request, failOn: .severity(.high), baseline: baseline).findings.first {
                $0.ruleId == "persistence-outside-eea"
                    && $0.host == "analytics-replica.c3k9vd8f2mzq.us-east-1.rds.amazonaws.com"
            }
        }
        #expect(replica(Baseline(findings: [declared], createdFrom: "."))?.baselined == true)
        #expect(replica(Baseline(findings: [unrelated], createdFrom: "."))?.baselined == false)
    }

    @Test func fingerprintsAreUniqueAndWellFormed() throws {
        let doc = try Self.audit()
        let prints = doc.findings.map(\.fingerprint)
        #expect(Set(prints).count == prints.count)
        #expect(prints.allSatisfy { $0.count == 64 && $0.allSatisfy(\.isHexDigit) })
    }

    @Test func goldenReport() throws {
        let rendered = try AuditFormat.json.render(try Self.audit())
        let golden = try Golden.text(at: Self.goldenFile, rendered: rendered)
        #expect(
            rendered == golden,
            "regenerate with RESIDENCY_UPDATE_GOLDEN=1 and review the diff; \(Golden.firstDifference(rendered, golden))"
        )
    }

    /// A copy in another folder, written in reverse order, gives the same report: nothing depends
    /// on where the estate lives or the order its files were created in.
    @Test func stableAcrossFoldersAndFileOrder() throws {
        let temp = TemporaryDirectory(prefix: "nordic-shop-copy")
        let fm = FileManager.default
        let files = try #require(fm.enumerator(atPath: Self.estateFolder.path)?.allObjects as? [String])
        for rel in files.sorted().reversed() {
            var isDir: ObjCBool = false
            let source = Self.estateFolder.appendingPathComponent(rel)
            guard fm.fileExists(atPath: source.path, isDirectory: &isDir), !isDir.boolValue else { continue }
            _ = temp.write(rel, bytes: Array(try Data(contentsOf: source)))
        }
        let copy = try AuditFormat.json.render(try Self.audit(root: temp.url))
        let original = try AuditFormat.json.render(try Self.audit())
        #expect(copy == original)
    }
}
