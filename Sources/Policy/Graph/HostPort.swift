/// A `host:port` as nginx `server` lines and pass targets write it (`[2001:db8::1]:80`,
/// `user-service.shop.svc.cluster.local:80`, `backend`). `unix:` sockets are not hosts.
struct HostPort: Hashable, Sendable {
    var host: String
    var port: Int?

    init?(_ text: String) {
        var t = Substring(text.lowercased())
        if t.hasPrefix("unix:") || t.isEmpty || t.contains("$") { return nil }
        if let scheme = t.range(of: "://") { t = t[scheme.upperBound...] }
        if let slash = t.firstIndex(of: "/") { t = t[..<slash] }
        if t.hasPrefix("["), let close = t.firstIndex(of: "]") {
            host = String(t[t.index(after: t.startIndex)..<close])
            let rest = t[t.index(after: close)...]
            port = rest.hasPrefix(":") ? Int(rest.dropFirst()) : nil
        } else if t.filter({ $0 == ":" }).count == 1, let colon = t.firstIndex(of: ":") {
            host = String(t[..<colon])
            port = Int(t[t.index(after: colon)...])
        } else {
            host = String(t)
            port = nil
        }
        if host.hasSuffix(".") { host.removeLast() }
        if host.isEmpty { return nil }
    }
}
