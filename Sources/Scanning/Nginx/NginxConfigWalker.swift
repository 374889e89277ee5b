import ResidencyCore

/// Reads one expanded configuration (a root file with its includes in place) and reports its
/// endpoints, routes and upstream blocks. Two passes: the first learns the upstream block names
/// and the literal values of variables (`set`, `map`), the second follows every pass directive.
struct NginxConfigWalker {
    private(set) var output = ScanOutput()
    private var upstreamBlocks: [(node: NginxNode, stream: Bool)] = []
    private var upstreamNames: Set<String> = []
    /// Upstream block keys defined in files this configuration does not include.
    private var otherUpstreams: Set<String> = []
    /// Literal values a variable can take, where each is written.
    private var values: [String: [(node: NginxNode, token: NginxToken)]] = [:]
    /// How each upstream block is used (`stream:`/`http:` + name), for the kind of its servers.
    private var uses: [String: Set<Use>] = [:]

    struct Use: Hashable {
        let kind: EndpointKind
        let scheme: String
        let tls: Bool
    }

    static let passDirectives: Set<String> = [
        "proxy_pass", "grpc_pass", "fastcgi_pass", "uwsgi_pass", "scgi_pass", "memcached_pass",
    ]
    /// Blocks whose content is not directives of the http/stream/server kind.
    static let opaqueBlocks: Set<String> = ["upstream", "map", "types", "geo", "split_clients", "match", "charset_map"]

    static func walk(_ nodes: [NginxNode], knownUpstreams: Set<String> = []) -> ScanOutput {
        var w = NginxConfigWalker()
        w.otherUpstreams = knownUpstreams
        w.collect(nodes, stream: false, depth: 0)
        var top = NginxScope()
        top.apply(nodes)
        w.follow(nodes, scope: top, depth: 0)
        w.emitUpstreams()
        return w.output
    }

    // MARK: pass 1

    private mutating func collect(_ nodes: [NginxNode], stream: Bool, depth: Int) {
        for n in nodes {
            switch n.name {
            case "upstream":
                if n.children != nil, let name = n.args.first?.value {
                    upstreamBlocks.append((n, stream))
                    upstreamNames.insert(Self.key(name, stream: stream))
                }
                continue
            case "set":
                if n.args.count >= 2, let v = Self.variableName(n.args[0].value) { addValue(v, n, n.args[1]) }
            case "map", "split_clients", "geo":
                // The variable a block defines is its last argument (`geo` may omit the source).
                if n.args.count >= 1, let v = n.args.last.flatMap({ Self.variableName($0.value) }),
                    let entries = n.children
                {
                    let keywords: Set<String> = [
                        "hostnames", "volatile", "ranges", "delete", "proxy", "proxy_recursive",
                    ]
                    for e in entries where e.args.count >= 1 && !keywords.contains(e.name) {
                        addValue(v, e, e.args[0])
                    }
                }
                continue
            default: break
            }
            if let children = n.children { collect(children, stream: stream || n.name == "stream", depth: depth + 1) }
        }
    }

    private mutating func addValue(_ variable: String, _ node: NginxNode, _ token: NginxToken) {
        guard !token.value.isEmpty, !token.value.utf8.contains(UInt8(ascii: "$")) else { return }
        values[variable, default: []].append((node, token))
    }

    static func variableName(_ word: String) -> String? {
        guard word.hasPrefix("$") else { return nil }
        var v = word.dropFirst()
        if v.hasPrefix("{"), v.hasSuffix("}") { v = v.dropFirst().dropLast() }
        return v.isEmpty ? nil : String(v)
    }

    static func key(_ name: String, stream: Bool) -> String { (stream ? "stream:" : "http:") + name }

    /// The keys of every upstream block in a parsed file (includes not followed).
    static func upstreamNames(_ directives: [NginxDirective], into names: inout Set<String>) {
        var stack = directives.map { ($0, false) }
        while let (d, stream) = stack.popLast() {
            if d.nameText == "upstream", d.block != nil, let name = d.args.first?.value {
                names.insert(key(name, stream: stream))
                continue
            }
            if let b = d.block { stack += b.map { ($0, stream || d.nameText == "stream") } }
        }
    }

    // MARK: pass 2

    private mutating func follow(_ nodes: [NginxNode], scope: NginxScope, depth: Int) {
        for n in nodes {
            if let children = n.children {
                guard !Self.opaqueBlocks.contains(n.name) else { continue }
                follow(children, scope: scope.entering(n), depth: depth + 1)
                continue
            }
            if Self.passDirectives.contains(n.name), let arg = n.args.first {
                pass(n, arg, scope: scope)
            } else if n.name == "resolver" {
                resolver(n, scope: scope)
            }
        }
    }

