/// What a pass directive, an upstream `server` or a `resolver` points at, read from one word.
enum NginxAddress: Equatable {
    /// A host (lowercase, IPv6 without brackets), its port if written, and the UTF-8 index of the
    /// host's first byte inside the word, for its line and column.
    case host(String, port: Int?, index: Int)
    /// `unix:/run/app.sock`: a socket on the same machine, never an endpoint.
    case unixSocket(String)
    /// The target is (or starts with) a variable: `$backend`, `${backend}:8080`, `$host$request_uri`.
    /// `name` is the first variable; `whole` is true when the authority is that variable alone
    /// (with an optional literal `:port`), so literal values of the variable can stand in for it.
    case variable(name: String, port: Int?, whole: Bool)
    /// Nothing usable (empty, malformed).
    case invalid

    /// Splits `scheme://authority/path` into scheme and authority. Schemes are lowercased;
    /// the authority is what follows, up to the first `/` (nginx passes the rest as the URI).
    static func splitURL(_ word: String) -> (scheme: String?, authority: Substring, authorityIndex: Int) {
        let s = Substring(word)
        var scheme: String?
        var rest = s
        var index = 0
        if let r = s.rangeOfBytes("://") {
            let sch = s[..<r.lowerBound]
            if !sch.isEmpty, sch.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" }) {
                scheme = sch.lowercased()
                rest = s[r.upperBound...]
                index = s.utf8.distance(from: s.startIndex, to: r.upperBound)
            }
        }
        if rest.lowercased().hasPrefix("unix:") { return (scheme, rest, index) }
        let end = rest.firstIndex(of: "/") ?? rest.endIndex
        return (scheme, rest[..<end], index)
    }

    /// Reads an authority (`host`, `host:port`, `[v6]:port`, `unix:/path`, `$var`, `$var:port`).
    static func parse(authority a: Substring, index: Int) -> NginxAddress {
        if a.isEmpty { return .invalid }
        // ASCII case-insensitive, as nginx compares it; no lowercased copy of every address.
        if a.utf8.prefix(5).elementsEqual("unix:".utf8, by: { ($0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0) == $1 }) {
            // `unix:/path:/uri` in proxy_pass: the socket path ends at the next colon.
            let path = a.dropFirst(5)
            return .unixSocket("unix:" + (path.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""))
        }
        if a.utf8.first == 0x24 {
            var nameEnd = a.index(after: a.startIndex)
            var name: Substring
            if nameEnd < a.endIndex, a[nameEnd] == "{" {
                guard let close = a[nameEnd...].firstIndex(of: "}") else { return .invalid }
                name = a[a.index(after: nameEnd)..<close]
                nameEnd = a.index(after: close)
            } else {
                while nameEnd < a.endIndex, a[nameEnd].isLetter || a[nameEnd].isNumber || a[nameEnd] == "_" {
                    nameEnd = a.index(after: nameEnd)
                }
                name = a[a.index(after: a.startIndex)..<nameEnd]
            }
            guard !name.isEmpty else { return .invalid }
            let rest = a[nameEnd...]
            if rest.isEmpty { return .variable(name: String(name), port: nil, whole: true) }
            if rest.hasPrefix(":"), let p = HostSyntax.port(rest.dropFirst()) {
                return .variable(name: String(name), port: p, whole: true)
            }
            return .variable(name: String(name), port: nil, whole: false)
        }
        // On bytes: a search by Character compared every character of every address as a string.
        if let dollar = a.utf8.firstIndex(of: 0x24) {
            // A literal prefix followed by a variable (`api.$region.example.no`): unknown host.
            var nameEnd = a.index(after: dollar)
            if nameEnd < a.endIndex, a[nameEnd] == "{" { nameEnd = a.index(after: nameEnd) }
            let start = nameEnd
            while nameEnd < a.endIndex, a[nameEnd].isLetter || a[nameEnd].isNumber || a[nameEnd] == "_" {
                nameEnd = a.index(after: nameEnd)
            }
            let name = a[start..<nameEnd]
            return name.isEmpty ? .invalid : .variable(name: String(name), port: nil, whole: false)
        }
        let split = HostSyntax.splitHostPort(a)
        guard !split.host.isEmpty else { return .invalid }
        var port: Int?
        if let text = split.portText {
            guard let p = HostSyntax.port(text) else { return .invalid }
            port = p
        }
        let host = split.host.lowercased()
        guard HostSyntax.isHostLike(Substring(host)) || HostSyntax.isIPv6(Substring(host)) else { return .invalid }
        return .host(host, port: port, index: index + split.hostOffset)
    }

    /// Host and port as nginx would print them: `host:port`, `[v6]:port`.
    static func display(_ host: String, _ port: Int?) -> String {
        // A byte test: `String.contains` with a string literal went through NSString.
        let h = host.utf8.contains(0x3A) ? "[\(host)]" : host
        return port.map { "\(h):\($0)" } ?? h
    }
}
