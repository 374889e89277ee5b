import Foundation

/// The audit's "today" (UTC, `YYYY-MM-DD`): suppression expiry and geodata age depend on it, so
/// tests and reproducible reports pass a fixed day (`--date`, `RESIDENCY_AUDIT_DATE`).
public enum AuditClock {
    public static func today(now: Date = Date()) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: now)
        return String(format: "%04d-%02d-%02d", c.year ?? 1970, c.month ?? 1, c.day ?? 1)
    }
}
