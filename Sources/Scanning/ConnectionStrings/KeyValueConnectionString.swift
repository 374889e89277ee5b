import ResidencyCore

/// Connection strings made of `key=value` pairs: ADO.NET / Npgsql / MySqlConnector
/// (`Server=tcp:db.example.no,1433;Database=orders;…`, `Host=pg;Port=5432;…`) and libpq
/// (`host=pg.example.no port=5432 dbname=orders`).
public enum KeyValueConnectionString {
    static let hostKeys: Set<String> = [
        "server", "data source", "datasource", "host", "hostname", "address", "addr",
        "network address", "hostaddr",
    ]

    public static func matches(in value: Substring) -> [HostMatch] {
        let u = Array(value.utf8)
        guard u.contains(0x3D) else { return [] }
        let semicolon = u.contains(0x3B)
        let pairs = split(u, separator: semicolon ? 0x3B : 0x20)
        var hostPair: (value: Substring, offset: Int, key: String)?
        var port: Int?
        var ports: [Int?] = []
        var keys = Set<String>()
        for p in pairs {
            keys.insert(p.key)
            if hostKeys.contains(p.key), hostPair == nil { hostPair = (p.value, p.valueOffset, p.key) }
            if p.key == "port" {
                // libpq: one port, or one per host (`port=5432,5433`).
                ports = p.value.split(separator: ",", omittingEmptySubsequences: false).map { HostSyntax.port($0) }
                port = ports.count == 1 ? ports[0] : nil
            }
        }
        guard let hp = hostPair else { return [] }
        // Only a real connection string: another connection key must stand beside the host.
        let companions: Set<String> = [
            "database", "initial catalog", "dbname", "port", "user id", "uid", "user",
            "username", "password", "pwd", "sslmode", "encrypt", "trusted_connection",
            "integrated security", "ssl mode", "connect timeout",
        ]
        guard !keys.isDisjoint(with: companions) else { return [] }
        var text = hp.value
        var offset = hp.offset
        for prefix in ["tcp:", "np:", "lpc:"] where text.lowercased().hasPrefix(prefix) {
            text = text.dropFirst(prefix.count)
            offset += prefix.count
        }
        // `host,1433` (SQL Server) or `host:port`; libpq also allows comma lists of hosts.
        var out: [HostMatch] = []
        var itemOffset = offset
        let items = text.split(separator: ",", omittingEmptySubsequences: false)
        let sqlServerPort = items.count == 2 ? HostSyntax.port(items[1]) : nil
        let listItems = sqlServerPort != nil ? [items[0]] : items
        for (index, whole) in listItems.enumerated() {
            // SQL Server named instances: `host\INSTANCE` connects to `host`.
            let item = whole.split(separator: "\\", maxSplits: 1, omittingEmptySubsequences: false).first ?? whole
            let (host, hostOffset, portText) = HostSyntax.splitHostPort(item)
            let listPort = ports.count == listItems.count ? ports[index] : nil
            defer { itemOffset += whole.utf8.count + 1 }
            if let ph = Placeholder.match(at: item) {
                out.append(
                    HostMatch(host: "", port: port, scheme: "", kind: .other, offset: itemOffset, variable: ph.variable)
                )
                continue
            }
            guard HostSyntax.isHostLike(host), !HostSyntax.isLocal(String(host)) else { continue }
            let p = sqlServerPort ?? portText.flatMap { HostSyntax.port($0) } ?? listPort ?? port
            out.append(
                HostMatch(
                    host: host.lowercased(), port: p, scheme: "", kind: .other, offset: itemOffset + hostOffset,
                    explicitPort: p != nil))
        }
        // Which product: the port says most, then the keys each driver uses.
        let kind: EndpointKind
        let scheme: String
        let anyPort = out.first?.port
        if let p = anyPort, let k = KindHints.kind(forPort: p) {
            kind = k
        } else if !semicolon || keys.contains("dbname") || keys.contains("sslmode") || hp.key == "host"
            || keys.contains("username")
        {
            // `Username` is Npgsql's keyword (https://www.npgsql.org/doc/connection-string-parameters.html);
            // SqlClient spells it `User ID` / `UID`, so `Server=db;Username=…` is PostgreSQL, not SQL Server.
            kind = .postgres
        } else if keys.contains("uid") && keys.contains("pwd") && !keys.contains("initial catalog") {
            kind = .mysql
        } else {
            kind = .mssql
        }
        scheme = semicolon ? (kind == .postgres ? "npgsql" : kind == .mssql ? "sqlserver" : kind.rawValue) : "libpq"
        return out.map { m in
            var m = m
            m.kind = kind
            m.scheme = scheme
            if m.port == nil { m.port = kind.defaultPort }
            return m
        }
    }

    struct Pair {
        var key: String
        var value: Substring
        var valueOffset: Int
    }

    static func split(_ u: [UInt8], separator: UInt8) -> [Pair] {
        var out: [Pair] = []
        var start = 0
        var i = 0
        while i <= u.count {
            if i == u.count || u[i] == separator {
                if let eq = u[start..<i].firstIndex(of: 0x3D) {
                    let key = String(decoding: u[start..<eq], as: UTF8.self).trimmingWhitespace().lowercased()
                    var vs = eq + 1
                    var ve = i
                    while vs < ve, u[vs] == 0x20 { vs += 1 }
                    while ve > vs, u[ve - 1] == 0x20 || u[ve - 1] == 0x0D { ve -= 1 }
                    if vs < ve, u[vs] == 0x27 || u[vs] == 0x22, u[ve - 1] == u[vs], ve - vs >= 2 {
                        vs += 1
                        ve -= 1
                    }
                    out.append(
                        Pair(key: key, value: Substring(String(decoding: u[vs..<ve], as: UTF8.self)), valueOffset: vs))
                }
                start = i + 1
            }
            i += 1
        }
        return out
    }
}
