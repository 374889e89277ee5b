import ResidencyCore

/// The exact nginx lines that make a route reuse its upstream connections, with the file and
/// line to put them at. Follows the ngx_http_upstream_module `keepalive` documentation: a pool
/// in the upstream block, HTTP/1.1 to the upstream, and no `Connection: close` header.
enum NginxReuseFix {
    /// Idle connections kept per worker: the nginx documentation's example value, plenty for
    /// one service behind a gateway.
    static let keepaliveConnections = 32

    /// With `keepAliveDefault` (nginx ≥ 1.29.7) the location lines are not needed.
    static func steps(_ c: RouteConnection, keepAliveDefault: Bool = false) -> [String] {
        var steps: [String] = []
        let route = c.route
        let at = "\(route.location.path):\(route.location.line)"
        if let u = c.upstream {
            if c.missingKeepalive {
                steps.append(
                    "\(u.location.path):\(u.location.line) — in `upstream \(u.name) { … }` add `keepalive \(keepaliveConnections);` (idle connections kept open per worker)."
                )
            }
        } else {
            let target = HostPort(route.upstream)
            let name = (target?.host.split(separator: ".").first.map(String.init) ?? "backend")
                .map { $0.isLetter || $0.isNumber ? $0 : "_" }
            let pool = String(name)
            let isName = target.map { h in !h.host.utf8.contains(UInt8(ascii: ":")) && h.host.contains { $0.isLetter } } ?? false
            let server = route.upstream + (isName ? " resolve" : "")
            steps.append(
                "\(at) — the pass target is not an upstream block, so nginx cannot pool its connections. Add `upstream \(pool) { zone \(pool) 64k; server \(server); keepalive \(keepaliveConnections); }` at http level"
                    + (isName
                        ? " (`resolve` re-resolves the name as the variable did: nginx ≥ 1.27.3, uses the `resolver` already set)"
                        : "")
                    + " and write `\(route.directive) \(route.scheme)://\(pool)…;` in `location \(route.path)`.")
        }
        if keepAliveDefault {
            var downgrades: [String] = []
            if route.downgradesToHTTP10 { downgrades.append("`proxy_http_version 1.0;`") }
            if route.sendsConnectionClose { downgrades.append("`proxy_set_header Connection close;`") }
            if !downgrades.isEmpty {
                steps.append(
                    "\(at) — in `location \(route.path) { … }` (or the level it inherits from) remove \(downgrades.joined(separator: " and ")): from 1.29.7 nginx keeps upstream connections alive unless told not to."
                )
            }
            return steps
        }
        var lines: [String] = []
        if c.missingHTTP11 { lines.append("`proxy_http_version 1.1;`") }
        if c.missingConnectionHeader { lines.append("`proxy_set_header Connection \"\";`") }
        if !lines.isEmpty {
            steps.append(
                "\(at) — in `location \(route.path) { … }` add \(lines.joined(separator: " and ")) (before 1.29.7 nginx speaks HTTP/1.0 with `Connection: close` to upstreams by default), or upgrade nginx to 1.29.7 or later (stable 1.30.0), where HTTP/1.1 keep-alive is the default."
            )
        }
        if c.missingConnectionHeader {
            steps.append(
                "Note: a `proxy_set_header` in a location replaces every one inherited from the server block; repeat there the ones it needs (Host, X-Forwarded-For, …)."
            )
        }
        return steps
    }
}
