import Foundation
import ResidencyCore
import Testing

@testable import Reporting

/// What an auditor reads in the text and Markdown reports: the verdict at the gate, the geodata
/// with its age and precision, findings worst first with their marks, the worst chain of each
/// route only, and the endpoint inventory.
@Suite struct AuditFormatTextTests {
    @Test func verdictFollowsTheGate() {
        #expect(
            AuditFacts.verdict(AuditSample.document()) == "FAILED at --fail-on high: 1 active finding at or above high")
        #expect(
            AuditFacts.verdict(AuditSample.document(failOn: .none))
                == "PASSED at --fail-on none: findings never fail the gate")
        let lowFindings = AuditSample.findings.filter { $0.severity < .high }
        let doc = AuditDocument(
            scannedPath: "x", auditDate: AuditSample.auditDate, policy: [], geodata: [], files: 1,
            endpoints: [], findings: lowFindings, chains: [], failOn: .severity(.high))
        #expect(AuditFacts.verdict(doc) == "PASSED at --fail-on high: no active finding at or above high")
    }

    static func text(_ doc: AuditDocument = AuditSample.document()) throws -> String {
        try AuditFormat.text.render(doc, context: AuditSample.context)
    }

    @Test func summaryNamesPolicyAndGeodataWithAgeAndPrecisionButNoLocalPath() throws {
        let text = try Self.text()
        #expect(text.contains("policy gdpr-eea, schrems-ii, norway-latency"))
        #expect(text.contains("GeoLite2-City database GeoLite2-City.mmdb, built 2026-11-10, 13 days old\n"))
        #expect(text.contains("tor-geoipdb country data, built 2025-10-01, 418 days old — country-level"))
        #expect(text.contains("2026-11-23"))
        // The stale-geodata finding quotes the database's path; the people's reports name it instead.
        for format in [AuditFormat.text, .markdown, .html] {
            let out = try format.render(AuditSample.document(), context: AuditSample.context)
            #expect(!out.contains("/usr/share/tor/geoip") && !out.contains("/var/lib/GeoIP"), "\(format)")
        }
        #expect(text.contains("The country database tor-geoipdb country data is 418 days old"))
    }

    /// The issue's bar: the verdict, the summary and every inventory row outside the EEA in the first 40 lines.
    @Test func opensWithVerdictSummaryAndEveryRowOutsideTheEEA() throws {
        let head = try Self.text().split(separator: "\n", omittingEmptySubsequences: false).prefix(40).joined(
            separator: "\n")
        #expect(head.contains("FAILED at --fail-on high: 1 active finding at or above high"))
        #expect(head.contains("Data:       3 datastores, 0 queues, 1 object store, 1 telemetry sink (5 in all)"))
        #expect(head.contains("2 outside the EEA, 3 under US jurisdiction, 1 not located"))
        let outside = AuditSample.inventory().rows.filter { ReportInventory.standing($0) == .outside }
        #expect(outside.count == 2)
        for row in outside { #expect(head.contains("  \(row.datastore) (\(row.role.rawValue)):"), "\(row.datastore)") }
        #expect(
            head.range(of: "US — outside the EEA (2)")!.lowerBound < head.range(of: "IE — inside the EEA")!.lowerBound)
    }

    /// Every count agrees with the summary: the inventory headings add up to its rows, the rules'
    /// active counts to the active findings, and a suppressed finding is never counted as active.
    @Test func sectionCountsAgreeWithTheSummary() throws {
        let doc = AuditSample.document()
        let text = try Self.text(doc)
        let lines = text.split(separator: "\n").map(String.init)
        func number(_ line: String, after marker: String) -> Int? {
            guard let r = line.range(of: marker) else { return nil }
            return Int(line[..<r.lowerBound].split(whereSeparator: { !$0.isNumber }).last ?? "")
        }
        let groupCounts = lines.filter {
            ($0.contains(" — ") || $0.hasPrefix("not located")) && $0.hasSuffix(")") && !$0.hasPrefix(" ")
                && !$0.contains("audit of")
        }.compactMap { Int($0.split(separator: "(").last!.dropLast()) }
        #expect(groupCounts.reduce(0, +) == 5)
        let active = lines.filter { $0.contains(" (worst ") }.compactMap { number($0, after: " active") }.reduce(0, +)
        #expect(active == Severity.allCases.map { doc.summary.findings[$0] }.reduce(0, +))
        // (Headings wrap at 100 columns with a four-blank hanging indent.)
        let unwrapped = text.replacingOccurrences(of: "\n    ", with: " ")
        #expect(
            unwrapped.contains(
                "transfer-outside-eea: Data transferred outside the EEA (worst high; 1 finding: 0 active, 1 suppressed)"
            ))
        #expect(
            text.contains(
                "us-jurisdiction: Operator subject to US jurisdiction (worst high; 1 finding: 0 active, 1 baselined)"))
    }

    @Test func everyLineFitsIn100Columns() throws {
        var long = AuditSample.document()
        long.findings[0].message =
            String(repeating: "a-very-long-unbroken-token-", count: 12) + " and words "
            + String(repeating: "word ", count: 40)
        long.findings[0].evidence = [String(repeating: "x", count: 250)]
        for doc in [AuditSample.document(), AuditHostileSample.document(), long] {
            let text = try Self.text(doc)
            let over: [String] = text.split(separator: "\n").filter { $0.count > 100 }.map(String.init)
            #expect(over == [])
            #expect(!text.split(separator: "\n").contains { $0.hasSuffix(" ") }, "no trailing blanks")
        }
        // Nothing is lost to the wrapping: the long token is all there, cut only at line ends.
        let joined = try Self.text(long).replacingOccurrences(of: "\n", with: "").replacingOccurrences(
            of: " ", with: "")
        #expect(joined.contains(String(repeating: "a-very-long-unbroken-token-", count: 12)))
        #expect(TextWrap.wrap("one two three", first: "> ", rest: "  ", width: 9) == "> one two\n  three\n")
        #expect(TextWrap.wrap("abcdefghij", first: "", rest: "", width: 4) == "abcd\nefgh\nij\n")
    }

    /// Printable ASCII is wrapped on bytes; the result is what the character-counting wrap gives,
    /// for runs of blanks, words longer than a line, indents wider than the words, and blank ends.
    @Test func byteWrapMatchesCharacterWrap() throws {
        var rng = SystemRandomNumberGenerator()
        let pieces = ["a", "host.example.no", "", " ", "  ", String(repeating: "x", count: 37), "\u{7E}", "!"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...30, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }
                .joined(separator: " ")
            let first = String(repeating: "> ", count: Int.random(in: 0...4, using: &rng))
            let rest = String(repeating: " ", count: Int.random(in: 0...9, using: &rng))
            // Wider than the hanging indent, as every indent of the report is.
            let width = Int.random(in: (rest.count + 1)...40, using: &rng)
            let fast = try #require(TextWrap.wrapPrintableASCII(text, first: first, rest: rest, width: width))
            #expect(fast == TextWrap.wrapCharacters(text, first: first, rest: rest, width: width), "\(text)")
        }
        // Anything else takes the character-counting wrap.
        #expect(TextWrap.wrapPrintableASCII("Tromsø", first: "", rest: "", width: 10) == nil)
        #expect(TextWrap.wrapPrintableASCII("a\tb", first: "", rest: "", width: 10) == nil)
        #expect(TextWrap.wrap("Tromsø Oslo", first: "", rest: "", width: 6) == "Tromsø\nOslo\n")
    }

    /// Steps several findings of a rule carry are written once under the rule, numbered; each
    /// finding names the numbers it needs and keeps its own steps.
    @Test func aRulesSharedRemediationIsWrittenOnce() throws {
        var doc = AuditSample.document()
        let first = try #require(doc.findings.first { $0.ruleId == "persistence-outside-eea" })
        let delete = "Delete the bucket's lifecycle rule that copies to us-east-1."
        var second = first
        var third = first
        second.host = "logs-archive.s3.us-east-1.amazonaws.com"
        second.remediation = [first.remediation[1], delete]
        second.fingerprint = String(repeating: "b", count: 64)
        third.host = "tmp-archive.s3.us-east-1.amazonaws.com"
        third.remediation = [delete]
        third.fingerprint = String(repeating: "c", count: 64)
        doc.findings += [second, third]
        let text = try Self.text(doc)
        #expect(text.components(separatedBy: "Replicate the existing objects").count - 1 == 1)
        #expect(text.components(separatedBy: delete).count - 1 == 1)
        #expect(
            text.contains(
                "persistence-outside-eea: Personal data stored outside the EEA (worst critical; 3 findings: 3 active)"))
        #expect(
            text.contains(
                "  Remediation steps (each finding names those it needs):\n    1. Replicate the existing objects"))
        #expect(text.contains("\n    2. \(delete)\n"))
        #expect(text.contains("     Remediation: step 1 above, and:\n       1. Move the bucket to eu-north-1"))
        #expect(text.contains("     Remediation: steps 1, 2 above\n"))
        #expect(text.contains("     Remediation: step 2 above\n"))
        #expect(text.components(separatedBy: "References: GDPR Art. 44; GDPR Art. 46\n").count - 1 == 1)
        // When every finding needs every shared step, none of them repeats the numbers.
        doc.findings.removeLast()
        let two = try Self.text(doc)
        #expect(two.contains("  Remediation (every finding):\n    1. Replicate the existing objects"))
        #expect(two.contains("     Remediation for this finding:\n       1. Move the bucket to eu-north-1"))
        #expect(!two.contains("     Remediation: step"))
        #expect(RuleGroup.make(doc.findings).first?.sharedStepsNote(first) == "step 1 above")
    }

    @Test func findingsCarryTheirMarksAndPlaces() throws {
        let text = try Self.text()
        #expect(text.contains("SUPPRESSED: vendor DPA"))
        #expect(text.contains("BASELINED: recorded in the baseline"))
        #expect(text.contains("CRITICAL  terraform/storage.tf:14:12  host reports-archive.s3.us-east-1.amazonaws.com"))
    }

    @Test func withoutAnInventoryTheReportSaysSo() throws {
        let text = try AuditFormat.text.render(AuditSample.document())
        #expect(text.contains("Data:       no inventory was built for this report"))
        #expect(!text.contains("== Data inventory"))
    }

    @Test func onlyTheWorstChainOfARouteIsShown() throws {
        let worst = AuditFacts.worstChains(AuditSample.document())
        #expect(worst.map(\.route) == ["shop.example.no /checkout", "shop.example.no /"])
        #expect(worst.map(\.totalMs) == [72.6, 2.1])
        let text = try Self.text()
        #expect(text.contains("72.6 ms of 60.0 ms budget, OVER BUDGET by 12.6 ms"))
        #expect(text.contains("Latency:    1 of 2 routes over budget; worst shop.example.no /checkout"))
        #expect(!text.contains("3.4 ms of"))
    }

    @Test func inventoryRowsSayWhereWhoAndHow() throws {
        let text = try Self.text()
        #expect(text.contains("  analytics-db.example.com (datastore): Dublin, Amazon Web Services; US jurisdiction"))
        #expect(
            text.contains(
                "      located by dns; used by analytics\n      findings: us-jurisdiction (high, baselined)\n"))
        #expect(text.contains("\nnot located (1)\n  10.30.4.17 (datastore): unknown; jurisdiction unknown\n"))
        #expect(
            text.contains(
                "located by ip-literal; used by cart (compose compose.yaml); transfer: unknown\n      findings: unknown-location (medium)\n"
            ))
        #expect(text.contains("located by estate; used by orders\n      findings: none\n"))
        #expect(
            AuditFacts.whereabouts(AuditDocument.EndpointRecord(AuditSample.telemetry))
                == "US (country-level), Vendor Telemetry, Inc.")
        #expect(
            AuditFacts.whereabouts(AuditDocument.EndpointRecord(AuditSample.analyticsDB))
                == "IE Dublin, Amazon Web Services, US jurisdiction")
        #expect(
            AuditFacts.method(AuditDocument.EndpointRecord(AuditSample.reportsBucket))
                == "provider-hostname (provider-catalog)")
    }

    @Test func millisecondsAreLocaleFree() {
        #expect(AuditFacts.ms(0.04) == "0.0 ms")
        #expect(AuditFacts.ms(17.46) == "17.5 ms")
        #expect(AuditFacts.ms(1234) == "1234.0 ms")
    }

    @Test func markdownEscapesTablePipesAndMarkup() throws {
        let md = try AuditFormat.markdown.render(
            AuditHostileSample.document(), context: .describing(AuditHostileSample.document()))
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

    /// A large report is handed on in pieces (the findings a chunk at a time, rendered on all
    /// cores), never held whole, and the pieces keep every finding once, numbered in order.
    @Test func manyFindingsAreWrittenInPiecesInOrder() throws {
        var doc = AuditSample.document()
        let samples = doc.findings.filter { $0.ruleId == doc.findings[0].ruleId }
        let count = AuditText.findingsPerChunk * 3 + 5
        doc.findings = (0..<count).map { i in
            var f = samples[0]
            f.message = "finding #\(i) of many"
            return f
        }
        var pieces: [String] = []
        try AuditFormat.text.write(doc) { pieces.append($0) }
        #expect(pieces.count >= 5, "header, rule heading, the chunks, the rest: \(pieces.count) pieces")
        let text = pieces.joined()
        #expect(text == (try AuditFormat.text.render(doc)))
        var from = 0
        for i in 0..<count {
            guard let at = text.utf8Offset(of: "finding #\(i) of many\n", from: from) else {
                Issue.record("finding #\(i) missing or out of order")
                return
            }
            from = at + 1
        }
        // Numbers of any width keep their full stop and space (`100.HIGH`, and 1000 cut to `100`,
        // before).
        for n in [9, 10, 100, 1_000, count] {
            #expect(text.hasInfix("\n  \(n). \(samples[0].severity.rawValue.uppercased())"), "finding \(n)")
        }
    }
}
