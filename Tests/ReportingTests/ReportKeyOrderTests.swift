import Foundation
import ResidencyCore
import Testing

@testable import Reporting

/// The report's most numerous objects (findings with their places, endpoint records with their
/// sources and resolutions, latency chains with their hops) encode their keys in the order the
/// JSON report writes them, so the writer never moves their bytes around. A key added out of
/// order still writes a correct report (the writer sorts it); this test says the per-object
/// reordering has come back.
@Suite struct ReportKeyOrderTests {
    @Test func findingsAndEndpointRecordsAreEncodedInReportOrder() throws {
        let doc = AuditSample.document()
        #expect(!doc.findings.isEmpty && !doc.endpoints.isEmpty && !doc.chains.isEmpty)
        for (name, encode) in [
            ("findings", { (w: PrettyJSONWriter) in try w.write(doc.findings, level: 0) }),
            ("endpoints", { (w: PrettyJSONWriter) in try w.write(doc.endpoints, level: 0) }),
            ("chains", { (w: PrettyJSONWriter) in try w.write(doc.chains, level: 0) }),
        ] {
            let writer = PrettyJSONWriter()
            try encode(writer)
            #expect(!writer.failed)
            #expect(!writer.knownOrders.isEmpty)
            for known in writer.knownOrders where !known.inOrder {
                let keys = known.keyEnds.indices.map { i in
                    String(decoding: known.keys[(i == 0 ? 0 : known.keyEnds[i - 1])..<known.keyEnds[i]], as: UTF8.self)
                }
                Issue.record("\(name): an object with keys \(keys) is encoded out of key order")
            }
        }
    }
}
