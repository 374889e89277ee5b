import Foundation
import Reporting
import TestSupport
import Testing

/// Every format of the sample audit matches its golden file byte for byte, so any change to what
/// an auditor, a CI system or a spreadsheet receives shows up as a reviewed diff.
@Suite struct AuditFormatGoldenTests {
    @Test(arguments: AuditFormat.allCases)
    func matchesGoldenFile(_ format: AuditFormat) throws {
        let rendered = try format.render(AuditSample.document(), context: AuditSample.context)
        let url = AuditGolden.file(format)
        let golden = try Golden.text(at: url, rendered: rendered)
        #expect(rendered == golden, "\(url.lastPathComponent) differs at \(Golden.firstDifference(rendered, golden))")
    }
}
