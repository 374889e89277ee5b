import Foundation
import Testing
import Reporting

/// Every format of the sample audit matches its golden file byte for byte, so any change to what
/// an auditor, a CI system or a spreadsheet receives shows up as a reviewed diff.
@Suite struct AuditFormatGoldenTests {
    @Test(arguments: AuditFormat.allCases)
    func matchesGoldenFile(_ format: AuditFormat) throws {
        let rendered = try format.render(AuditSample.document(), context: AuditSample.context)
        let url = AuditGolden.file(format)
        if AuditGolden.updating {
            try Data(rendered.utf8).write(to: url)
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(rendered == golden, "\(url.lastPathComponent) differs at \(AuditGolden.firstDifference(rendered, golden))")
    }
}
