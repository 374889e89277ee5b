import Foundation
import Testing
@testable import Reporting
import ResidencyCore

/// The HTML page is one self-contained file that shows hostile text as text: it parses as XML,
/// the `<script>` a config file smuggled in is a string on the page, never an element, and nothing
/// is fetched from elsewhere.
@Suite struct AuditFormatHTMLTests {
    @Test func scriptInFindingTextIsEscaped() throws {
        let html = try AuditFormat.html.render(AuditHostileSample.document(), context: .describing(AuditHostileSample.document()))
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        let root = try AuditXMLElement.parse(html)
        #expect(root.all("script").isEmpty)
        #expect(root.allText.contains(AuditHostileSample.script))
        #expect(root.allText.contains("reason with \"quotes\" & <tags>"))
    }

    @Test func isSelfContained() throws {
        let html = try AuditFormat.html.render(AuditSample.document(), context: .describing(AuditSample.document()))
        let root = try AuditXMLElement.parse(html)
        #expect(root.name == "html")
        #expect(root.all("style").count == 1)
        for banned in ["script", "link", "img", "iframe", "object", "embed"] { #expect(root.all(banned).isEmpty) }
        for attribute in ["src", "href"] {
            #expect(!html.contains(" \(attribute)="), "\(attribute) attribute found")
        }
        #expect(!html.contains("@import") && !html.contains("url("))
    }

    @Test func everyFindingIsAnArticleWithItsSeverity() throws {
        let doc = AuditSample.document()
        let articles = try AuditXMLElement.parse(try AuditFormat.html.render(doc, context: .describing(doc))).all("article")
        #expect(articles.count == doc.findings.count)
        let severities = articles.compactMap { $0.attributes["class"]?.split(separator: " ").dropFirst().first.map(String.init) }
        #expect(severities == AuditFacts.bySeverity(doc.findings).flatMap { g in g.findings.map { _ in g.severity.rawValue } })
    }

    @Test func markupEscapingCoversAllFiveCharacters() {
        #expect(MarkupEscaping.text("& < > \" '") == "&amp; &lt; &gt; &quot; &#39;")
        #expect(MarkupEscaping.attribute("a\nb\tc") == "a&#10;b&#9;c")
        #expect(MarkupEscaping.text("a\nb") == "a\nb")
        #expect(MarkupEscaping.text("x\u{0}y\u{1B}z") == "x\u{FFFD}y\u{FFFD}z")
    }
}
