import Foundation
import ResidencyCore
import Testing

@testable import Reporting

/// The spliced encoding (large arrays in chunks on all cores, streamed a window at a time) must
/// write exactly what one JSONEncoder pass writes, including across chunk and window boundaries,
/// for an array three levels deep (SARIF's results) and for empty nested arrays.
struct SplicedJSONTests {
    @Test func auditDocumentWithManyChunksMatchesOnePass() throws {
        var doc = AuditSample.document()
        let findings = doc.findings
        let endpoints = doc.endpoints
        let chains = doc.chains
        doc.findings = (0..<700).map { i in
            var f = findings[i % findings.count]
            f.message += " #\(i)"
            return f
        }
        doc.endpoints = (0..<520).map { endpoints[$0 % endpoints.count] }
        doc.chains = (0..<300).map { chains[$0 % chains.count] }
        let spliced = try JSONOutput.encode(doc)
        let onePass = try JSONOutput.encodeFragment(doc) + "\n"
        #expect(spliced == onePass)
        #expect(spliced.contains("#699"), "the last chunk is in")
    }

    @Test func endpointsDocumentMatchesOnePass() throws {
        let endpoints = (0..<600).map { i in
            Endpoint(
                id: "postgres://db\(i).osl.example.no:5432", host: "db\(i).osl.example.no", port: 5432,
                scheme: "postgres",
                kind: .postgres, role: .datastore, tls: false,
                sources: [
                    SourceLocation(path: "k8s/app\(i).yaml", line: i + 1, column: 7, context: "env DATABASE_URL \"q\"")
                ],
                components: [])
        }
        let doc = EndpointsDocument(
            scannedPath: "/estate", files: 600, endpoints: endpoints,
            unresolved: [
                UnresolvedReference(
                    variable: "DB_HOST",
                    location: SourceLocation(path: ".env", line: 1, column: 9))
            ],
            diagnostics: [], skippedBinary: 0)
        #expect(try JSONOutput.encode(doc) == JSONOutput.encodeFragment(doc) + "\n")
        let empty = EndpointsDocument(
            scannedPath: "/estate", files: 0, endpoints: [], unresolved: [], diagnostics: [], skippedBinary: 0)
        #expect(try JSONOutput.encode(empty) == JSONOutput.encodeFragment(empty) + "\n")
    }

    /// A document of `count` findings, all different.
    private func manyFindings(_ count: Int) -> AuditDocument {
        var doc = AuditSample.document()
        let findings = doc.findings
        doc.findings = (0..<count).map { i in
            var f = findings[i % findings.count]
            f.message += " #\(i)"
            return f
        }
        return doc
    }

    @Test func streamedPiecesAcrossWindowsMatchOnePass() throws {
        // Many more chunks than the encoders may run ahead of the writer, so encoding waits on
        // writing and writing on encoding, several times over.
        let window = max(4, ProcessInfo.processInfo.activeProcessorCount * 4)
        let doc = manyFindings(JSONOutput.chunkSize * window * 2 + 17)
        var pieces: [String] = []
        try JSONOutput.write(doc) { pieces.append($0) }
        #expect(pieces.count > window * 2, "written in pieces, not as one string")
        #expect(pieces.joined() == (try JSONOutput.encodeFragment(doc)) + "\n")
    }

    @Test func sarifResultsSplicedThreeLevelsDeep() throws {
        let doc = manyFindings(700)
        let context = AuditRenderContext.describing(doc)
        let log = try SARIFRenderer.log(doc, context: context)
        #expect(log.largeArrays.map(\.key) == ["results"] && log.largeArrays.first?.count == 700)
        let spliced = try AuditFormat.sarif.render(doc, context: context)
        #expect(spliced == (try JSONOutput.encodeFragment(log)) + "\n")
        var streamed = ""
        try AuditFormat.sarif.write(doc, context: context) { streamed += $0 }
        #expect(streamed == spliced)
        #expect(spliced.contains("#699"), "the last chunk is in")
        // The emptied results must be found where one pass writes them, or nothing is spliced.
        #expect(try JSONOutput.encodeFragment(log.withoutLargeArrays()).contains(log.largeArrays[0].emptied))
    }

    @Test func itemLinesIndentByDepth() {
        let fragment = "[\n  {\n    \"a\" : 1\n  },\n  2\n]"
        #expect(JSONOutput.itemLines(of: fragment, depth: 1) == "    {\n      \"a\" : 1\n    },\n    2")
        #expect(JSONOutput.itemLines(of: fragment, depth: 3) == "        {\n          \"a\" : 1\n        },\n        2")
        #expect(JSONOutput.itemLines(of: "{}", depth: 1) == nil)
    }
}
