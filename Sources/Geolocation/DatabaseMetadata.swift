import Foundation

/// The metadata map of an MMDB file.
public struct DatabaseMetadata: Equatable, Sendable {
    public var databaseType: String
    public var buildDate: Date
    public var ipVersion: Int
    public var languages: [String]
    public var description: [String: String]
    public var nodeCount: Int
    public var recordSize: Int
    public var binaryFormatVersion: String

    /// Whole days since the build, as the `stale-geodata` rule counts them.
    public func ageDays(now: Date = Date()) -> Int {
        max(0, Int(now.timeIntervalSince(buildDate) / 86_400))
    }

    /// ISO date of the build (UTC).
    public var buildDay: String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: buildDate)
    }
}
