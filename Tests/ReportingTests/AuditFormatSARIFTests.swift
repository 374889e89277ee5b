import Foundation
import ResidencyCore
import Testing

@testable import Reporting

/// The SARIF log reads back with our own model and has what SARIF 2.1.0 requires and what code
/// scanning uses: one result per finding with its fingerprint, the right level, the place, and
/// suppressions for suppressed and baselined findings.
@Suite struct AuditFormatSARIFTests {
    private func decode(_ doc: AuditDocument) throws -> SARIFLog {
        try JSONDecoder().decode(
            SARIFLog.self, from: Data(try AuditFormat.sarif.render(doc, context: .describing(doc)).utf8))
    }

    /// Rules are described by the render context (the registry, in a real run), never guessed
    /// from whichever finding of the rule comes first.
    @Test func rulesAreDescribedByTheContext() throws {
        let doc = AuditSample.document()
        var context = AuditRenderContext.describing(doc)
        context.rules = context.rules.map {
            var r = $0
            r.title = "As registered: " + r.title
            return r
        }
        let log = try JSONDecoder().decode(
            SARIFLog.self, from: Data(try AuditFormat.sarif.render(doc, context: context).utf8))
        let rules = try #require(log.runs.first).tool.driver.rules
        #expect(rules.map(\.id) == Set(doc.findings.map(\.ruleId)).sorted())
        #expect(rules.allSatisfy { $0.shortDescription.text.hasPrefix("As registered: ") })
        #expect(throws: UndescribedRule(ruleId: "config-error")) {
            try AuditFormat.sarif.render(
                doc, context: AuditRenderContext(rules: context.rules.filter { $0.id != "config-error" }))
        }
    }

    @Test func oneResultPerFindingWithItsFingerprint() throws {
        let doc = AuditSample.document()
        let log = try decode(doc)
        #expect(log.schema == "https://json.schemastore.org/sarif-2.1.0.json")
        #expect(log.version == "2.1.0")
        #expect(log.runs.count == 1)
        let run = try #require(log.runs.first)
        #expect(run.results.count == doc.findings.count)
        for (f, r) in zip(doc.findings, run.results) {
            #expect(r.ruleId == f.ruleId)
            #expect(r.partialFingerprints["residency/v1"] == f.fingerprint)
            #expect(r.message.text == f.message)
            #expect(run.tool.driver.rules[r.ruleIndex].id == f.ruleId)
            #expect(r.properties.severity == f.severity.rawValue)
            #expect(r.properties.category == f.category.rawValue)
            #expect(r.properties.remediation == f.remediation)
            if let place = f.location {
                let loc = try #require(r.locations?.first?.physicalLocation)
                #expect(loc.artifactLocation.uri == place.path)
                #expect(loc.artifactLocation.uriBaseId == "%SRCROOT%")
                #expect(loc.region.startLine == place.line && loc.region.startColumn == place.column)
            } else {
                #expect(r.locations == nil)
            }
        }
        #expect(Set(run.tool.driver.rules.map(\.id)) == Set(doc.findings.map(\.ruleId)))
        #expect(run.tool.driver.rules.count == Set(doc.findings.map(\.ruleId)).count)
        #expect(run.tool.driver.rules.map(\.id) == run.tool.driver.rules.map(\.id).sorted())
        #expect(run.tool.driver.name == "residency" && run.tool.driver.version == ToolInfo.version)
        #expect(run.columnKind == "unicodeCodePoints")
    }

    @Test func levelsFollowSeverity() {
        #expect(SARIFRenderer.level(.critical) == .error)
        #expect(SARIFRenderer.level(.high) == .error)
        #expect(SARIFRenderer.level(.medium) == .warning)
        #expect(SARIFRenderer.level(.low) == .note)
        #expect(SARIFRenderer.level(.info) == .note)
    }

    @Test func suppressedAndBaselinedCarryExternalSuppressions() throws {
        let doc = AuditSample.document()
        let results = try decode(doc).runs[0].results
        for (f, r) in zip(doc.findings, results) {
            switch (f.suppressed, f.baselined) {
            case (true, _):
                #expect(r.suppressions == [SARIFLog.Suppression(kind: "external", justification: f.suppression ?? "")])
            case (false, true):
                #expect(r.suppressions == [SARIFLog.Suppression(kind: "external", justification: "baseline")])
            case (false, false):
                #expect(r.suppressions == nil)
            }
        }
        #expect(results.contains { $0.suppressions != nil && $0.suppressions?.first?.justification == "baseline" })
    }

    /// The property names SARIF consumers look up literally, checked in the raw JSON.
    @Test func requiredPropertiesAreSpelledAsTheSpecSays() throws {
        let json = try AuditFormat.sarif.render(AuditSample.document(), context: .describing(AuditSample.document()))
        let top = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(top["$schema"] as? String == "https://json.schemastore.org/sarif-2.1.0.json")
        #expect(top["version"] as? String == "2.1.0")
        let run = try #require((top["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] is String && driver["version"] is String && driver["rules"] is [Any])
        // Optional in SARIF, and the project has no published home page to name: absent, not invented.
        #expect(driver["informationUri"] == nil)
        for result in try #require(run["results"] as? [[String: Any]]) {
            #expect((result["message"] as? [String: Any])?["text"] is String)
            #expect(["error", "warning", "note"].contains(result["level"] as? String ?? ""))
        }
    }

    /// Every ASCII character, and a path needing no escape at all, as RFC 3986 has it: unreserved
    /// and the sub-delimiters other than `:` kept, the rest `%XX` in upper case.
    @Test func eachCharacterOfAPathEncodedOrKept() {
        let kept = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/!$&'()*+,;=@".utf8)
        for byte in UInt8(1)..<0x80 {
            let char = String(UnicodeScalar(byte))
            let expected = kept.contains(byte) ? char : "%" + String(format: "%02X", byte)
            #expect(URIPath.encode("a" + char + "b") == "a" + expected + "b", "byte \(byte)")
        }
        let plain = "k8s/base/orders-api_v2.yaml"
        #expect(URIPath.encode(plain) == plain)
        #expect(URIPath.encode("é") == "%C3%A9")
    }

    @Test func pathsAreURIReferences() throws {
        #expect(URIPath.encode("k8s/orders.yaml") == "k8s/orders.yaml")
        #expect(URIPath.encode("dir with space/ø:x.yaml") == "dir%20with%20space/%C3%B8%3Ax.yaml")
        #expect(URIPath.encode("a#b?c%d") == "a%23b%3Fc%25d")
        let log = try decode(AuditHostileSample.document())
        let uri = try #require(
            log.runs[0].results.first { $0.ruleId == "persistence-outside-eea" }?.locations?.first?.physicalLocation
                .artifactLocation.uri)
        #expect(uri == "dir%20with%20space/%C3%B8%3Ax.yaml")
        #expect(URL(string: uri) != nil)
    }

    @Test func rulesCarryTheSecuritySeverityOfTheirWorstFinding() throws {
        #expect(Severity.allCases.map(SARIFRenderer.securitySeverity) == ["9.5", "8.0", "5.5", "3.0", "1.0"])
        let doc = AuditSample.document()
        let rules = try decode(doc).runs[0].tool.driver.rules
        for rule in rules {
            let worst = try #require(doc.findings.filter { $0.ruleId == rule.id }.map(\.severity).max())
            #expect(rule.properties.securitySeverity == SARIFRenderer.securitySeverity(worst), "\(rule.id)")
            let score = try #require(Double(rule.properties.securitySeverity))
            #expect((0.1...10).contains(score))
        }
        // Spelled as code scanning reads it, with the security tag on the data-protection rules.
        let json = try AuditFormat.sarif.render(doc, context: .describing(doc))
        #expect(json.contains("\"security-severity\" : \"9.5\""))
        #expect(
            rules.first { $0.id == "persistence-outside-eea" }?.properties.tags == [
                "persistence-outside-eea", "security",
            ])
        #expect(rules.first { $0.id == "connection-reuse" }?.properties.tags == ["connection-reuse"])
    }

    @Test func insideAGitWorkTreePathsStartAtTheRepositoryRoot() throws {
        let doc = AuditSample.document()
        let repo = RepositoryLocation(rootPath: "/home/ci/work/shop repo", pathInRepository: "infra/nordic-shop/")
        let log = try JSONDecoder().decode(
            SARIFLog.self,
            from: Data(try AuditFormat.sarif.render(doc, context: .describing(doc, repository: repo)).utf8))
        let run = log.runs[0]
        #expect(run.originalUriBaseIds?["%SRCROOT%"]?.uri == "file:///home/ci/work/shop%20repo/")
        for (f, r) in zip(doc.findings, run.results) {
            guard let place = f.location else { continue }
            let artifact = try #require(r.locations?.first?.physicalLocation.artifactLocation)
            #expect(artifact.uri == "infra/nordic-shop/" + place.path)
            #expect(artifact.uriBaseId == "%SRCROOT%")
        }
        // At the root itself, paths are as the report gives them; outside git there is no base.
        let atRoot = RepositoryLocation(rootPath: "/r", pathInRepository: "")
        #expect(atRoot.repositoryPath("k8s/a.yaml") == "k8s/a.yaml" && atRoot.rootURI == "file:///r/")
        #expect(try decode(doc).runs[0].originalUriBaseIds == nil)
    }

    @Test func emptyAuditIsAValidLogWithNoResults() throws {
        let doc = AuditDocument(
            scannedPath: ".", auditDate: AuditSample.auditDate, policy: [], geodata: [], files: 0,
            endpoints: [], findings: [], chains: [], failOn: .severity(.high))
        let log = try decode(doc)
        #expect(log.runs[0].results.isEmpty && log.runs[0].tool.driver.rules.isEmpty)
        #expect(log.runs[0].properties.passed)
    }
}
