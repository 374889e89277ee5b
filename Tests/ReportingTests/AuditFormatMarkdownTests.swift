import Foundation
import ResidencyCore
import Testing

@testable import Reporting

/// The Markdown report fits a pull-request comment: verdict and summary first, details folded,
/// and past 60,000 characters it cuts the least severe findings and says how many it left out.
@Suite struct AuditFormatMarkdownTests {
    /// `count` findings spread over the severities (and new, baselined, suppressed), each with
    /// enough evidence and remediation that a few hundred of them overflow a comment.
    static func largeDocument(findings count: Int) -> AuditDocument {
        let severities = Severity.allCases
        let findings = (0..<count).map { i -> Finding in
            let severity = severities[i % severities.count]
            var f = Finding(
                ruleId: "rule-\(i % 7)", category: .unknownLocation, severity: severity,
                title: "Finding number \(i)",
                message: "Host host-\(i).example.net could not be placed (\(severity.rawValue)).",
                location: .init(path: "k8s/service-\(i).yaml", line: i + 1, column: 3),
                host: "host-\(i).example.net",
                evidence: (0..<4).map {
                    "k8s/service-\(i).yaml:\($0 + 1) evidence line \($0) for host-\(i).example.net"
                },
                remediation: ["Add host-\(i).example.net to the estate file under hosts.", "Or remove the reference."],
                references: ["GDPR Art. 30"])
            f.fingerprint = String(repeating: String(i % 16, radix: 16), count: 64)
            f.baselined = i % 3 == 1
            if i % 5 == 4 {
                f.suppressed = true
                f.suppressedBy = FindingSuppression(
                    reason: "accepted until the migration", expires: "2027-06-30",
                    source: .init(path: "residency.yaml", line: i))
            }
            return f
        }
        return AuditDocument(
            scannedPath: "estate", auditDate: AuditSample.auditDate, policy: ["default"], geodata: [],
            files: count, endpoints: AuditSample.endpoints, findings: findings, chains: AuditSample.chains,
            failOn: .severity(.high))
    }

    /// The numbers of the findings shown, from their `#### N.` headings.
    private func shownHeadings(_ md: String) -> [Substring] {
        md.split(separator: "\n").filter { $0.hasPrefix("#### ") }
    }

    @Test func aLargeAuditIsCutWorstFirstAndCountsWhatItLeftOut() throws {
        let doc = Self.largeDocument(findings: 1_500)
        let md = try AuditFormat.markdown.render(doc, context: .describing(doc))
        #expect(md.utf8.count <= 60_000)
        #expect(md.count < 60_000)
        let shown = shownHeadings(md)
        #expect(shown.count > 50, "a comment's worth of findings is shown")
        #expect(shown.count < doc.findings.count)
        let left = doc.findings.count - shown.count
        let closing = try #require(md.split(separator: "\n").last)
        #expect(closing.hasPrefix("**\(left) more findings: see the full report**"), "\(closing)")
        // The findings left out include this many new ones (neither baselined nor suppressed).
        let shownTitles = Set(shown.map { $0.split(separator: " ")[4...].prefix(1).joined() })
        let cut = doc.findings.filter { !shownTitles.contains("\($0.title.split(separator: " ")[2])") }
        #expect(cut.count == left)
        #expect(closing.contains("(\(cut.filter { !$0.suppressed && !$0.baselined }.count) of them new;"))
        // Most severe kept: nothing shown is less severe than anything left out.
        let worstCut = try #require(cut.map(\.severity).max())
        let leastShown = try #require(doc.findings.filter { !cut.contains($0) }.map(\.severity).min())
        #expect(leastShown >= worstCut)
        // Summary tables still count every finding, and the tail sections are left out.
        #expect(md.contains("| **Total** | **\(doc.findings.filter { !$0.suppressed && !$0.baselined }.count)** |"))
        #expect(!md.contains("## Endpoints"))
    }

    /// Blocks are written a chunk at a time and only while they fit: across chunks they keep their
    /// numbers and order, and a cut inside a later chunk counts what it left out.
    @Test func blocksWrittenInChunksKeepTheirOrderAcrossChunks() throws {
        let doc = Self.largeDocument(findings: AuditMarkdown.blocksPerChunk * 3 + 7)
        let whole = AuditMarkdown.render(doc, limit: 10_000_000)
        func numbers(_ md: String) -> [Int] {
            shownHeadings(md).compactMap { Int($0.split(separator: " ")[1].dropLast()) }
        }
        #expect(numbers(whole) == Array(1...doc.findings.count))
        #expect(!whole.contains("more finding"))
        // A limit that ends inside the second chunk.
        let at = try #require(whole.utf8Offset(of: "#### 100. "))
        let md = AuditMarkdown.render(doc, limit: at + MarkdownBudget.closingRoom)
        let shown = numbers(md)
        #expect(shown.count > AuditMarkdown.blocksPerChunk && shown.count < 100)
        #expect(shown == Array(1...shown.count))
        #expect(md.contains("**\(doc.findings.count - shown.count) more findings: see the full report**"))
    }

