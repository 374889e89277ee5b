import Foundation
import Reporting
import ResidencyCore
import Testing

/// What holds for every format: something is written, the same input writes the same bytes, and
/// the JSON (the source of every other format) reads back as the document it came from.
@Suite struct AuditFormatTests {
    @Test(arguments: AuditFormat.allCases)
    func rendersNonEmptyDeterministicOutput(_ format: AuditFormat) throws {
        for doc in [AuditSample.document(), AuditHostileSample.document(), emptyDocument()] {
            let first = try format.render(doc, context: .describing(doc))
            #expect(!first.isEmpty)
            // On scalars: CSV's CRLF is one Character, which is not "\n".
            #expect(first.unicodeScalars.last == "\n", "\(format) output ends with a line break")
            #expect(try format.render(doc, context: .describing(doc)) == first)
        }
    }

    @Test(arguments: AuditFormat.allCases)
    func nameEveryActiveFindingsRule(_ format: AuditFormat) throws {
        let doc = AuditSample.document()
        let out = try format.render(doc, context: .describing(doc))
        for f in doc.findings { #expect(out.contains(f.ruleId), "\(format) lacks \(f.ruleId)") }
    }

    @Test func jsonReadsBackAsTheDocument() throws {
        let doc = AuditSample.document()
        let json = try AuditFormat.json.render(doc, context: .describing(doc))
        #expect(try JSONDecoder().decode(AuditDocument.self, from: Data(json.utf8)) == doc)
        #expect(json == (try JSONOutput.encode(doc)))
    }

    @Test func noFormatWritesColourCodes() throws {
        for format in AuditFormat.allCases {
            #expect(
                !(try format.render(AuditSample.document(), context: .describing(AuditSample.document()))).contains(
                    "\u{1B}["))
        }
    }

    @Test func fileExtensionsAreDistinct() {
        #expect(Set(AuditFormat.allCases.map(\.fileExtension)).count == AuditFormat.allCases.count)
    }

    func emptyDocument() -> AuditDocument {
        AuditDocument(
            scannedPath: "empty", auditDate: AuditSample.auditDate, policy: [], geodata: [], files: 0,
            endpoints: [], findings: [], chains: [], failOn: .severity(.high))
    }
}
