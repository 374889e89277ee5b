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

extension AuditClock {
    /// Midnight UTC of a `YYYY-MM-DD` day, nil when the text is not a real date.
    public static func date(_ day: String) -> Date? {
        let parts = day.split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = DateComponents(year: y, month: m, day: d)
        guard components.isValidDate(in: calendar), let date = calendar.date(from: components) else { return nil }
        return date
    }
}
