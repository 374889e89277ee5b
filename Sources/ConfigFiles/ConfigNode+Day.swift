extension ConfigNode {
    /// A calendar day written `YYYY-MM-DD` (a real day: 2026-02-30 is rejected), as the data
    /// files' `reviewed:` dates are written. Returned as written, so string order is date order.
    public func day(_ what: String) throws -> String {
        let s = try string(what)
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard s.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m)
        else {
            throw fail("\(what) must be a date YYYY-MM-DD, not '\(s)'")
        }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        guard (1...days).contains(d) else { throw fail("\(what): '\(s)' is not a day of the calendar") }
        return s
    }
}