    @Test func theCutHonoursASmallLimitExactly() {
        let doc = Self.largeDocument(findings: 40)
        for limit in [6_000, 9_000, 15_000] {
            let md = AuditMarkdown.render(doc, limit: limit)
            #expect(md.utf8.count <= limit)
            let left = doc.findings.count - shownHeadings(md).count
            #expect(left > 0)
            #expect(
                md.contains("**\(left) more findings: see the full report**")
                    || md.contains("**1 more finding: see the full report**"))
        }
    }

    @Test func aReportThatFitsIsWholeAndHasNoClosingLine() throws {
        let doc = AuditSample.document()
        let md = try AuditFormat.markdown.render(doc, context: .describing(doc))
        #expect(shownHeadings(md).count == doc.findings.count)
        #expect(!md.contains("see the full report"))
        #expect(md.contains("## Endpoints") && md.contains("## Latency: worst request chain per route"))
    }

    @Test func opensWithVerdictAndSummaryTables() throws {
        let md = try AuditFormat.markdown.render(AuditSample.document(), context: .describing(AuditSample.document()))
        let lines = md.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[2] == "**FAILED at --fail-on high: 1 active finding at or above high**")
        let summary = try #require(md.range(of: "## Summary")).lowerBound
        let findings = try #require(md.range(of: "## Findings")).lowerBound
        #expect(summary < findings)
        // By severity: new, baselined, suppressed (the sample has a baselined and a suppressed high).
        #expect(md.contains("| Critical | 1 | 0 | 0 |"))
        #expect(md.contains("| High | 0 | 1 | 1 |"))
        #expect(md.contains("| Medium | 3 | 0 | 0 |"))
        #expect(md.contains("| **Total** | **6** | **1** | **1** |"))
        // By rule, worst first.
        #expect(md.contains("| `persistence-outside-eea` | critical | 1 | 0 | 0 |"))
        #expect(md.contains("| `us-jurisdiction` | high | 0 | 1 | 0 |"))
        let rules = ["persistence-outside-eea", "transfer-outside-eea", "config-error", "connection-reuse"]
            .map { md.range(of: "| `\($0)` |")?.lowerBound }
        #expect(rules.allSatisfy { $0 != nil } && rules.compactMap { $0 } == rules.compactMap { $0 }.sorted())
    }

    @Test func evidenceAndRemediationAreFolded() throws {
        let doc = AuditSample.document()
        let md = try AuditFormat.markdown.render(doc, context: .describing(doc))
        #expect(
            md.components(separatedBy: "<details><summary>Evidence and remediation</summary>").count - 1
                == doc.findings.count)
        #expect(md.components(separatedBy: "<details>").count == md.components(separatedBy: "</details>").count)
        // Every Evidence heading sits inside a details block.
        var open = false
        for line in md.split(separator: "\n") {
            if line.hasPrefix("<details>") { open = true }
            if line == "</details>" { open = false }
            if line == "**Evidence**" || line == "**Remediation**" { #expect(open) }
        }
    }

    @Test func newFindingsComeFirstInTheirSeverity() throws {
        let md = try AuditFormat.markdown.render(AuditSample.document(), context: .describing(AuditSample.document()))
        // High: the new-free group shows the baselined one before the suppressed one.
        let baselined = try #require(md.range(of: "Operator subject to US jurisdiction")).lowerBound
        let suppressed = try #require(md.range(of: "Data transferred outside the EEA (`transfer")).lowerBound
        #expect(baselined < suppressed)
    }
}

/// A rule's references are written once, at its first finding; the others point back to it.
@Suite struct AuditMarkdownReferencesTests {
    @Test func referencesAreWrittenOncePerRule() throws {
        var doc = AuditSample.document()
        var second = try #require(doc.findings.first { $0.ruleId == "persistence-outside-eea" })
        second.location?.path = "terraform/zz.tf"
        second.fingerprint = String(repeating: "e", count: 64)
        doc.findings.append(second)
        let md = try AuditFormat.markdown.render(doc, context: .describing(doc))
        let refs = second.references.joined(separator: "; ")
        #expect(md.components(separatedBy: "**References:** \(MarkdownEscaping.text(refs))\n").count - 1 == 1)
        #expect(md.contains("**References:** as for finding 1\n"))
    }
}

