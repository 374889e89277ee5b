/// What applies at one level of the configuration as nginx inherits it: the enclosing server and
/// location, and the proxy settings that decide whether upstream connections are reused.
///
/// `proxy_http_version` and `fastcgi_keep_conn` are plain directives: the innermost level that
/// sets one wins. `proxy_set_header` is an array directive: a level inherits the headers of the
/// level above only if it defines none of its own (ngx_http_proxy_merge_headers).
struct NginxScope {
    var server: String?
    var location: String?
    var stream = false
    var http11 = false
    var clearsConnectionHeader = false
    /// `proxy_http_version 1.0` written explicitly (not merely nginx's old default).
    var http10 = false
    /// `proxy_set_header Connection close`.
    var connectionClose = false
    var fastcgiKeepConn = false

    /// This scope as seen inside a block whose direct content is `children`.
    func entering(_ node: NginxNode) -> NginxScope {
        var s = self
        let children = node.children ?? []
        switch node.name {
        case "stream": s.stream = true
        case "server":
            s.location = nil
            if !s.stream {
                let names = children.first { $0.name == "server_name" }?.args.map(\.value).filter { !$0.isEmpty } ?? []
                s.server = names.first ?? "_"
            } else {
                s.server = nil
            }
        case "location":
            s.location = node.args.map(\.value).joined(separator: " ")
        default: break
        }
        s.apply(children)
        return s
    }

    /// Applies the settings written directly at this level.
    mutating func apply(_ children: [NginxNode]) {
        var headers: [NginxNode] = []
        for c in children {
            switch c.name {
            case "proxy_http_version":
                http11 = c.args.first?.value == "1.1"
                http10 = c.args.first?.value == "1.0"
            case "fastcgi_keep_conn": fastcgiKeepConn = c.args.first?.value.lowercased() == "on"
            case "proxy_set_header": headers.append(c)
            default: break
            }
        }
        if !headers.isEmpty {
            clearsConnectionHeader = headers.contains { h in
                h.args.count >= 2 && h.args[0].value.lowercased() == "connection" && h.args[1].value.isEmpty
            }
            connectionClose = headers.contains { h in
                h.args.count >= 2 && h.args[0].value.lowercased() == "connection"
                    && h.args[1].value.lowercased() == "close"
            }
        }
    }

    /// `nginx server api.example.no location /v1/orders proxy_pass`.
    func context(_ directive: String) -> String {
        if stream { return "nginx stream server \(directive)" }
        var s = "nginx server \(server ?? "_")"
        if let location { s += " location \(location)" }
        return s + " " + directive
    }
}