    /// What a pass directive implies about the far end when the word does not say.
    private func protocolOf(_ directive: String, scheme: String?, stream: Bool, port: Int?) -> (Use, defaultPort: Int?)
    {
        switch directive {
        case "proxy_pass" where stream:
            let guessed = port.flatMap(Self.kind(ofPort:)) ?? .other
            return (Use(kind: guessed, scheme: "tcp", tls: false), nil)
        case "proxy_pass":
            let tls = scheme == "https"
            return (Use(kind: .http, scheme: tls ? "https" : "http", tls: tls), tls ? 443 : 80)
        case "grpc_pass":
            let tls = scheme == "grpcs"
            return (Use(kind: .grpc, scheme: tls ? "grpcs" : "grpc", tls: tls), tls ? 443 : 80)
        case "memcached_pass":
            return (Use(kind: .memcached, scheme: "memcached", tls: false), 11211)
        case "uwsgi_pass":
            let tls = scheme == "suwsgi"
            return (Use(kind: .other, scheme: tls ? "suwsgi" : "uwsgi", tls: tls), nil)
        case "scgi_pass":
            return (Use(kind: .other, scheme: "scgi", tls: false), nil)
        default:
            return (Use(kind: .other, scheme: "fastcgi", tls: false), nil)
        }
    }

    /// A TCP proxy in front of a datastore says what it is only by its port: the kinds' default
    /// ports (EndpointKind.defaultPort, from IANA and the products) name it; 80/443 say nothing.
    static func kind(ofPort port: Int) -> EndpointKind? {
        guard port != 80, port != 443 else { return nil }
        return EndpointKind.allCases.first { $0.defaultPort == port && $0 != .http && $0 != .grpc && $0 != .s3 }
    }

    /// Whether this pass directive reuses upstream connections given the settings in effect:
    /// proxy_pass needs HTTP/1.1 and an empty Connection header; fastcgi `fastcgi_keep_conn on`;
    /// gRPC (HTTP/2), memcached and TCP streams keep connections as they are; uwsgi and scgi close them.
    private func reuse(_ directive: String, _ scope: NginxScope) -> (http11: Bool, clears: Bool) {
        switch directive {
        case "proxy_pass" where scope.stream: return (true, true)
        case "proxy_pass": return (scope.http11, scope.clearsConnectionHeader)
        case "fastcgi_pass": return (scope.fastcgiKeepConn, scope.fastcgiKeepConn)
        case "grpc_pass", "memcached_pass": return (true, true)
        default: return (false, false)
        }
    }

    private mutating func pass(_ n: NginxNode, _ arg: NginxToken, scope: NginxScope) {
        let word = arg.value
        let context = scope.context(n.name)
        let component = scope.server.flatMap { $0 == "_" ? nil : $0 }
        if let (name, start, end) = Self.firstVariable(in: word) {
            var scheme = NginxAddress.splitURL(word).scheme
            if word.hasPrefix("$"), word.hasInfix("://") { scheme = nil }
            let candidates = values[name] ?? []
            if candidates.isEmpty {
                output.unresolved.append(
                    UnresolvedReference(
                        variable: name, location: n.location(arg, valueByte: start, context: context),
                        kind: protocolOf(n.name, scheme: scheme, stream: scope.stream, port: nil).0.kind))
                return
            }
            let prefix = String(decoding: Array(word.utf8)[..<start], as: UTF8.self)
            let suffix = String(decoding: Array(word.utf8)[end...], as: UTF8.self)
            for (vnode, vtoken) in candidates {
                let substituted = prefix + vtoken.value + suffix
                target(substituted, directive: n, scope: scope, context: context + " $\(name)", component: component) {
                    index in
                    let inValue = index - prefix.utf8.count
                    if inValue >= 0, inValue < vtoken.value.utf8.count {
                        return vnode.location(vtoken, valueByte: inValue, context: context + " $\(name)")
                    }
                    return n.location(arg, context: context)
                }
            }
            return
        }
        target(word, directive: n, scope: scope, context: context, component: component) { index in
            n.location(arg, valueByte: index, context: context)
        }
    }

    /// Reports one pass target: a route, and an endpoint unless it names an upstream block or a socket.
    private mutating func target(
        _ word: String, directive n: NginxNode, scope: NginxScope, context: String,
        component: String?, place: (Int) -> SourceLocation
    ) {
        let split = NginxAddress.splitURL(word)
        let scheme = split.scheme
        let address = NginxAddress.parse(authority: split.authority, index: split.authorityIndex)
        let reuse = reuse(n.name, scope)
        func route(_ upstream: String, _ use: Use, _ at: SourceLocation) {
            output.routes.append(
                ProxyRoute(
                    server: scope.server ?? "_", path: scope.location ?? "/", upstream: upstream,
                    directive: n.name, scheme: use.scheme, http11: reuse.http11,
                    clearsConnectionHeader: reuse.clears,
                    downgradesToHTTP10: n.name == "proxy_pass" && !scope.stream && scope.http10,
                    sendsConnectionClose: n.name == "proxy_pass" && !scope.stream && scope.connectionClose,
                    location: at))
        }
        switch address {
        case .unixSocket(let path):
            let (use, _) = protocolOf(n.name, scheme: scheme, stream: scope.stream, port: nil)
            route(path, use, place(0))
        case .host(let host, let port, let index):
            let (use, defaultPort) = protocolOf(n.name, scheme: scheme, stream: scope.stream, port: port)
            let at = place(index)
            let blockKey = Self.key(host, stream: scope.stream)
            if port == nil, upstreamNames.contains(blockKey) || otherUpstreams.contains(blockKey) {
                uses[blockKey, default: []].insert(use)
                route(host, use, at)
                return
            }
            guard !["0.0.0.0", "::", "*"].contains(host) else { return }
            let p = port ?? defaultPort
            route(NginxAddress.display(host, p), use, at)
            output.references.append(
                EndpointReference(
                    host: host, port: p, scheme: use.scheme, kind: use.kind,
                    role: use.kind == .other ? .upstream : nil, location: at,
                    component: component, tls: use.tls))
        case .variable(let name, _, _):
            let (use, _) = protocolOf(n.name, scheme: scheme, stream: scope.stream, port: nil)
            output.unresolved.append(UnresolvedReference(variable: name, location: place(0), kind: use.kind))
        case .invalid:
            break
        }
    }

