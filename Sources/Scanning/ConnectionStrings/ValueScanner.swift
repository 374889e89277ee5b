import ResidencyCore

/// Finds endpoints in configuration values: connection strings of every kind, host lists, and
/// host-like values of keys whose name says host/server/endpoint/url…, with `X_HOST` + `X_PORT`
/// pairs joined. Every format scanner hands its settings here, so they all agree.
public enum ValueScanner {
    /// Hosts in one value. `key` is nil for free text, where only connection strings count.
    public static func matches(in value: Substring, key: String?) -> [HostMatch] {
        matches(in: value, key: key, tokens: nil)
    }

    /// As `matches(in:key:)`, with the key's tokens when already split. They are split here only
    /// when needed: most settings hold no host, and their keys are never asked about.
    static func matches(in value: Substring, key: String?, tokens known: [String]?) -> [HostMatch] {
        lazy var tokens = known ?? key.map(KindHints.tokens) ?? []
        // Whether the key could name a host or an address at all, before splitting it into tokens.
        lazy var cues = key.map { KeyCues(key: $0) } ?? KeyCues()
        let isKeyed = key != nil
        // `${DB_URL:-postgres://db/x}`, `${CONN:-Server=sqldata;…}`: a whole-value placeholder
        // whose default is what the service gets when the variable is unset.
        if value.utf8.first == 0x24 || value.utf8.first == 0x7B, let ph = Placeholder.match(at: value),
            ph.length == value.utf8.count,
            let def = ph.defaultValue, !def.isEmpty
        {
            let inner = matches(in: def, key: key, tokens: known).filter { $0.variable == nil }
            if !inner.isEmpty {
                return inner.map { m in
                    var m = m
                    m.offset += ph.defaultOffset
                    return m
                }
            }
        }
        // One pass over the bytes decides which readers can find anything: a URL needs `:` (or
        // `(` for an Oracle descriptor, `@` for `oracle:thin`), a key=value string needs `=`.
        // Most settings (`true`, `8080`, `INFO`) are then dismissed without an allocation.
        var colonLike = false
        var equals = false
        for b in value.utf8 {
            if b == 0x3A || b == 0x28 || b == 0x40 { colonLike = true } else if b == 0x3D { equals = true }
        }
        var found = colonLike ? URLExtractor.matches(in: value, allowHTTP: isKeyed) : []
        if found.isEmpty, equals {
            found = KeyValueConnectionString.matches(in: value)
        }
        if found.isEmpty, let key, HostSyntax.mayHoldHost(value), cues.mayNameHost,
            KindHints.isHostKey(key, tokens: tokens)
        {
            found = hostList(in: value, key: key)
        }
        // `ROUTER_IP=192.168.178.1`, `PIHOLE_DNS_=172.20.0.2#5054;1.1.1.1`: a key naming an address
        // or a DNS server holds hosts only as IP literals.
        if found.isEmpty, let key, cues.mayNameAddress, KindHints.isAddressKey(tokens), isAddressList(value) {
            found = hostList(in: value, key: key)
        }
        // `FLINK_PROPERTIES=` followed by `jobmanager.rpc.address: flink-jobmanager` lines: a value
        // that is itself a small properties file is read line by line, each under its own key.
        if found.isEmpty, key != nil, value.utf8.contains(0x0A) {
            found = embeddedLines(in: value)
        }
        guard let key, !found.isEmpty else { return found }
        // The key's name refines what the URL alone says (`SENTRY_DSN` → telemetry, `CACHE_URL` → datastore).
        let keyKind = KindHints.kind(forKey: key, tokens: tokens)
        let keyRole = KindHints.role(forKey: key, tokens: tokens)
        return found.map { m in
            var m = m
            if m.kind == .other, let k = keyKind {
                m.kind = k
                if m.port == nil { m.port = k.defaultPort }
            }
            // Elasticsearch and S3-compatible stores speak HTTP: the key (or port 9200) says which.
            if m.kind == .http, let k = keyKind ?? m.port.flatMap(KindHints.kind(forPort:)),
                k == .elasticsearch || k == .s3
            {
                m.kind = k
            }
            if m.role == nil {
                if KindHints.isTelemetryHost(m.host) || keyRole == .telemetry {
                    m.role = .telemetry
                } else if m.kind == .other || m.kind == .http {
                    m.role = keyRole
                }
            }
            return m
        }
    }

