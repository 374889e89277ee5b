/// A gateway route: requests for `server`/`path` are passed to `upstream`. The service graph
/// starts here, and the connection-reuse rule reads the proxy settings that apply to it.
public struct ProxyRoute: Hashable, Sendable, Codable, Comparable {
    /// The first `server_name` of the enclosing server block, or `_` when it has none.
    public var server: String
    /// The `location` pattern, or `/` when the directive is at server level.
    public var path: String
    /// The upstream block's name, or `host:port` when the pass target names a host directly.
    public var upstream: String
    /// `proxy_pass`, `grpc_pass`, `fastcgi_pass`, `uwsgi_pass` or `memcached_pass`.
    public var directive: String
    /// The scheme of the pass target (`http`, `https`, `grpc`, `grpcs`…).
    public var scheme: String
    /// `proxy_http_version 1.1` applies to this location (inherited from server/http level).
    public var http11: Bool
    /// `proxy_set_header Connection ""` applies to this location.
    public var clearsConnectionHeader: Bool
    /// `proxy_http_version 1.0` is written (applies here): a downgrade whatever nginx's default.
    public var downgradesToHTTP10: Bool
    /// `proxy_set_header Connection close` applies: every upstream connection is closed.
    public var sendsConnectionClose: Bool
    public var location: SourceLocation

    public init(
        server: String, path: String, upstream: String, directive: String, scheme: String,
        http11: Bool, clearsConnectionHeader: Bool, downgradesToHTTP10: Bool = false,
        sendsConnectionClose: Bool = false, location: SourceLocation
    ) {
        self.downgradesToHTTP10 = downgradesToHTTP10
        self.sendsConnectionClose = sendsConnectionClose
        self.server = server
        self.path = path
        self.upstream = upstream
        self.directive = directive
        self.scheme = scheme
        self.http11 = http11
        self.clearsConnectionHeader = clearsConnectionHeader
        self.location = location
    }

    public static func < (lhs: ProxyRoute, rhs: ProxyRoute) -> Bool {
        lhs.location != rhs.location ? lhs.location < rhs.location : lhs.upstream < rhs.upstream
    }
}