/// When every finding fits but the tail sections do not, the report says which were left out.
@Suite struct AuditMarkdownTailTests {
    @Test func sectionsThatDoNotFitAreNamed() throws {
        let doc = AuditSample.document()
        let whole = AuditMarkdown.render(doc, limit: 60_000)
        let endpointsAt = try #require(whole.range(of: "\n## Endpoints\n"))
        // Room for everything up to the endpoint table (and the closing line), not for the table.
        let limit = whole[..<endpointsAt.lowerBound].utf8.count + MarkdownBudget.closingRoom + 10
        let cut = AuditMarkdown.render(doc, limit: limit)
        #expect(cut.utf8.count <= limit)
        #expect(cut.contains("## Latency: worst request chain per route") && !cut.contains("## Endpoints"))
        #expect(cut.hasSuffix("**The endpoint table does not fit in this comment: see the full report.**\n"))
        #expect(!cut.contains("more finding"))
        // Chains too long for the room left, a short endpoint table: only the chains are named.
        var long = doc
        long.chains = (0..<400).map { i in
            AuditDocument.Chain(
                route: "shop.example.no /route-\(i)", hops: AuditSample.chains[0].hops, totalMs: 72.6, budgetMs: 60)
        }
        let chainsCut = AuditMarkdown.render(long)
        #expect(
            chainsCut.utf8.count <= 60_000 && chainsCut.contains("## Endpoints") && !chainsCut.contains("## Latency"))
        #expect(chainsCut.hasSuffix("**The latency chains do not fit in this comment: see the full report.**\n"))
    }
}

/// The pull-request comment opens with the data summary and the inventory, before the findings.
@Suite struct AuditMarkdownInventoryTests {
    /// The table is written only while it can fit: exactly its own length is enough, a byte less
    /// is not (and then the comment says it did not fit).
    @Test func theInventoryIsWrittenOnlyWhileItFits() throws {
        let people = ReportInventory(AuditSample.inventory(), findings: AuditSample.document().findings)
        let full = try #require(MarkdownInventory.render(people, within: .max))
        #expect(full.hasPrefix("\n## Data inventory\n") && full.contains("`10.30.4.17`"))
        #expect(MarkdownInventory.render(people, within: full.utf8.count) == full)
        #expect(MarkdownInventory.render(people, within: full.utf8.count - 1) == nil)
    }

    @Test func theInventoryComesBeforeTheFindings() throws {
        let md = try AuditFormat.markdown.render(AuditSample.document(), context: AuditSample.context)
        let data = try #require(
            md.range(
                of: "**Data:** 3 datastores, 0 queues, 1 object store, 1 telemetry sink (5 in all): "
                    + "**2 outside the EEA, 3 under US jurisdiction, 1 not located**."))
        let inventory = try #require(md.range(of: "\n## Data inventory\n"))
        let findings = try #require(md.range(of: "\n## Findings\n"))
        #expect(data.lowerBound < inventory.lowerBound && inventory.lowerBound < findings.lowerBound)
        #expect(md.contains("| US (outside the EEA) | `reports-archive.s3.us-east-1.amazonaws.com` | object-storage |"))
        #expect(md.contains("| not located | `10.30.4.17` | datastore | unknown | unknown | ip-literal |"))
        // Rows outside the EEA first, the unlocated next, then the EEA.
        let us = try #require(md.range(of: "| US (outside the EEA) |"))
        let no = try #require(md.range(of: "| NO (inside the EEA) |"))
        #expect(us.lowerBound < no.lowerBound)
        // A severity heading splits its count as the summary does.
        #expect(md.contains("### High (2 findings: 0 active, 1 baselined, 1 suppressed)"))
    }

    @Test func laterFindingsNameTheSharedStepsTheyNeed() throws {
        var doc = AuditSample.document()
        var second = try #require(doc.findings.first { $0.ruleId == "persistence-outside-eea" })
        second.host = "logs.example.net"
        second.remediation = [second.remediation[1]]
        second.fingerprint = String(repeating: "d", count: 64)
        doc.findings.append(second)
        let md = try AuditFormat.markdown.render(doc)
        #expect(md.components(separatedBy: "Replicate the existing objects").count - 1 == 1)
        #expect(md.contains("**Remediation (every finding)**\n\n1. Replicate the existing objects"))
        #expect(md.contains("**Remediation:** step 1 of finding 1\n"))
    }
}
