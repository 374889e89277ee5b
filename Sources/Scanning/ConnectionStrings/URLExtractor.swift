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
            if u[i] == 0x3A, u[i + 1] == 0x2F, u[i + 2] == 0x2F {  // "://"
                var s = i
                while s > 0, isSchemeByte(u[s - 1]) { s -= 1 }
                let schemeText = String(decoding: u[s..<i], as: UTF8.self).lowercased()
                let authorityStart = i + 3
                if let scheme = normalise(schemeText), let service = bucketSchemes[scheme] {
                    // `s3://bucket/key`: the authority names a bucket, never a host. The request
                    // goes to the `endpoint=` the URL gives (MinIO, Ceph), else the provider's.
                    let (hosts, end) = authority(u, from: authorityStart, jdbc: false)
                    let (endpoint, endpointEnd) = bucketEndpoint(u, from: end)
                    if let endpoint {
                        out.append(make(endpoint, scheme: "s3", entry: (.s3, 443, true)))
                    } else if allowHTTP, let bucket = hosts.first, bucket.variable == nil {
                        // Only where a key holds the URL: `gs://bucket` in a README is documentation.
                        out.append(
                            HostMatch(
                                host: service, port: 443, scheme: "s3", kind: .s3, tls: true, offset: bucket.offset))
                    }
                    i = max(endpointEnd, i + 3)
                    continue
                }
                if let scheme = normalise(schemeText), let entry = lookup(scheme),
                    allowHTTP || (entry.kind != .http)
                {
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
            if u[i] == 0x28, matchesCaseInsensitive(u, at: i, "(description=") {  // Oracle TNS descriptor
                let (hosts, end) = tnsDescriptor(u, from: i)
                let entry = SchemeTable.lookup("oracle")!
                for h in hosts { out.append(make(h, scheme: "oracle", entry: entry)) }
                i = max(end, i + 1)
                continue
            }
            if u[i] == 0x40, i >= 16, matchesOracleThin(u, at: i) {  // jdbc:oracle:thin:[user/pass]@
                var start = i + 1
                if start < u.count, u[start] == 0x28 {
                    i = start
                    continue
                }  // @(DESCRIPTION=…)
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

    private static func make(
        _ h: RawHost, scheme: String, entry: (kind: EndpointKind, port: Int?, tls: Bool)
    ) -> HostMatch {
        if let variable = h.variable {
            return HostMatch(
                host: "", port: h.port ?? entry.port, scheme: scheme, kind: entry.kind, tls: entry.tls,
                offset: h.offset, variable: variable)
        }
        return HostMatch(
            host: h.host.lowercased(), port: h.port ?? entry.port, scheme: scheme, kind: entry.kind,
            tls: entry.tls, offset: h.offset, explicitPort: h.port != nil)
    }

    /// The scheme's entry; SQLAlchemy's `dialect+driver` (`postgresql+asyncpg`, `mysql+pymysql`)
    /// falls back to the dialect.
    /// Object-store URL schemes whose authority is a bucket, with the service a bare bucket URL
    /// goes to (the SDKs' default endpoints).
    static let bucketSchemes: [String: String] = [
        "s3": "s3.amazonaws.com", "s3a": "s3.amazonaws.com", "s3n": "s3.amazonaws.com",
        "gs": "storage.googleapis.com", "gcs": "storage.googleapis.com",
    ]

    /// `?endpoint=host:port` or `&endpoint_url=http://host:port` after a bucket URL's authority:
    /// the host, and where the URL ends.
    static func bucketEndpoint(_ u: [UInt8], from: Int) -> (RawHost?, Int) {
        var end = from
        while end < u.count, u[end] != 0x20, u[end] != 0x22, u[end] != 0x27, u[end] != 0x2C { end += 1 }
        guard let q = u[from..<end].firstIndex(of: 0x3F) else { return (nil, end) }
        var i = q + 1
        while i < end {
            var e = i
            while e < end, u[e] != 0x26 { e += 1 }
            if let eq = u[i..<e].firstIndex(of: 0x3D) {
                let name = String(decoding: u[i..<eq], as: UTF8.self).lowercased()
                if name == "endpoint" || name == "endpoint_url" || name == "endpointurl" {
                    var v = eq + 1
                    if let sep = u[v..<e].firstIndex(of: 0x3A), sep + 2 < e, u[sep + 1] == 0x2F, u[sep + 2] == 0x2F {
                        v = sep + 3
                    }
                    let (hosts, _) = authority(u, from: v, jdbc: false)
                    return (hosts.first, end)
                }
            }
            i = e + 1
        }
        return (nil, end)
    }

    static func lookup(_ scheme: String) -> (kind: EndpointKind, port: Int?, tls: Bool)? {
        if let e = SchemeTable.lookup(scheme) { return e }
        // Spring Cloud Gateway / LoadBalancer `lb://service-id`: an HTTP upstream by service name.
        if scheme == "lb" { return (.http, nil, false) }
        // Directories hold personal data too (RFC 4516 LDAP URLs; ports per IANA).
        if scheme == "ldap" { return (.other, 389, false) }
        if scheme == "ldaps" { return (.other, 636, true) }
        guard let plus = scheme.firstIndex(of: "+") else { return nil }
        return SchemeTable.lookup(String(scheme[..<plus]))
    }

    /// `jdbc:postgresql` → `postgresql`; `jdbc:mysql:loadbalance` → `mysql`; `x:https` → `https`.
    static func normalise(_ scheme: String) -> String? {
        // Most schemes have no colon: the split below would give the scheme itself.
        if !scheme.utf8.contains(0x3A) { return scheme.isEmpty || scheme == "jdbc" ? nil : scheme }
        var parts = scheme.split(separator: ":").map(String.init)
        if parts.first == "jdbc" {
            parts.removeFirst()
            return parts.first.map { $0 == "jtds" ? "sqlserver" : $0 }
        }
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
            if b == 0x7B || (b == 0x28 && end > from && u[end - 1] == 0x24) {
                depth += 1
            } else if (b == 0x7D || b == 0x29) && depth > 0 {
                depth -= 1
            } else if b == 0x5B {
                bracket = true
            } else if b == 0x5D {
                bracket = false
            } else if depth == 0 && !bracket {
                if b == 0x2F || b == 0x3F || b == 0x23 || b <= 0x20 || b == 0x22 || b == 0x27 || b == 0x3C || b == 0x3E
                    || b == 0x60 || b == 0x5C || b == 0x29 || b == 0x7D || b == 0x5D
                {
                    break
                }
                if jdbc && b == 0x3B { break }
                // `nats://a:4222,nats://b:4222`: a comma followed by a scheme starts the next URL.
                if b == 0x2C, startsURL(u, at: end + 1) { break }
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
            if b == 0x7B || b == 0x28 {
                depth += 1
            } else if (b == 0x7D || b == 0x29) && depth > 0 {
                depth -= 1
            } else if b == 0x5B {
                bracket = true
            } else if b == 0x5D {
                bracket = false
            }
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
            if rest.first == 0x3A {
                port = HostSyntax.port(Substring(String(decoding: rest.dropFirst(), as: UTF8.self)))
            }
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
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || (b >= 0x30 && b <= 0x39) || b == 0x2B || b == 0x2E
            || b == 0x2D || b == 0x3A
    }

    private static let oracleThin = "jdbc:oracle:thin:"

    /// `jdbc:oracle:thin:@` or `jdbc:oracle:thin:scott/tiger@` ends at the '@' at `i`.
    private static func matchesOracleThin(_ u: [UInt8], at i: Int) -> Bool {
        var s = i
        // Credentials between the prefix and '@' hold no space, quote or second '@'.
        while s > 0, i - s < 256, u[s - 1] != 0x20, u[s - 1] != 0x22, u[s - 1] != 0x27, u[s - 1] != 0x40 {
            s -= 1
            if u[s] == 0x3A, s + 1 - oracleThin.utf8.count >= 0,
                matchesCaseInsensitive(u, at: s + 1 - oracleThin.utf8.count, oracleThin)
            {
                return true
            }
        }
        return false
    }

    private static func matchesCaseInsensitive(_ u: [UInt8], at i: Int, _ word: String) -> Bool {
        let w = Array(word.utf8)
        guard i >= 0, i + w.count <= u.count else { return false }
        for k in 0..<w.count where SourceText.lower(u[i + k]) != w[k] { return false }
        return true
    }

    /// Whether `scheme://` starts at `i`.
    private static func startsURL(_ u: [UInt8], at i: Int) -> Bool {
        var j = i
        while j < u.count, j - i < 32, isSchemeByte(u[j]), u[j] != 0x3A { j += 1 }
        return j > i && j + 2 < u.count && u[j] == 0x3A && u[j + 1] == 0x2F && u[j + 2] == 0x2F
    }

    /// `(DESCRIPTION=(ADDRESS_LIST=(ADDRESS=(PROTOCOL=TCP)(HOST=h)(PORT=1521))…)(CONNECT_DATA=…))`:
    /// every `HOST=` with the `PORT=` of the same address. Returns the hosts and the offset after
    /// the descriptor's closing parenthesis.
    static func tnsDescriptor(_ u: [UInt8], from: Int) -> ([RawHost], Int) {
        var depth = 0
        var end = from
        while end < u.count {
            if u[end] == 0x28 {
                depth += 1
            } else if u[end] == 0x29 {
                depth -= 1
                if depth == 0 {
                    end += 1
                    break
                }
            }
            end += 1
        }
        var hosts: [RawHost] = []
        var i = from
        while i < end {
            if u[i] == 0x28, matchesCaseInsensitive(u, at: i + 1, "host") {
                var j = i + 5
                while j < end, u[j] == 0x20 { j += 1 }
                guard j < end, u[j] == 0x3D else {
                    i += 1
                    continue
                }
                j += 1
                while j < end, u[j] == 0x20 { j += 1 }
                let hs = j
                while j < end, u[j] != 0x29, u[j] != 0x20 { j += 1 }
                let host = Substring(String(decoding: u[hs..<j], as: UTF8.self))
                // The port belongs to the same ADDRESS group: before the group's closing ')'.
                var port: Int?
                var k = j
                var d = 0
                while k < end {
                    if u[k] == 0x28 {
                        d += 1
                    } else if u[k] == 0x29 {
                        d -= 1
                        if d < -1 { break }
                    }
                    if u[k] == 0x28, matchesCaseInsensitive(u, at: k + 1, "port") {
                        var p = k + 5
                        while p < end, u[p] == 0x20 || u[p] == 0x3D { p += 1 }
                        let ps = p
                        while p < end, u[p] >= 0x30, u[p] <= 0x39 { p += 1 }
                        port = HostSyntax.port(Substring(String(decoding: u[ps..<p], as: UTF8.self)))
                        break
                    }
                    k += 1
                }
                if HostSyntax.isHostLike(host), !HostSyntax.isLocal(String(host)) {
                    hosts.append(RawHost(host: String(host), port: port, offset: hs))
                }
                i = j
                continue
            }
            i += 1
        }
        return (hosts, end)
    }
}
