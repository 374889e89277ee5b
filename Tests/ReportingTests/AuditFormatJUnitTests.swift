import Foundation
import Reporting
import ResidencyCore
import Testing

/// The JUnit report parses as XML, its counts agree with its cases, and a case fails exactly
/// when its finding fails the gate.
@Suite struct AuditFormatJUnitTests {
    private func parse(_ doc: AuditDocument) throws -> AuditXMLElement {
        try AuditXMLElement.parse(try AuditFormat.junit.render(doc, context: .describing(doc)))
    }

    @Test func countsAgreeWithTheCases() throws {
        let root = try parse(AuditSample.document())
        #expect(root.name == "testsuites")
        for element in [root] + root.all("testsuite") {
            let cases = element.all("testcase")
            #expect(element.attributes["tests"] == String(cases.count))
            #expect(element.attributes["failures"] == String(cases.filter { !$0.all("failure").isEmpty }.count))
            #expect(element.attributes["skipped"] == String(cases.filter { !$0.all("skipped").isEmpty }.count))
            #expect(element.attributes["errors"] == "0")
        }
    }

    @Test func oneCasePerFindingPlusCleanEndpoints() throws {
        let doc = AuditSample.document()
        let root = try parse(doc)
        let cases = root.all("testcase")
        let findingCases = cases.filter { $0.attributes["classname"] != "residency.endpoints" }
        #expect(findingCases.count == doc.findings.count)
        let judged = Set(doc.findings.compactMap(\.endpointId))
        let clean = doc.endpoints.filter { !judged.contains($0.id) }.map(\.id)
        #expect(
            cases.filter { $0.attributes["classname"] == "residency.endpoints" }.compactMap { $0.attributes["name"] }
                == clean)
        #expect(
            Set(root.all("testsuite").compactMap { $0.attributes["name"] })
                == Set(doc.findings.map { "residency.\($0.category.rawValue)" } + ["residency.endpoints"]))
    }

    @Test func failuresAreTheGate() throws {
        let doc = AuditSample.document()
        let failures = try parse(doc).all("failure")
        let failing = doc.activeFindings.filter { doc.summary.failOn.fails($0.severity) }
        #expect(failures.map { $0.attributes["message"] } == failing.map(\.title))
        #expect(failures.map { $0.attributes["type"] } == failing.map(\.severity.rawValue))
        let body = try #require(failures.first?.allText)
        #expect(body.contains("Remediation:") && body.contains(failing[0].remediation[0]))
        #expect(body.contains(failing[0].evidence[0]))
        #expect(try parse(AuditSample.document(failOn: .none)).all("failure").isEmpty)
        #expect(
            try parse(AuditSample.document(failOn: .severity(.info))).all("failure").count == doc.activeFindings.count)
    }

    @Test func suppressedAndBaselinedAreSkippedWithTheReason() throws {
        let skipped = try parse(AuditSample.document()).all("skipped").compactMap { $0.attributes["message"] }
        #expect(skipped.count == 2)
        #expect(skipped.contains("baselined: recorded in the baseline"))
        #expect(skipped.contains { $0.hasPrefix("suppressed: vendor DPA") })
    }

    @Test func hostileTextSurvivesEscaping() throws {
        let doc = AuditHostileSample.document()
        let root = try parse(doc)
        let failure = try #require(root.all("failure").first)
        #expect(failure.attributes["message"] == doc.activeFindings[0].title)
        #expect(failure.allText.contains(AuditHostileSample.script))
        #expect(failure.allText.contains("and a second line \u{FFFD} with a control character"))
        #expect(
            root.all("skipped").first?.attributes["message"]
                == "suppressed: reason with \"quotes\" & <tags> (residency <&>.yaml:3, expires 2027-01-01)")
    }

    @Test func aCleanRunIsNotAnEmptyReport() throws {
        let doc = AuditDocument(
            scannedPath: "estate", auditDate: AuditSample.auditDate, policy: [], geodata: [], files: 3,
            endpoints: [AuditSample.ordersDB], findings: [], chains: [], failOn: .severity(.high))
        let root = try parse(doc)
        #expect(root.attributes["tests"] == "1" && root.attributes["failures"] == "0")
        let nothing = AuditDocument(
            scannedPath: "estate", auditDate: AuditSample.auditDate, policy: [], geodata: [],
            files: 0, endpoints: [], findings: [], chains: [], failOn: .severity(.high))
        #expect(try parse(nothing).all("testcase").count == 1)
    }
}
