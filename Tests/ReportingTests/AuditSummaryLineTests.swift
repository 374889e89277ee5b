import Reporting
import Testing

/// `residency audit --output FILE` says on stderr what the report holds and where it is.
@Suite struct AuditSummaryLineTests {
    @Test func namesVerdictCountsAndFile() {
        let line = AuditSample.document().summaryLine(reportPath: "out/residency.sarif")
        #expect(
            line == "FAILED at --fail-on high: 1 active finding at or above high; "
                + "1 critical, 0 high, 3 medium, 2 low, 0 info active; 1 suppressed, 1 baselined; report: out/residency.sarif"
        )
        #expect(!AuditSample.document().summaryLine(reportPath: "a\nb").contains("\n"))
    }
}
