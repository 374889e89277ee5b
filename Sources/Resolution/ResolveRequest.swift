import ConfigFiles

/// One host to resolve, as a user or a scanner wrote it: a name, an address (`[::1]`), or a URL
/// whose scheme matters (`mongodb+srv://` is an SRV lookup of `_mongodb._tcp.<host>`).
public struct ResolveRequest: Hashable, Sendable {
    /// The host as given (what `resolve` prints).
    public let original: String
    public let host: String
    /// `_mongodb._tcp` for `mongodb+srv://`, nil otherwise.
    public let srvPrefix: String?

    public init(host: String, srvPrefix: String? = nil) {
        self.original = srvPrefix.map { "\($0).\(host)" } ?? host
        self.host = host
        self.srvPrefix = srvPrefix
    }

    /// Accepts `host`, `host:port`, `[v6]:port`, and URLs (`scheme://user:pw@host:port/path`).
    public init(parsing text: String) {
        var rest = Substring(text.trimmedSpaces())
        var scheme: String?
        if let r = rest.range(of: "://") {
            scheme = rest[..<r.lowerBound].lowercased()
            rest = rest[r.upperBound...]
        }
        if let slash = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { rest = rest[..<slash] }
        if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
        if rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
            rest = rest[...close]
        } else if rest.filter({ $0 == ":" }).count == 1, let colon = rest.firstIndex(of: ":"),
            rest[rest.index(after: colon)...].allSatisfy(\.isNumber)
        {
            rest = rest[..<colon]
        }
        // mongodb+srv:// may list one host only; a comma list keeps the first.
        if let comma = rest.firstIndex(of: ",") { rest = rest[..<comma] }
        original = text
        host = String(rest)
        srvPrefix = scheme == "mongodb+srv" ? "_mongodb._tcp" : nil
    }
}
