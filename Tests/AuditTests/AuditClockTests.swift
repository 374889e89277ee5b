import Foundation
import Testing

@testable import Audit

@Suite struct AuditClockTests {
    @Test func todayIsTheUTCDay() {
        // 2026-11-22T23:30:00Z is still the 22nd in UTC whatever the machine's zone.
        #expect(AuditClock.today(now: Date(timeIntervalSince1970: 1_795_390_200)) == "2026-11-22")
        #expect(AuditClock.today(now: Date(timeIntervalSince1970: 0)) == "1970-01-01")
    }
}
