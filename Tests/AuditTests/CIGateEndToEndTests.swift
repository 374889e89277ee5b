import Foundation
import Policy
import Reporting
import ResidencyCore
import Resolving
import TestSupport
import Testing

/// The CI gate as a platform team adopts it, run with the built binary in a temporary git
/// repository: record a baseline inside the tree, gate on it, accept a risk with a suppression,
/// catch a new US datastore, and refuse a misspelt suppression.
@Suite(.serialized) struct CIGateEndToEndTests {
    static let day = "2026-11-23"
    static let common = ["--offline", "--date", day]

    /// A git repository holding a copy of the example estate, committed.
    static func repository() throws -> (TemporaryDirectory, URL) {
        let tmp = TemporaryDirectory(prefix: "residency-ci-gate")
        let repo = tmp.url.appendingPathComponent("shop")
        try FileManager.default.copyItem(at: PackagePaths.fixtures.appendingPathComponent("nordic-shop"), to: repo)
        try Git.run(["init", "-q"], in: repo)
        try Git.commitAll("the estate", in: repo)
        return (tmp, repo)
    }

    static func report(_ outcome: ResidencyBinary.Outcome) throws -> AuditDocument {
        try JSONDecoder().decode(AuditDocument.self, from: Data(outcome.stdout.utf8))
    }

    static func append(_ text: String, to file: URL) throws {
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
    }

