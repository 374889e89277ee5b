import Foundation
import ResidencyCore
import TestSupport
import Testing

@testable import Reporting

/// The HTML page is one self-contained file that shows hostile text as text: it parses as XML,
/// the `<script>` a config file smuggled in is a string on the page, never an element, and nothing
/// is fetched from elsewhere.
@Suite struct AuditFormatHTMLTests {
    @Test func scriptInFindingTextIsEscaped() throws {
        let html = try AuditFormat.html.render(
            AuditHostileSample.document(), context: .describing(AuditHostileSample.document()))
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        let root = try AuditXMLElement.parse(html)
        #expect(root.all("script").isEmpty)
        #expect(root.allText.contains(AuditHostileSample.script))
        #expect(root.allText.contains("reason with \"quotes\" & <tags>"))
    }

    @Test func hostileInventoryTextStaysText() throws {
        let context = AuditRenderContext(inventory: AuditHostileSample.inventory())
        let html = try AuditFormat.html.render(AuditHostileSample.document(), context: context)
        let root = try AuditXMLElement.parse(html)
        #expect(root.all("script").isEmpty && root.all("b").isEmpty)
        #expect(root.allText.contains("svc | \(AuditHostileSample.script)"))
        let md = try AuditFormat.markdown.render(AuditHostileSample.document(), context: context)
        let row = try #require(md.split(separator: "\n").first { $0.hasPrefix("| US (outside the EEA) |") })
        let cells = Array(row)
        #expect(
            cells.indices.filter { cells[$0] == "|" && ($0 == 0 || cells[$0 - 1] != "\\") }.count == 9, "eight cells")
        #expect(row.contains("svc \\| \\<script\\>"))
        #expect(
            !md.replacingOccurrences(of: "\\<script", with: "").contains("<script")
                && !md.unicodeScalars.contains("\u{1B}"))
        let text = try AuditFormat.text.render(AuditHostileSample.document(), context: context)
        #expect(!text.unicodeScalars.contains("\u{1B}") && text.contains("=cmd\u{FFFD}\u{FFFD}[2J"))
    }

    @Test func isSelfContained() throws {
        let html = try AuditFormat.html.render(AuditSample.document(), context: AuditSample.context)
        let root = try AuditXMLElement.parse(html)
        #expect(root.name == "html")
        #expect(root.all("style").count == 1)
        for banned in ["script", "link", "img", "iframe", "object", "embed"] { #expect(root.all(banned).isEmpty) }
        for attribute in ["src", "href"] {
            #expect(!html.contains(" \(attribute)="), "\(attribute) attribute found")
        }
        #expect(!html.contains("@import") && !html.contains("url("))
    }

    @Test func everyFindingIsAnArticleWithItsSeverityUnderItsRule() throws {
        let doc = AuditSample.document()
        let root = try AuditXMLElement.parse(try AuditFormat.html.render(doc, context: AuditSample.context))
        let articles = root.all("article")
        #expect(articles.count == doc.findings.count)
        let severities = articles.compactMap {
            $0.attributes["class"]?.split(separator: " ").dropFirst().first.map(String.init)
        }
        let groups = RuleGroup.make(doc.findings)
        #expect(severities == groups.flatMap { $0.findings.map(\.severity.rawValue) })
        let sections = root.all("section").filter { $0.attributes["class"] == "rule" }
        #expect(sections.map { $0.all("article").count } == groups.map(\.findings.count))
        // Rules with an active critical or high finding come first.
        #expect(groups.first?.ruleId == "persistence-outside-eea")
    }

    /// The map: Europe always, the world too because two rows are in the US; one pin per place,
    /// coloured by verdict, over the shipped outlines; the unlocated row is counted, not pinned.
    @Test func theInventoryMapPinsEveryLocatedPlace() throws {
        let html = try AuditFormat.html.render(AuditSample.document(), context: AuditSample.context)
        let root = try AuditXMLElement.parse(html)
        let maps = root.all("figure").filter { $0.attributes["class"] == "map" }
        #expect(maps.map { $0.all("figcaption").first?.allText } == ["Europe", "World"])
        func pins(_ figure: AuditXMLElement) -> [String] {
            figure.all("g").compactMap { $0.attributes["class"] }.filter { $0.hasPrefix("pin ") }
        }
        // Europe: Oslo (in the EEA) and Dublin (EEA, US operator); the world adds Ashburn and the US reference point.
        #expect(pins(maps[0]).sorted() == ["pin inside", "pin us"])
        #expect(pins(maps[1]).sorted() == ["pin inside", "pin outside", "pin outside", "pin us"])
        #expect(maps[0].all("path").count > 30, "Europe's outlines are drawn")
        #expect(maps[1].all("path").count > 150, "the world's outlines are drawn")
        #expect(maps[0].all("path").contains { $0.attributes["class"] == "land us" && $0.allText == "Ireland" })
        #expect(
            maps[1].all("path").contains {
                $0.attributes["class"] == "land outside" && $0.allText == "United States of America"
            })
        #expect(html.contains("1 not located, so not on the map"))
        // A place with rows of two verdicts gets a pin for each, named once with its total.
        var mixed = AuditSample.inventory()
        var azure = try #require(mixed.rows.first { $0.countries == ["NO"] })
        azure.datastore = "reviews.postgres.database.azure.com"
        azure.jurisdictions = ["US"]
        mixed.rows.append(azure)
        let oslo = try AuditXMLElement.parse(
            try AuditFormat.html.render(AuditSample.document(), context: .init(inventory: mixed)))
        let europeMap = try #require(oslo.all("figure").first { $0.attributes["class"] == "map" })
        let osloPins = europeMap.all("g").filter {
            $0.attributes["class"]?.hasPrefix("pin ") == true && $0.allText.hasPrefix("Oslo")
        }
        #expect(osloPins.compactMap { $0.attributes["class"] }.sorted() == ["pin inside", "pin us"])
        #expect(europeMap.all("text").map(\.allText).contains("Oslo, NO (2)"))
        #expect(
            try AuditFormat.html.render(AuditSample.document(), context: .init(inventory: mixed)).contains(
                "· 4 places shown; 1 not located"))
        // Only Europe when everything is there.
        var inventory = AuditSample.inventory()
        inventory.rows.removeAll { $0.countries.contains("US") }
        let europe = try AuditXMLElement.parse(
            try AuditFormat.html.render(AuditSample.document(), context: .init(inventory: inventory)))
        #expect(europe.all("figure").filter { $0.attributes["class"] == "map" }.count == 1)
    }

    @Test func outlinesAreParsedFromTheShippedData() {
        #expect(CountryOutlines.all.count > 170)
        let norway = CountryOutlines.all.first { $0.code == "NO" }
        #expect(norway?.name == "Norway")
        // Mainland Norway lies within 4–32° E, 57–72° N.
        let mainland = norway?.rings.max { $0.count < $1.count } ?? []
        #expect(mainland.allSatisfy { (4...32).contains($0.lon) && (57...72).contains($0.lat) })
        #expect(CountryOutlines.parse("# comment\nXX\tX\t1,2 3,4 5,6\n").first?.rings.first?.count == 3)
    }

    /// The embedded outlines are the data file's (scripts/embed-country-outlines writes them).
    @Test func embeddedOutlinesMatchTheirDataFile() throws {
        let url = PackagePaths.root.appendingPathComponent("Sources/Reporting/Audit/HTML/Data/country-outlines.tsv")
        let data = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(data == CountryOutlines.tsv.split(separator: "\n"), "run scripts/embed-country-outlines")
        #expect(
            try String(contentsOf: url, encoding: .utf8).contains(
                "Natural Earth 1:110m Admin 0 countries (public domain"))
    }

    /// The service graph: routes → services → datastores, every hop with its estimate; a route over
    /// its chain budget and a hop a latency-hop-budget finding names are drawn as over.
    @Test func theServiceGraphMarksWhatBreaksABudget() throws {
        var doc = AuditSample.document()
        doc.findings.append(
            AuditSample.finding(
                "latency-hop-budget", .latencyBudget, .medium, "Datastore hop over budget", "slow",
                at: ("k8s/analytics.yaml", 22, 20), endpoint: AuditSample.analyticsDB,
                evidence: [], remediation: [], references: []))
        let root = try AuditXMLElement.parse(try AuditFormat.html.render(doc, context: AuditSample.context))
        let graph = try #require(root.all("figure").first { $0.attributes["class"] == "graph" })
        let nodes = graph.all("g").filter { $0.attributes["class"]?.hasPrefix("node") == true }
        #expect(
            Set(nodes.map { $0.all("title").first?.allText ?? "" }) == [
                "route shop.example.no /checkout", "route shop.example.no /", "checkout", "storefront",
                AuditSample.analyticsDB.endpoint.id, AuditSample.ordersDB.endpoint.id,
            ])
        let over = nodes.filter { $0.attributes["class"] == "node over" }.map { $0.all("title").first?.allText ?? "" }
        #expect(Set(over) == ["route shop.example.no /checkout", AuditSample.analyticsDB.endpoint.id])
        let hops = graph.all("g").filter { $0.attributes["class"]?.hasPrefix("hop") == true }
        #expect(hops.count == 5)
        let slow = hops.filter { $0.attributes["class"] == "hop over" }
        #expect(slow.count == 1 && slow.first?.all("text").first?.allText == "71.2 ms")
        // Without the finding the hop is drawn plain.
        let plain = try AuditXMLElement.parse(
            try AuditFormat.html.render(AuditSample.document(), context: AuditSample.context))
        #expect(!plain.all("g").contains { $0.attributes["class"] == "hop over" })
    }

    @Test func markupEscapingCoversAllFiveCharacters() {
        #expect(MarkupEscaping.text("& < > \" '") == "&amp; &lt; &gt; &quot; &#39;")
        #expect(MarkupEscaping.attribute("a\nb\tc") == "a&#10;b&#9;c")
        #expect(MarkupEscaping.text("a\nb") == "a\nb")
        #expect(MarkupEscaping.text("x\u{0}y\u{1B}z") == "x\u{FFFD}y\u{FFFD}z")
    }
}
