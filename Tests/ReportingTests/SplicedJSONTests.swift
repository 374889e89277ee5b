import Foundation
import ResidencyCore
@testable import Reporting
import Testing

/// The spliced encoding (large arrays in chunks on all cores) must write exactly what one
/// JSONEncoder pass writes, including across chunk boundaries and for empty nested arrays.
struct SplicedJSONTests {
    @Test func auditDocumentWithManyChunksMatchesOnePass() throws {
        var doc = AuditSample.document()
        let findings = doc.findings, endpoints = doc.endpoints, chains = doc.chains
        doc.findings = (0..<700).map { i in var f = findings[i % findings.count]; f.message += " #\(i)"; return f }
        doc.endpoints = (0..<520).map { endpoints[$0 % endpoints.count] }
        doc.chains = (0..<300).map { chains[$0 % chains.count] }
        let spliced = try JSONOutput.encode(doc)
        let onePass = try JSONOutput.encodeFragment(doc) + "\n"
        #expect(spliced == onePass)
        #expect(spliced.contains("#699"), "the last chunk is in")
    }

    @Test func endpointsDocumentMatchesOnePass() throws {
        let endpoints = (0..<600).map { i in
            Endpoint(id: "postgres://db\(i).osl.example.no:5432", host: "db\(i).osl.example.no", port: 5432, scheme: "postgres",
                     kind: .postgres, role: .datastore, tls: false,
                     sources: [SourceLocation(path: "k8s/app\(i).yaml", line: i + 1, column: 7, context: "env DATABASE_URL \"q\"")],
                     components: [])
        }
        let doc = EndpointsDocument(scannedPath: "/estate", files: 600, endpoints: endpoints,
                                    unresolved: [UnresolvedReference(variable: "DB_HOST",
                                                                     location: SourceLocation(path: ".env", line: 1, column: 9))],
                                    diagnostics: [], skippedBinary: 0)
        #expect(try JSONOutput.encode(doc) == JSONOutput.encodeFragment(doc) + "\n")
        let empty = EndpointsDocument(scannedPath: "/estate", files: 0, endpoints: [], unresolved: [], diagnostics: [], skippedBinary: 0)
        #expect(try JSONOutput.encode(empty) == JSONOutput.encodeFragment(empty) + "\n")
    }
}