    static func lineCount(_ file: URL) throws -> Int {
        try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).count
    }

    @Test func baselineSuppressionNewDatastoreAndMisspeltRule() throws {
        let (tmp, repo) = try Self.repository()
        _ = tmp
        let gate = ["audit", ".", "--baseline", ".residency-baseline.json"] + Self.common

        // 1. Accept today's findings; the baseline lives in the tree and is committed.
        let recorded = try ResidencyBinary.run(
            ["baseline", ".", "-o", ".residency-baseline.json"] + Self.common, in: repo)
        #expect(recorded.status == 0, "\(recorded.stderr)")
        try Git.commitAll("accept today's findings", in: repo)
        let firstBaseline = try String(
            contentsOf: repo.appendingPathComponent(".residency-baseline.json"), encoding: .utf8)

        // 2. Nothing changed: the gate passes, with the baseline, a SARIF report and a JSON
        // report (under another name) lying in the tree; none of them is audited.
        let sarif = try ResidencyBinary.run(gate + ["--format", "sarif", "--output", "residency.sarif"], in: repo)
        #expect(sarif.status == 0, "\(sarif.stderr)")
        let saved = try ResidencyBinary.run(gate + ["--format", "json", "--output", "reports/today.json"], in: repo)
        #expect(saved.status == 0, "\(saved.stderr)")
        try Git.commitAll("reports", in: repo)
        let unchanged = try ResidencyBinary.run(gate + ["--format", "json"], in: repo)
        #expect(unchanged.status == 0, "\(unchanged.stderr)")
        let before = try Self.report(unchanged)
        #expect(before.activeFindings.isEmpty, "\(before.activeFindings.map(\.message))")
        #expect(before.summary.files == 36, "only the estate's own files are audited")
        // Re-recording with all of that in the tree records the same findings.
        let again = try ResidencyBinary.run(
            ["baseline", ".", "-o", ".residency-baseline.json"] + Self.common, in: repo)
        #expect(again.status == 0)
        #expect(
            try String(contentsOf: repo.appendingPathComponent(".residency-baseline.json"), encoding: .utf8)
                == firstBaseline)

        // 3. Accept a risk in the estate file by Terraform resource: still passing, no new finding.
        let estateFile = repo.appendingPathComponent("residency.yaml")
        let suppressionLine = try Self.lineCount(estateFile)
        try Self.append(
            """
              - rule: persistence-outside-eea
                resource: aws_db_instance.analytics_replica
                reason: "reporting replica retired with OPS-2511"
                expires: 2027-06-30

            """, to: estateFile)
        try Git.commitAll("accept the reporting replica until it is retired", in: repo)
        let suppressed = try ResidencyBinary.run(gate + ["--format", "json"], in: repo)
        #expect(suppressed.status == 0, "\(suppressed.stderr)")
        let withSuppression = try Self.report(suppressed)
        #expect(withSuppression.activeFindings.isEmpty, "\(withSuppression.activeFindings.map(\.message))")
        #expect(
            withSuppression.findings.count == before.findings.count, "the estate file is not audited: no new finding")
        #expect(!withSuppression.findings.contains { $0.ruleId == "suppression-unused" })
        let replica = try #require(
            withSuppression.findings.first {
                $0.ruleId == "persistence-outside-eea"
                    && $0.host == "analytics-replica.c3k9vd8f2mzq.us-east-1.rds.amazonaws.com"
                    && $0.suppressed
            })
        // The resource's declaration and its host name are one datastore: the suppression by
        // resource covers the finding that lists both.
        #expect(replica.evidence.contains { $0.hasPrefix("terraform/rds.tf:") })
        #expect(
            replica.suppressedBy
                == FindingSuppression(
                    reason: "reporting replica retired with OPS-2511", expires: "2027-06-30",
                    source: .init(path: "residency.yaml", line: suppressionLine)))

        // 4. A change adds a US datastore: the gate fails on exactly that datastore.
        let config = repo.appendingPathComponent("k8s/order-service/config.yaml")
        let text = try String(contentsOf: config, encoding: .utf8)
        let warehouse = "warehouse.c1a2b3c4d5e6.us-west-2.rds.amazonaws.com"
        try text.replacingOccurrences(
            of: "  ORDERS_DB_NAME: orders\n",
            with: "  ORDERS_DB_NAME: orders\n  WAREHOUSE_DATABASE_URL: postgres://\(warehouse):5432/warehouse\n"
        )
        .write(to: config, atomically: true, encoding: .utf8)
        try Git.commitAll("order-service: nightly export to the warehouse", in: repo)
        let failing = try ResidencyBinary.run(gate + ["--format", "json"], in: repo)
        #expect(failing.status == 1, "\(failing.stderr)")
        let after = try Self.report(failing)
        let new = after.activeFindings
        #expect(
            !new.isEmpty && new.allSatisfy { $0.host == warehouse && $0.endpointId == "postgres://\(warehouse):5432" },
            "\(new.map { "\($0.ruleId) \($0.host ?? "")" })")
        #expect(
            new.contains {
                $0.ruleId == "persistence-outside-eea" && $0.location?.path == "k8s/order-service/config.yaml"
            })
        // Judged by the residency policy alone, it is exactly one new finding.
        let residencyOnly = PackagePaths.root.appendingPathComponent("policies/gdpr-eea.yaml").path
        let singleRun = try ResidencyBinary.run(gate + ["--format", "json", "--policy", residencyOnly], in: repo)
        #expect(singleRun.status == 1, "\(singleRun.stderr)")
        // (The us-jurisdiction suppression matches nothing when no jurisdiction rule runs: it says
        // so, as information, which does not fail the gate.)
        let single = try Self.report(singleRun).activeFindings
        let one = single.filter { $0.ruleId != "suppression-unused" }
        #expect(
            one.map(\.ruleId) == ["persistence-outside-eea"] && one.first?.host == warehouse, "\(one.map(\.message))")
        #expect(single.filter { $0.ruleId == "suppression-unused" }.map(\.severity) == [.info])

        // 5. A misspelt rule in a suppression: exit 2, naming the file and line.
        let estate = try String(contentsOf: estateFile, encoding: .utf8)
        try estate.replacingOccurrences(
            of: "- rule: persistence-outside-eea\n    resource:", with: "- rule: persistence-outside-eae\n    resource:"
        )
        .write(to: estateFile, atomically: true, encoding: .utf8)
        let misspelt = try ResidencyBinary.run(gate, in: repo)
        #expect(misspelt.status == 2)
        #expect(misspelt.stderr.contains("residency.yaml:\(suppressionLine):"), "\(misspelt.stderr)")
        #expect(
            misspelt.stderr.contains("'persistence-outside-eae'")
                && misspelt.stderr.contains("did you mean persistence-outside-eea"),
            "\(misspelt.stderr)")
        #expect(misspelt.stdout.isEmpty)
    }

    /// `residency init` writes a starter estate file that the strict loader reads as it is, and
    /// that still loads once its entries are uncommented and a real country is filled in.
    @Test func initWritesAStarterThatLoads() throws {
        let (tmp, repo) = try Self.repository()
        _ = tmp
        try FileManager.default.removeItem(at: repo.appendingPathComponent("residency.yaml"))
        let written = try ResidencyBinary.run(["init", "."], in: repo)
        #expect(written.status == 0, "\(written.stderr)")
        let file = repo.appendingPathComponent("residency.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let asWritten = try EstateFile.load(path: file.path, knownRules: RuleRegistry.suppressibleNames)
        #expect(asWritten.sites.isEmpty && asWritten.suppressions.isEmpty)
        // What the scan found is there to fill in.
        for expected in [
            "10.20.0.0/16: my-site", "172.16.0.0/16: my-site",
            "namespaces: [\"messaging\", \"observability\", \"shop\"]",
            "\"pg-users.osl.nordicshop.example.no\": my-site", "${ORDERS_DB_HOST}", "reason:", "expires:",
        ] {
            #expect(text.contains(expected), "\(expected)")
        }

        // Uncommented and filled in, every entry is valid.
        let filled = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let entry =
                line.hasPrefix("#   ")
                || ["# sites:", "# networks:", "# hosts:", "# clusters:", "# suppressions:"].contains(String(line))
            return (entry ? String(line.dropFirst(2)) : String(line)).replacingOccurrences(
                of: "country: XX", with: "country: NO")
        }.joined(separator: "\n")
        let estate = try EstateFile.parse(
            yaml: filled, file: "residency.yaml", knownRules: RuleRegistry.suppressibleNames)
        #expect(
            estate.networks.count == 2 && estate.clusters.first?.namespaces == ["messaging", "observability", "shop"])
        #expect(!estate.hosts.isEmpty && estate.suppressions.count == 1)

        // An existing file is not overwritten without --force; '-' writes to stdout.
        let refused = try ResidencyBinary.run(["init", "."], in: repo)
        #expect(refused.status == 2 && refused.stderr.contains("already exists"), "\(refused.stderr)")
        let forced = try ResidencyBinary.run(["init", ".", "--force"], in: repo)
        #expect(forced.status == 0, "\(forced.stderr)")
        let printed = try ResidencyBinary.run(["init", ".", "-o", "-"], in: repo)
        #expect(printed.status == 0 && printed.stdout == text)
    }

    /// A policy file kept in the repository is configuration of the audit, not audit input.
    @Test func policyFilesInTheTreeAreNotAudited() throws {
        let (tmp, repo) = try Self.repository()
        _ = tmp
        let policy = try String(
            contentsOf: PackagePaths.root.appendingPathComponent("policies/gdpr-eea.yaml"), encoding: .utf8)
        try FileManager.default.createDirectory(
            at: repo.appendingPathComponent("ci"), withIntermediateDirectories: true)
        try policy.write(to: repo.appendingPathComponent("ci/residency-policy.yaml"), atomically: true, encoding: .utf8)
        let with = try ResidencyBinary.run(
            ["audit", ".", "--format", "json", "--policy", "ci/residency-policy.yaml"] + Self.common, in: repo)
        #expect(try Self.report(with).summary.files == 36, "\(with.stderr)")
        let without = try ResidencyBinary.run(["audit", ".", "--format", "json"] + Self.common, in: repo)
        #expect(try Self.report(without).summary.files == 37, "an unnamed YAML file is audited like any other")
    }

    @Test func clearMessagesForAFormatOrAFile() throws {
        let (tmp, repo) = try Self.repository()
        _ = tmp
        let pdf = try ResidencyBinary.run(["audit", ".", "--format", "pdf"] + Self.common, in: repo)
        #expect(pdf.status == 2)
        #expect(
            pdf.stderr.contains("'pdf'") && pdf.stderr.contains("text, json, sarif, junit, markdown, html, csv"),
            "\(pdf.stderr)")
        // --fail-on is parsed as its choices: the error lists them, on one line, exit 2.
        let gate = try ResidencyBinary.run(["audit", ".", "--fail-on", "severe"] + Self.common, in: repo)
        #expect(gate.status == 2)
        #expect(
            gate.stderr.contains("'severe'") && gate.stderr.contains("critical, high, medium, low, info, none"),
            "\(gate.stderr)")
        #expect(gate.stderr.split(separator: "\n").count == 1)

        // One file: its folder is the root, only that file is audited.
        let one = try ResidencyBinary.run(
            ["audit", "k8s/order-service/config.yaml", "--format", "json"] + Self.common, in: repo)
        #expect(one.status == 1, "\(one.stderr)")
        let doc = try Self.report(one)
        #expect(doc.summary.files == 1)
        #expect(doc.findings.contains { $0.host == "analytics-replica.c3k9vd8f2mzq.us-east-1.rds.amazonaws.com" })
        #expect(
            !doc.findings.isEmpty
                && doc.findings.allSatisfy { $0.location?.path == "config.yaml" || $0.location == nil },
            "\(doc.findings.map { $0.location?.path ?? "-" })")

        let missing = try ResidencyBinary.run(["audit", "no-such-thing"] + Self.common, in: repo)
        #expect(
            missing.status == 2 && missing.stderr.contains("no-such-thing: no such file or folder"), "\(missing.stderr)"
        )
    }
}
