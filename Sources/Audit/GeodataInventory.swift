import Foundation
import Geolocation
import Policy
import ResidencyCore

/// The report's `geodata` entries: each database in use with its age on the audit's day (not the
/// machine's clock, so a report can be reproduced).
enum GeodataInventory {
    static func describe(_ databases: GeoDatabases?, today: String) -> [GeodataInfo] {
        guard let databases else { return [] }
        let now = AuditClock.date(today) ?? Date()
        return databases.all.map { db in
            GeodataInfo(
                path: db.path, databaseType: db.metadata.databaseType, buildDate: db.metadata.buildDay,
                ageDays: db.metadata.ageDays(now: now))
        }
    }
}