    /// `key: value` and `key=value` lines of a multi-line value, each read under its own key.
    static func embeddedLines(in value: Substring) -> [HostMatch] {
        var out: [HostMatch] = []
        let u = Array(value.utf8)
        var start = 0
        while start < u.count {
            var end = start
            while end < u.count, u[end] != 0x0A { end += 1 }
            var i = start
            while i < end, u[i] == 0x20 || u[i] == 0x09 { i += 1 }
            let ks = i
            while i < end, u[i] != 0x3A, u[i] != 0x3D, u[i] != 0x20 { i += 1 }
            if i > ks, i < end, u[i] == 0x3A || u[i] == 0x3D {
                let key = String(decoding: u[ks..<i], as: UTF8.self)
                i += 1
                while i < end, u[i] == 0x20 || u[i] == 0x09 { i += 1 }
                var ve = end
                while ve > i, u[ve - 1] == 0x20 || u[ve - 1] == 0x0D { ve -= 1 }
                if ve > i {
                    let v = Substring(String(decoding: u[i..<ve], as: UTF8.self))
                    for var m in matches(in: v, key: key, tokens: nil) where !v.utf8.contains(0x0A) {
                        m.offset += i
                        out.append(m)
                    }
                }
            }
            start = end + 1
        }
        return out
    }

    /// IP literals separated by `,` `;` or blanks, each optionally with `:port` or dnsmasq's `#port`.
    static func isAddressList(_ value: Substring) -> Bool {
        let items = value.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " })
        return !items.isEmpty
            && items.allSatisfy { item in
                let address = item.split(separator: "#", maxSplits: 1).first ?? item
                if HostSyntax.isIPv6(address) { return true }
                return HostSyntax.isIPv4(address.split(separator: ":", maxSplits: 1).first ?? address)
            }
    }

