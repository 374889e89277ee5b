import ResidencyCore

/// Finds `scheme://[user[:password]@]host[:port][,host[:port]…][/…]` in a value, plus the JDBC
/// forms (`jdbc:postgresql://`, `jdbc:sqlserver://h:1433;databaseName=x`, `jdbc:oracle:thin:@h:1521:SID`,
/// `jdbc:oracle:thin:@//h:1521/svc`). Host lists (Mongo replica sets, Kafka) yield one match per host.
public enum URLExtractor {
    /// - Parameter allowHTTP: `http(s)` URLs count only where a config key holds them; in prose
    ///   and source code a link is not an endpoint.
    public static func matches(in value: Substring, allowHTTP: Bool) -> [HostMatch] {
        let u = Array(value.utf8)
        var out: [HostMatch] = []
        var i = 0
        while i + 2 < u.count {
            if u[i] == 0x3A, u[i + 1] == 0x2F, u[i + 2] == 0x2F { // "://"
                var s = i
                while s > 0, isSchemeByte(u[s - 1]) { s -= 1 }
                let schemeText = String(decoding: u[s..<i], as: UTF8.self).lowercased()
                let authorityStart = i + 3
                if let scheme = normalise(schemeText), let entry = SchemeTable.lookup(scheme),
                   allowHTTP || (entry.kind != .http) {
                    let (hosts, end) = authority(u, from: authorityStart, jdbc: schemeText.hasPrefix("jdbc:"))
                    for h in hosts {
                        out.append(make(h, scheme: scheme, entry: entry))
                    }
                    i = max(end, i + 3)
                    continue
                }
                i += 3
                continue
            }
            if u[i] == 0x40, i >= 16, matchesOracleThin(u, at: i) { // jdbc:oracle:thin:@
                var start = i + 1
                if start + 1 < u.count, u[start] == 0x2F, u[start + 1] == 0x2F { start += 2 }
                let (hosts, end) = authority(u, from: start, jdbc: true, oracle: true)
                let entry = SchemeTable.lookup("oracle")!
                for h in hosts { out.append(make(h, scheme: "jdbc:oracle", entry: entry)) }
                i = max(end, i + 1)
                continue
            }
            i += 1
        }
        return out
    }

    private static func make(_ h: RawHost, scheme: String, entry: (kind: EndpointKind, port: Int?, tls: Bool)) -> HostMatch {
        if let variable = h.variable {
            return HostMatch(host: "", port: h.port ?? entry.port, scheme: scheme, kind: entry.kind, tls: entry.tls,
                             offset: h.offset, variable: variable)
        }
        return HostMatch(host: h.host.lowercased(), port: h.port ?? entry.port, scheme: scheme, kind: entry.kind,
                         tls: entry.tls, offset: h.offset)
    }

    /// `jdbc:postgresql` → `postgresql`; `jdbc:mysql:loadbalance` → `mysql`; `x:https` → `https`.
    static func normalise(_ scheme: String) -> String? {
        var parts = scheme.split(separator: ":").map(String.init)
        if parts.first == "jdbc" { parts.removeFirst(); return parts.first.map { $0 == "jtds" ? "sqlserver" : $0 } }
        return parts.last
    }

    struct RawHost {
        var host: String
        var port: Int?
        var offset: Int
        var variable: String?
    }

    /// Parses the authority starting at `from`; returns its hosts and where it ends.
    static func authority(_ u: [UInt8], from: Int, jdbc: Bool, oracle: Bool = false) -> ([RawHost], Int) {
        // The authority ends at '/', '?', '#', whitespace, quotes, brackets of the surrounding
        // text, and ';' for JDBC; braces of a placeholder are kept together.
        var end = from
        var depth = 0
        var bracket = false
        while end < u.count {
            let b = u[end]
            if b == 0x7B || (b == 0x28 && end > from && u[end - 1] == 0x24) { depth += 1 }
            else if (b == 0x7D || b == 0x29) && depth > 0 { depth -= 1 }
            else if b == 0x5B { bracket = true }
            else if b == 0x5D { bracket = false }
            else if depth == 0 && !bracket {
                if b == 0x2F || b == 0x3F || b == 0x23 || b <= 0x20 || b == 0x22 || b == 0x27 || b == 0x3C || b == 0x3E
                    || b == 0x60 || b == 0x5C || b == 0x29 || b == 0x7D || b == 0x5D { break }
                if jdbc && b == 0x3B { break }
                if oracle && b == 0x3A && end > from, isOracleSIDColon(u, at: end, from: from) { break }
            }
            end += 1
        }
        var auth = from
        // userinfo: everything up to the last '@' of the authority (passwords may hold '@').
        if let at = u[from..<end].lastIndex(of: 0x40) { auth = at + 1 }
        var hosts: [RawHost] = []
        var itemStart = auth
        var j = auth
        depth = 0
        bracket = false
        while j <= end {
            let b: UInt8 = j < end ? u[j] : 0x2C
            if b == 0x7B || b == 0x28 { depth += 1 } else if (b == 0x7D || b == 0x29) && depth > 0 { depth -= 1 }
            else if b == 0x5B { bracket = true } else if b == 0x5D { bracket = false }
            if b == 0x2C && depth == 0 && !bracket {
                if j > itemStart, let h = parseItem(u, itemStart, j) { hosts.append(h) }
                itemStart = j + 1
            }
            j += 1
        }
        return (hosts, end)
    }

    /// In `host:1521:SID`, the second colon starts the SID.
    private static func isOracleSIDColon(_ u: [UInt8], at i: Int, from: Int) -> Bool {
        u[from..<i].contains(0x3A)
    }

    static func parseItem(_ u: [UInt8], _ start: Int, _ end: Int) -> RawHost? {
        let item = Substring(String(decoding: u[start..<end], as: UTF8.self))
        if let ph = Placeholder.match(at: item) {
            let rest = item.utf8.dropFirst(ph.length)
            var port: Int?
            if rest.first == 0x3A { port = HostSyntax.port(Substring(String(decoding: rest.dropFirst(), as: UTF8.self))) }
            if let def = ph.defaultValue, HostSyntax.isHostLike(def) {
                if HostSyntax.isLocal(String(def)) { return nil }
                return RawHost(host: String(def), port: port, offset: start + ph.defaultOffset)
            }
            return RawHost(host: "", port: port, offset: start, variable: ph.variable)
        }
        let (host, hostOffset, portText) = HostSyntax.splitHostPort(item)
        guard HostSyntax.isHostLike(host), !HostSyntax.isLocal(String(host)) else { return nil }
        let port = portText.flatMap { HostSyntax.port($0) }
        return RawHost(host: String(host), port: port, offset: start + hostOffset)
    }

    private static func isSchemeByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x2B || b == 0x2E || b == 0x2D || b == 0x3A
    }

    private static let oracleThin = Array("jdbc:oracle:thin:".utf8)
    private static func matchesOracleThin(_ u: [UInt8], at i: Int) -> Bool {
        let s = i - oracleThin.count
        guard s >= 0 else { return false }
        for k in 0..<oracleThin.count where SourceText.lower(u[s + k]) != oracleThin[k] { return false }
        return true
    }
}