    /// The first `$name` or `${name}` in a word: its name and the UTF-8 range it spans.
    static func firstVariable(in word: String) -> (String, Int, Int)? {
        let b = Array(word.utf8)
        guard let d = b.firstIndex(of: 0x24) else { return nil }
        var i = d + 1
        if i < b.count, b[i] == 0x7B {
            guard let close = b[i...].firstIndex(of: 0x7D) else { return nil }
            let name = String(decoding: b[(i + 1)..<close], as: UTF8.self)
            return name.isEmpty ? nil : (name, d, close + 1)
        }
        while i < b.count,
            (b[i] >= 0x30 && b[i] <= 0x39) || (b[i] | 0x20 >= 0x61 && b[i] | 0x20 <= 0x7A) || b[i] == 0x5F
        { i += 1 }
        guard i > d + 1 else { return nil }
        return (String(decoding: b[(d + 1)..<i], as: UTF8.self), d, i)
    }

    /// `resolver 10.0.0.2 [::1]:5353 valid=30s;`: the DNS servers nginx asks for upstream names.
    /// Reported (kind other, port 53): a resolver abroad sees every upstream name looked up.
    private mutating func resolver(_ n: NginxNode, scope: NginxScope) {
        for arg in n.args where !arg.value.utf8.contains(UInt8(ascii: "=")) {
            guard
                case .host(let host, let port, let index) = NginxAddress.parse(
                    authority: Substring(arg.value), index: 0),
                !HostSyntax.isLocal(host)
            else { continue }
            output.references.append(
                EndpointReference(
                    host: host, port: port ?? 53, scheme: "dns", kind: .other, role: .other,
                    location: n.location(arg, valueByte: index, context: "nginx resolver")))
        }
    }

    // MARK: upstream blocks

    private mutating func emitUpstreams() {
        for (node, stream) in upstreamBlocks {
            guard let nameToken = node.args.first, let children = node.children else { continue }
            let name = nameToken.value
            var servers: [String] = []
            var keepalive: Int?
            let context = (stream ? "nginx stream upstream " : "nginx upstream ") + name
            var blockUses = uses[Self.key(name, stream: stream)] ?? []
            for c in children {
                if c.name == "keepalive", let n = c.args.first.flatMap({ Int($0.value) }) { keepalive = n }
                guard c.name == "server", let arg = c.args.first else { continue }
                switch NginxAddress.parse(authority: Substring(arg.value), index: 0) {
                case .unixSocket(let path):
                    servers.append(path)
                case .host(let host, let port, let index):
                    // nginx's upstream `server` defaults to port 80 (http); a stream server needs
                    // one; with `service=` (DNS SRV, NGINX Plus) the port comes from the SRV record.
                    let srv = c.args.dropFirst().contains { $0.value.hasPrefix("service=") }
                    let p = port ?? (stream || srv ? nil : 80)
                    servers.append(NginxAddress.display(host, p))
                    guard !["0.0.0.0", "::", "*"].contains(host) else { continue }
                    if blockUses.isEmpty {
                        let kind = stream ? (p.flatMap(Self.kind(ofPort:)) ?? .other) : .http
                        blockUses = [Use(kind: kind, scheme: stream ? "tcp" : "http", tls: false)]
                    }
                    for use in blockUses.sorted(by: { ($0.kind, $0.scheme) < ($1.kind, $1.scheme) }) {
                        // A TCP stream says what it carries only by each server's port.
                        let kind = stream && use.kind == .other ? (p.flatMap(Self.kind(ofPort:)) ?? .other) : use.kind
                        output.references.append(
                            EndpointReference(
                                host: host, port: p, scheme: use.scheme, kind: kind,
                                role: kind == .other ? .upstream : nil,
                                location: c.location(arg, valueByte: index, context: context), tls: use.tls))
                    }
                default:
                    servers.append(arg.value)
                }
            }
            output.upstreams.append(
                ProxyUpstream(
                    name: name, servers: servers, keepalive: keepalive,
                    location: node.location(nameToken, context: context)))
        }
    }
}
