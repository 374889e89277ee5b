/// A geolocation database in use: what the stale-geodata rule judges and what the report's
/// `geodata` entries say (one type for both, so the report shows exactly what was judged).
public struct GeodataInfo: Sendable, Hashable, Codable {
    public var path: String
    public var databaseType: String
    /// `YYYY-MM-DD`.
    public var buildDate: String
    public var ageDays: Int

    public init(path: String, databaseType: String, buildDate: String, ageDays: Int) {
        self.path = path
        self.databaseType = databaseType
        self.buildDate = buildDate
        self.ageDays = ageDays
    }
}
