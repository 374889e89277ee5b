import Foundation
import Testing
@testable import Reporting
import ResidencyCore

/// What an auditor reads in the text and Markdown reports: the verdict at the gate, the geodata
/// with its age and precision, findings worst first with their marks, the worst chain of each
/// route only, and the endpoint inventory.
@Suite struct AuditFormatTextTests {
    @Test func verdictFollowsTheGate() {
        #expect(AuditFacts.verdict(AuditSample.document()) == "FAILED at --fail-on high: 1 active finding at or above high")
        #expect(AuditFacts.verdict(AuditSample.document(failOn: .none)) == "PASSED at --fail-on none: findings never fail the gate")
        let lowFindings = AuditSample.findings.filter { $0.severity < .high }
        let doc = AuditDocument(scannedPath: "x", auditDate: AuditSample.auditDate, policy: [], geodata: [], files: 1,
                                endpoints: [], findings: lowFindings, chains: [], failOn: .severity(.high))
        #expect(AuditFacts.verdict(doc) == "PASSED at --fail-on high: no active finding at or above high")
    }

    @Test func headerNamesPolicyAndGeodataWithAgeAndPrecision() throws {
        let text = try AuditFormat.text.render(AuditSample.document(), context: .describing(AuditSample.document()))
        #expect(text.contains("Policy:     gdpr-eea, schrems-ii, norway-latency"))
        #expect(text.contains("GeoLite2-City, built 2026-11-10, 13 days old)\n"))
        #expect(text.contains("418 days old) — country-level"))
        #expect(text.contains("Audit date: 2026-11-23"))
    }

    @Test func findingsAreGroupedWorstFirstWithMarks() throws {
        let text = try AuditFormat.text.render(AuditSample.document(), context: .describing(AuditSample.document()))
        let headings = ["CRITICAL (1)", "HIGH (2)", "MEDIUM (3)", "LOW (2)"].map { text.range(of: "\n\($0)\n")?.lowerBound }
        #expect(headings.allSatisfy { $0 != nil })
        #expect(headings.compactMap { $0 } == headings.compactMap { $0 }.sorted())
        #expect(text.contains("SUPPRESSED: vendor DPA"))
        #expect(text.contains("BASELINED: recorded in the baseline"))
        #expect(text.contains("terraform/storage.tf:14:12  host reports-archive.s3.us-east-1.amazonaws.com"))
    }

    @Test func onlyTheWorstChainOfARouteIsShown() throws {
        let worst = AuditFacts.worstChains(AuditSample.document())
        #expect(worst.map(\.route) == ["shop.example.no /checkout", "shop.example.no /"])
        #expect(worst.map(\.totalMs) == [72.6, 2.1])
        let text = try AuditFormat.text.render(AuditSample.document(), context: .describing(AuditSample.document()))
        #expect(text.contains("72.6 ms of 60.0 ms budget, OVER BUDGET by 12.6 ms"))
        #expect(!text.contains("3.4 ms of"))
    }

    @Test func endpointTableSaysWhereAndHow() throws {
        let text = try AuditFormat.text.render(AuditSample.document(), context: .describing(AuditSample.document()))
        #expect(text.contains("US (country-level), Vendor Telemetry, Inc."))
        #expect(text.contains("IE Dublin, Amazon Web Services, US jurisdiction"))
        #expect(text.contains("unknown (private address not covered by the estate file's networks)"))
        #expect(text.contains("provider-hostname (provider-catalog)"))
        #expect(!text.split(separator: "\n").contains { $0.hasSuffix(" ") }, "no trailing blanks")
    }

    @Test func millisecondsAreLocaleFree() {
        #expect(AuditFacts.ms(0.04) == "0.0 ms")
        #expect(AuditFacts.ms(17.46) == "17.5 ms")
        #expect(AuditFacts.ms(1234) == "1234.0 ms")
    }

    @Test func markdownEscapesTablePipesAndMarkup() throws {
        let md = try AuditFormat.markdown.render(AuditHostileSample.document(), context: .describing(AuditHostileSample.document()))
        // Every `<` is backslash-escaped, except the `<br>` line breaks and the `<details>` folds
        // we write ourselves.
        let chars = Array(md)
        let raw = chars.indices.filter { chars[$0] == "<" && ($0 == 0 || chars[$0 - 1] != "\\") }
        let ours = ["<br>", "<details>", "</details>", "<summary>", "</summary>"]
        #expect(raw.allSatisfy { i in ours.contains { String(chars[i...].prefix($0.count)) == $0 } })
        #expect(md.contains("\\<script\\>"))
        #expect(md.contains("| `evil\\|host:5432` |"))
        // Every endpoint row has exactly its six unescaped cell borders.
        let row = try #require(md.split(separator: "\n").first { $0.hasPrefix("| `evil") })
        let cells = Array(row)
        let borders = cells.indices.filter { cells[$0] == "|" && ($0 == 0 || cells[$0 - 1] != "\\") }
        #expect(borders.count == 6)
        #expect(MarkdownEscaping.code("a`b") == "``a`b``")
        #expect(MarkdownEscaping.code("`x") == "`` `x ``")
        #expect(MarkdownEscaping.text("*a* | _b_ <i>") == "\\*a\\* \\| \\_b\\_ \\<i\\>")
    }
}

/// Control characters and block markers from the files under audit stay inert.
@Suite struct AuditFormatTextSafetyTests {
    @Test func controlCharactersCannotDriveATerminal() throws {
        var doc = AuditSample.document()
        doc.findings[0].message = "ok\u{1B}]0;pwned\u{07}\u{1B}[2Jgone\rover"
        for format in [AuditFormat.text, .markdown, .csv] {
            let out = try format.render(doc, context: .describing(doc))
            #expect(!out.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" }, "\(format)")
            #expect(out.contains("\u{FFFD}") && out.contains("pwned"), "\(format)")
        }
    }

    @Test func markdownValuesCannotStartBlocks() {
        #expect(MarkdownEscaping.text("- x") == "\\- x")
        #expect(MarkdownEscaping.text("=cmd") == "\\=cmd")
        #expect(MarkdownEscaping.text("1. x") == "1\\. x")
        #expect(MarkdownEscaping.text("10.30.4.17 is private") == "10.30.4.17 is private")
    }
}