    /// `host`, `host:port`, `h1:9092,h2:9092`, `h1 h2` for a host-bearing key; also `h1;h2`,
    /// ZooKeeper's `zoo1:2888:3888` (peer and election ports) with its `;2181` client port, Kafka
    /// KRaft's `1@broker:29093` controller voters and dnsmasq's `10.0.0.2#5353`.
    static func hostList(in value: Substring, key: String) -> [HostMatch] {
        // `${BROKERS:k0:9092,k1:9092}`, `${KAFKA:kafka:9092}`: a whole-value placeholder whose
        // default is itself a host list. A default naming no remote host (`localhost:9092`) leaves
        // the environment to decide: the placeholder is reported unresolved below.
        if let ph = Placeholder.match(at: value), ph.length == value.utf8.count, let def = ph.defaultValue {
            let inner = hostList(in: def, key: key).filter { $0.variable == nil }
            if !inner.isEmpty {
                return inner.map { m in
                    var m = m
                    m.offset += ph.defaultOffset
                    return m
                }
            }
        }
        let u = Array(value.utf8)
        if isSentence(u) { return [] }
        var out: [HostMatch] = []
        var start = 0
        let keyKind = KindHints.kind(forKey: key)
        var i = 0
        while i <= u.count {
            let b: UInt8 = i < u.count ? u[i] : 0x2C
            if b == 0x2C || b == 0x20 || b == 0x3B {
                if i > start {
                    let item = Substring(String(decoding: u[start..<i], as: UTF8.self))
                    if let ph = Placeholder.match(at: item) {
                        if let def = ph.defaultValue, HostSyntax.isHostLike(def) {
                            if !HostSyntax.isLocal(String(def)) {
                                let kind = keyKind ?? .other
                                out.append(
                                    HostMatch(
                                        host: def.lowercased(), port: kind.defaultPort, scheme: kind.rawValue,
                                        kind: kind, offset: start + ph.defaultOffset))
                            }
                        } else {
                            out.append(
                                HostMatch(
                                    host: "", port: nil, scheme: "", kind: keyKind ?? .other, offset: start,
                                    variable: ph.variable))
                        }
                    } else if item.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                        // ZooKeeper's `zoo1:2888:3888;2181`: the client port after the `;`.
                    } else {
                        // `PLAINTEXT://kafka-0:9092`, `SASL_SSL://…`, `ldap://…`, `tcp://docker:2376`: a
                        // scheme the URL table does not know still prefixes a host; a path may follow it.
                        var body = item
                        var bodyOffset = 0
                        // KRaft `1@broker:29093`: a node id before the controller's address.
                        if let at = item.firstIndex(of: "@"), item[..<at].allSatisfy(\.isASCIIDigit),
                            at != item.startIndex
                        {
                            body = item[item.index(after: at)...]
                            bodyOffset = item.utf8.distance(from: item.startIndex, to: body.startIndex)
                        }
                        // dnsmasq and Pi-hole write an IP literal's port after `#`.
                        if let hash = body.firstIndex(of: "#"),
                            HostSyntax.port(body[body.index(after: hash)...]) != nil,
                            HostSyntax.isIPv4(body[..<hash]) || HostSyntax.isIPv6(body[..<hash])
                        {
                            body = Substring(String(body[..<hash]) + ":" + body[body.index(after: hash)...])
                        }
                        if let sep = item.rangeOfBytes("://") {
                            // `unix://var/run/docker.sock`, `npipe://…`, `file://…`: local, not a host.
                            if Self.localSchemes.contains(item[..<sep.lowerBound].lowercased()) {
                                start = i + 1
                                i += 1
                                continue
                            }
                            body = item[sep.upperBound...]
                            bodyOffset = item.utf8.distance(from: item.startIndex, to: sep.upperBound)
                            if let slash = body.firstIndex(of: "/") { body = body[..<slash] }
                        }
                        var (host, hostOffset, portText) = HostSyntax.splitHostPort(body)
                        // ZooKeeper's `zoo1:2888:3888`: the peer port, then the election port.
                        if portText == nil, !HostSyntax.isIPv6(body), body.utf8.filter({ $0 == 0x3A }).count == 2 {
                            let parts = body.split(separator: ":", omittingEmptySubsequences: false)
                            if HostSyntax.port(parts[1]) != nil, HostSyntax.port(parts[2]) != nil {
                                (host, portText) = (parts[0], parts[1])
                            }
                        }
                        hostOffset += bodyOffset
                        // ZooKeeper's chroot (`zk1:2181,zk2:2181/kafka`) follows the last port.
                        if let p = portText, let slash = p.firstIndex(of: "/"), HostSyntax.port(p[..<slash]) != nil {
                            portText = p[..<slash]
                        }
                        // `ad:${AD_PORT}`, `db:{{ .Values.port }}`: the host is known, the port is not.
                        if let p = portText, let ph = Placeholder.match(at: p), ph.length == p.utf8.count {
                            portText = nil
                        }
                        if HostSyntax.isHostLike(host), !HostSyntax.isLocal(String(host)),
                            portText == nil || HostSyntax.port(portText!) != nil
                        {
                            let port = portText.flatMap { HostSyntax.port($0) }
                            let kind = keyKind ?? port.flatMap(KindHints.kind(forPort:)) ?? .other
                            out.append(
                                HostMatch(
                                    host: host.lowercased(), port: port ?? kind.defaultPort,
                                    scheme: kind == .other ? "" : kind.rawValue, kind: kind,
                                    offset: start + hostOffset, explicitPort: port != nil))
                        } else {
                            return []  // a value that is not a host list (a path, a sentence): nothing here
                        }
                    }
                }
                start = i + 1
            }
            i += 1
        }
        return out
    }

    /// Schemes of local sockets and files, which name no host.
    static let localSchemes: Set<String> = ["unix", "npipe", "file", "ipc"]

    /// `endpoint for your tennant`: words separated by spaces only, some of them plain words
    /// (no dot, colon, digit or placeholder), are a sentence written where a host belongs. A list
    /// separated by spaces names hosts that say so (`zk1 zk2`, `10.0.0.1 10.0.0.2`, `a.b c.d`).
    /// With commas too, three or more plain words (`Enter one or more LDAP hosts, separated by
    /// commas.`) are prose; `primary, replica` stays a list.
    static func isSentence(_ u: [UInt8]) -> Bool {
        guard u.contains(0x20) else { return false }
        let words = u.split(whereSeparator: { $0 == 0x20 || $0 == 0x2C || $0 == 0x3B })
        let plain = words.filter { word in
            !word.contains { $0 == 0x2E || $0 == 0x3A || $0 == 0x24 || $0 == 0x7B || ($0 >= 0x30 && $0 <= 0x39) }
                || word.last == 0x2E
                    && word.dropLast().allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x41 && $0 <= 0x5A) }
        }.count
        if u.contains(0x2C) || u.contains(0x3B) { return plain >= 3 }
        return words.count >= 2 && plain >= 1
    }

    /// Scans a file's settings: every value, then `X_HOST` + `X_PORT` pairs joined, then placed.
    public static func scan(_ entries: [ConfigEntry], in file: SourceFile) -> ScanOutput {
        var out = ScanOutput()
        // Ports by key prefix: DB_PORT → "db", spring.redis.port → "spring.redis". Only keys that
        // end in "port" (any case) can name one, so only those are split into tokens here.
        var ports: [String: Int] = [:]
        for e in entries {
            guard let key = e.key, endsInPort(key) else { continue }
            let t = KindHints.tokens(key)
            guard t.last == "port", let p = HostSyntax.port(Substring(e.value.trimmingWhitespace())) else { continue }
            ports[prefix(ofTokens: t)] = p
        }
        var positions = Positioner(file.text)
        // Entries looked for from one place (the words of one folded shell line) continue the
        // search where the previous one was found, so a host written twice gets both places.
        var searchedFrom: [Int: Int] = [:]
        for e in entries {
            var searchFrom: Int?
            if case .search(let from) = e.origin { searchFrom = searchedFrom[from] }
            defer { if case .search(let from) = e.origin, let s = searchFrom { searchedFrom[from] = s } }
            let found = matches(in: Substring(e.value), key: e.key, tokens: nil)
            let portPrefix = ports.isEmpty || found.isEmpty ? nil : e.key.map { prefix(ofTokens: KindHints.tokens($0)) }
            for var m in found {
                if let k = e.protocolKind, m.kind == .other || isBareHost(m) {
                    m.kind = k
                    m.scheme = k.rawValue
                    if m.port == nil { m.port = k.defaultPort }
                }
                if let portPrefix, !m.explicitPort, m.port == nil || isBareHost(m), let p = ports[portPrefix] {
                    m.port = p
                    if m.kind == .other, let k = KindHints.kind(forPort: p) {
                        m.kind = k
                        m.scheme = k.rawValue
                    }
                }
                if m.kind == .other, let p = m.port, let k = KindHints.kind(forPort: p) {
                    m.kind = k
                    if m.scheme.isEmpty { m.scheme = k.rawValue }
                }
                if m.kind == .other, let k = KindHints.kind(forHost: m.host) {
                    m.kind = k
                    if m.port == nil { m.port = k.defaultPort }
                    if m.scheme.isEmpty { m.scheme = k.rawValue }
                }
                let location = place(m, entry: e, in: file, positions: &positions, searchFrom: &searchFrom)
                if let variable = m.variable {
                    out.unresolved.append(
                        UnresolvedReference(
                            variable: variable, location: location,
                            kind: m.kind == .other ? nil : m.kind))
                } else {
                    out.references.append(
                        EndpointReference(
                            host: m.host, port: m.port, scheme: m.scheme.isEmpty ? m.kind.rawValue : m.scheme,
                            kind: m.kind, role: m.role, location: location, component: e.component, tls: m.tls))
                }
            }
        }
        return out
    }

    private static func isBareHost(_ m: HostMatch) -> Bool { m.scheme.isEmpty || m.scheme == m.kind.rawValue }

    /// Whether the key's last four characters spell "port" in any case.
    static func endsInPort(_ key: String) -> Bool {
        let u = key.utf8
        guard u.count >= 4 else { return false }
        return zip(u.suffix(4), "port".utf8).allSatisfy { $0 | 0x20 == $1 }
    }

    /// The key without its last token and separator: `DB_HOST` → `db`, `spring.redis.host` → `spring.redis`.
    static func prefix(ofTokens t: [String]) -> String { t.dropLast().joined(separator: ".") }

    /// The file position of a match.
    public static func place(_ m: HostMatch, entry e: ConfigEntry, in file: SourceFile) -> SourceLocation {
        var positions = Positioner(file.text)
        var searchFrom: Int?
        return place(m, entry: e, in: file, positions: &positions, searchFrom: &searchFrom)
    }

    /// As `place`, reusing line positions across matches, and searching a transformed value
    /// from after the previous match (a value naming one host twice gets both places).
    static func place(
        _ m: HostMatch, entry e: ConfigEntry, in file: SourceFile, positions: inout Positioner,
        searchFrom: inout Int?
    ) -> SourceLocation {
        func location(_ offset: Int) -> SourceLocation {
            let p = positions.position(ofByte: offset)
            return SourceLocation(path: file.path, line: p.line, column: p.column, context: e.context)
        }
        switch e.origin {
        case .verbatim(let offset):
            return location(offset + m.offset)
        case .search(let from):
            let needle =
                m.variable == nil
                ? m.host : String(e.value.utf8.dropFirst(m.offset).prefix(2).map { Character(Unicode.Scalar($0)) })
            let start = max(from, searchFrom ?? from)
            let at = file.text.find(needle, from: start) ?? file.text.find(needle, from: from) ?? from
            searchFrom = at + 1
            return location(at)
        case .fixed(let line, let column):
            return SourceLocation(path: file.path, line: line, column: column, context: e.context)
        }
    }
}
