import Foundation
import Policy
import Reporting
import ResidencyCore
import Resolving
import TestSupport
import Testing

@testable import Audit

/// Issue 13's bar on the example estate, through the whole pipeline as `residency audit` renders
/// it: the first 40 lines of the text report hold the verdict, the summary and every inventory
/// row outside the EEA; no line is wider than 100 columns; the counts agree with the summary.
/// Nothing here depends on how many endpoints nordic-shop has.
@Suite struct NordicShopPeopleReportTests {
    static func rendered(_ format: AuditFormat) throws -> (text: String, doc: AuditDocument, inventory: DataInventory) {
        let root = NordicShopAuditTests.estateFolder
        let estate = try EstateFile.load(path: root.appendingPathComponent("residency.yaml").path)
        let request = AuditRequest(
            root: root, displayPath: "fixtures/nordic-shop", estate: estate, estatePath: "residency.yaml",
            catalogue: try .builtIn(),
            mode: .offline, geodata: nil, policy: try PolicyLoader.shipped(), today: NordicShopAuditTests.day)
        let outcome = try Auditor.run(request)
        let doc = Auditor.document(outcome, request: request, failOn: .severity(.high), baseline: nil)
        let inventory = Auditor.inventory(outcome, request: request)
        return (try format.render(doc, context: AuditRenderContext(inventory: inventory)), doc, inventory)
    }

    @Test func theFirst40LinesHoldVerdictSummaryAndEveryRowOutsideTheEEA() throws {
        let (text, doc, inventory) = try Self.rendered(.text)
        let head = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(40).joined(separator: "\n")
        #expect(head.contains(doc.summary.passed ? "PASSED at --fail-on high" : "FAILED at --fail-on high"))
        #expect(head.contains("Summary\n  Data:       "))
        #expect(head.contains("  Findings:   "))
        let outside = inventory.rows.filter { !["none", "unknown"].contains($0.transferMechanism) }
        #expect(!outside.isEmpty, "nordic-shop keeps a replica in the US")
        for row in outside { #expect(head.contains("  \(row.datastore) (\(row.role.rawValue)):"), "\(row.datastore)") }
        let unlocated = inventory.rows.filter { $0.transferMechanism == "unknown" }.count
        #expect(head.contains("\(outside.count) outside the EEA, ") && head.contains(", \(unlocated) not located"))
    }

    @Test func everyLineFitsAndNoCountDisagrees() throws {
        let (text, doc, inventory) = try Self.rendered(.text)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.count > 100 } == [])
        // The inventory's groups add up to its rows; the rules' active counts to the summary's.
        let groups = lines.filter {
            ($0.contains(" — ") || $0.hasPrefix("not located (")) && !$0.hasPrefix(" ") && $0.hasSuffix(")")
                && !$0.contains("audit of")
        }
        #expect(
            groups.compactMap { Int($0.split(separator: "(").last!.dropLast()) }.reduce(0, +) == inventory.rows.count)
        let headings = text.replacingOccurrences(of: "\n    ", with: " ").split(separator: "\n").filter {
            $0.contains(" (worst ")
        }
        let active = headings.compactMap { h -> Int? in
            guard let r = h.range(of: " active") else { return nil }
            return Int(h[..<r.lowerBound].split(whereSeparator: { !$0.isNumber }).last ?? "")
        }
        #expect(active.reduce(0, +) == doc.activeFindings.count)
        #expect(!text.contains("/root/") && !text.contains("/home/") && !text.contains("/work/"))
    }

    @Test func theHTMLReportDrawsTheMapAndTheGraph() throws {
        let (html, _, _) = try Self.rendered(.html)
        #expect(html.contains("<figcaption>Europe</figcaption>") && html.contains("<figcaption>World</figcaption>"))
        #expect(html.contains("<g class=\"pin outside\">"))
        #expect(html.contains("<figure class=\"graph\">") && html.contains("class=\"hop over\""))
        #expect(!html.contains(" src=") && !html.contains(" href="))
        // No two hop labels overlap (each about 36 × 10 px, leftwards of a target end, rightwards of a source end).
        let graph = String(html[html.range(of: "<figure class=\"graph\">")!.lowerBound...])
        let pattern = try Regex(#"<text( class="start")? x="([0-9.]+)" y="([0-9.]+)">[0-9.]+ ms</text>"#)
        let boxes = graph.matches(of: pattern).map { m -> (x: Double, y: Double) in
            let x = Double(String(m.output[2].substring!))!
            let y = Double(String(m.output[3].substring!))!
            return (m.output[1].substring == nil ? x - 36 : x, y)
        }
        #expect(boxes.count > 10)
        for (i, a) in boxes.enumerated() {
            for b in boxes[(i + 1)...] { #expect(abs(a.x - b.x) >= 36 || abs(a.y - b.y) >= 10, "\(a) overlaps \(b)") }
        }
    }
}
