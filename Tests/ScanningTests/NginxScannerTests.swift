import Foundation
import ResidencyCore
import TestSupport
import Testing

@testable import Scanning

/// The nginx tokenizer and parser on their own, and what the scan records beyond endpoints:
/// routes with the proxy settings nginx would apply there, and upstream blocks with keepalive.
struct NginxScannerTests {
    private func words(_ s: String) throws -> [String] {
        try NginxLexer.tokenize(Array(s.utf8)).get().map(\.value)
    }

    @Test("quotes, escapes, comments, ${variables} and punctuation")
    func tokenizer() throws {
        #expect(try words("a b;") == ["a", "b", ";"])
        #expect(try words("add_header X \"a; {b}\";") == ["add_header", "X", "a; {b}", ";"])
        #expect(try words("x 'it\\'s';") == ["x", "it's", ";"])
        #expect(try words("x \"a\\\"b\";") == ["x", "a\"b", ";"])
        #expect(try words("x a\\ b;") == ["x", "a b", ";"])
        #expect(try words("x 1; # y 2; {\nz 3;") == ["x", "1", ";", "z", "3", ";"])
        #expect(try words("x a#b;") == ["x", "a#b", ";"], "# inside a word is not a comment")
        #expect(try words("set $u http://${host}x;") == ["set", "$u", "http://${host}x", ";"])
        #expect(try words("a{b;}") == ["a", "{", "b", ";", "}"])
        #expect(try words("a\r\nb;\r\n") == ["a", "b", ";"])
    }

    @Test("every token knows where each of its bytes is written")
    func tokenPositions() throws {
        let text = SourceText("http {\n  proxy_pass \"http://a\\\"b.example.no\";\n}\n")
        let tokens = try NginxLexer.tokenize(text.bytes).get()
        let quoted = try #require(tokens.first { $0.quoted })
        #expect(text.position(ofByte: quoted.start) == (2, 14))
        // The host starts after `http://`; the escape before `b` shifts the bytes that follow it.
        #expect(text.position(ofByte: quoted.offset(ofValueByte: 7)) == (2, 22))
        #expect(text.position(ofByte: quoted.offset(ofValueByte: 9)) == (2, 25))
    }

    @Test(
        "parse errors name the line",
        arguments: [
            ("server {\n  listen 80;\n", 1, "never closed"),
            ("server { listen 80; }\n}\n", 2, "unexpected \"}\""),
            ("server {\n  listen 80\n}\n", 2, "not terminated"),
            ("x \"abc;\n", 1, "unterminated quoted string"),
            ("listen 80", 1, "not terminated"),
            (";\n", 1, "unexpected \";\""),
        ])
    func parseErrors(_ c: (String, Int, String)) {
        let text = SourceText(c.0)
        guard case .failure(let f) = NginxParser.parse(text.bytes) else {
            Issue.record("parsed: \(c.0)")
            return
        }
        #expect(text.position(ofByte: f.offset).line == c.1)
        #expect(f.message.contains(c.2), "\(f.message)")
    }

    @Test("nesting deeper than the limit is an error, not a stack overflow")
    func deepNesting() {
        let deep = String(repeating: "location / {\n", count: 5000) + String(repeating: "}\n", count: 5000)
        guard case .failure(let f) = NginxParser.parse(Array(deep.utf8)) else {
            Issue.record("parsed 5000 levels")
            return
        }
        #expect(f.message.contains("nested deeper"))
    }

    @Test("which files are nginx")
    func accepts() {
        let s = NginxScanner()
        for p in [
            "nginx.conf", "etc/nginx/nginx.conf", "gateway/conf.d/api.conf", "deploy/sites-enabled/shop.conf",
            "docker/nginx/default.conf", "infra/app.nginx", "nginx-site.conf", "sites-available/x.conf",
            "frontend.conf", "web/default.conf.template",
        ] {
            #expect(s.accepts(path: p), "\(p)")
        }
        for p in [
            "rabbitmq.conf", "messaging/rabbitmq/rabbitmq.conf", "nginx/rabbitmq.conf", "rabbitmq.conf.example",
            "conf.d/readme.md", "nginx/mime.types", "nginx.yaml",
        ] {
            #expect(!s.accepts(path: p), "\(p)")
        }
    }

    @Test("a .conf that is not nginx (Apache, a template, logstash) is read as text, without a diagnostic")
    func notNginx() {
        let result = scan([
            (
                "httpd/conf.d/app.conf",
                "<VirtualHost *:80>\n  <Location /api>\n    ProxyPass http://apache-backend.example.no/\n  </Location>\n</VirtualHost>\n"
            ),
            ("templates/nginx.conf", "upstream app {\n{{ range .Servers }}  server {{ .Addr }};\n{{ end }}\n}\n"),
            (
                "logstash/pipeline.conf",
                "input { beats { port => 5044 } }\noutput { elasticsearch { hosts => [\"es:9200\"] } }\n"
            ),
            ("api.conf", "server {\n    location / { proxy_pass http://api-backend.example.no:8080; }\n}\n"),
        ])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        #expect(
            result.endpoints.contains { $0.host == "api-backend.example.no" }, "any .conf with nginx directives is read"
        )
        #expect(!result.routes.isEmpty)
    }

    @Test("nordic-shop gateway: /v1/users reuses connections, /v1/orders does not")
    func nordicShopGateway() throws {
        let result = ScanEngine().scan(root: PackagePaths.fixtures.appendingPathComponent("nordic-shop/gateway"))
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
        let users = try #require(result.routes.first { $0.path == "/v1/users" })
        #expect(users.server == "api.nordicshop.example.no" && users.upstream == "user_service")
        #expect(users.http11 && users.clearsConnectionHeader)
        let orders = try #require(result.routes.first { $0.path == "/v1/orders" })
        #expect(orders.upstream == "order_service" && !orders.http11 && !orders.clearsConnectionHeader)
        let payments = try #require(result.routes.first { $0.path == "/v1/payments/webhooks" })
        #expect(payments.upstream == "payment-processor.shop.svc.cluster.local:8080")
        let pools = Dictionary(uniqueKeysWithValues: result.upstreams.map { ($0.name, $0) })
        #expect(pools["user_service"]?.keepalive == 32)
        #expect(pools["order_service"]?.keepalive == nil)
        #expect(pools["order_service"]?.servers == ["order-service.shop.svc.cluster.local:80", "10.20.8.24:8080"])
        #expect(result.routes.count == 3, "\(result.routes.map(\.path))")
    }

    @Test("split_clients values stand in for a variable; values naming upstream blocks route there")
    func splitClients() throws {
        let result = scan([
            (
                "nginx/conf.d/ab.conf",
                """
                upstream blue { server blue-1.example.no:8080; }
                split_clients "${remote_addr}" $variant {
                    50%  blue;
                    *    green.example.no:9090;
                }
                server {
                    server_name ab.example.no;
                    location / { proxy_pass http://$variant; }
                }
                """
            )
        ])
        #expect(Set(result.routes.map(\.upstream)) == ["blue", "green.example.no:9090"])
        let green = try #require(result.endpoints.first { $0.host == "green.example.no" })
        #expect(green.port == 9090 && green.sources.first?.line == 4 && green.sources.first?.column == 10)
        #expect(result.endpoints.count == 2 && result.unresolved.isEmpty)
    }

    private func scan(_ files: [(String, String)]) -> ScanResult {
        let dir = TemporaryDirectory()
        for (p, c) in files { dir.write(p, c) }
        return ScanEngine().scan(root: dir.url)
    }

    @Test("proxy_http_version is inherited and overridden; proxy_set_header only when a level sets none")
    func inheritance() throws {
        let result = scan([
            (
                "nginx/nginx.conf",
                """
                http {
                    proxy_http_version 1.1;
                    proxy_set_header Connection "";
                    upstream pool { server pool-1.example.no:8080; keepalive 4; }
                    server {
                        server_name api.example.no;
                        location /inherits { proxy_pass http://pool; }
                        location /own-headers {
                            proxy_set_header X-Request-Id $request_id;
                            proxy_pass http://pool;
                        }
                        location /http10 {
                            proxy_http_version 1.0;
                            proxy_pass http://pool;
                        }
                        location /outer {
                            proxy_set_header Connection '';
                            location /outer/inner { proxy_pass http://pool; }
                            if ($arg_x) { proxy_pass http://pool; }
                        }
                    }
                    server {
                        proxy_set_header Host $host;
                        location / { proxy_pass http://other.example.no; }
                    }
                }
                """
            )
        ])
        let routes = Dictionary(
            result.routes.map { ("\($0.server) \($0.path) \($0.location.line)", $0) }, uniquingKeysWith: { a, _ in a })
        func route(_ key: String) throws -> ProxyRoute { try #require(routes[key], "\(routes.keys.sorted())") }
        let inherits = try route("api.example.no /inherits 7")
        #expect(inherits.http11 && inherits.clearsConnectionHeader)
        #expect(inherits.upstream == "pool" && inherits.directive == "proxy_pass" && inherits.scheme == "http")
        let own = try route("api.example.no /own-headers 10")
        #expect(own.http11 && !own.clearsConnectionHeader)
        let http10 = try route("api.example.no /http10 14")
        #expect(!http10.http11 && http10.clearsConnectionHeader)
        let inner = try route("api.example.no /outer/inner 18")
        #expect(inner.http11 && inner.clearsConnectionHeader)
        let inIf = try route("api.example.no /outer 19")
        #expect(inIf.clearsConnectionHeader)
        let other = try route("_ / 24")
        #expect(other.upstream == "other.example.no:80" && other.http11 && !other.clearsConnectionHeader)
        #expect(result.upstreams.map(\.name) == ["pool"])
        #expect(result.upstreams.first?.keepalive == 4)
        #expect(result.upstreams.first?.servers == ["pool-1.example.no:8080"])
    }

    @Test("a file included into a server is read in that server's context, and reported once")
    func includedContext() throws {
        let result = scan([
            ("nginx/nginx.conf", "http {\n    include sites-enabled/*;\n}\n"),
            (
                "nginx/sites-enabled/shop.conf",
                """
                upstream shop { server shop-1.example.no:9000; }
                server {
                    server_name shop.example.no;
                    proxy_http_version 1.1;
                    location / {
                        include snippets/proxy.conf;
                    }
                }
                """
            ),
            ("nginx/snippets/proxy.conf", "proxy_set_header Connection \"\";\nproxy_pass http://shop;\n"),
        ])
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let route = try #require(result.routes.first)
        #expect(result.routes.count == 1, "\(result.routes)")
        #expect(route.server == "shop.example.no" && route.path == "/" && route.upstream == "shop")
        #expect(route.http11 && route.clearsConnectionHeader)
        #expect(route.location.path == "nginx/snippets/proxy.conf" && route.location.line == 2)
        let shop = try #require(result.endpoints.first { $0.host == "shop-1.example.no" })
        #expect(shop.sources.count == 1 && shop.sources[0].context == "nginx upstream shop")
        #expect(shop.kind == .http && shop.port == 9000)
    }

    @Test("a unix: socket is told by an ASCII case-insensitive prefix; an IPv6 server prints in brackets")
    func unixSocketPrefixAndIPv6Display() {
        for text in ["unix:/run/a.sock", "UNIX:/run/a.sock", "Unix:/run/a.sock"] {
            guard case .unixSocket(let path) = NginxAddress.parse(authority: Substring(text), index: 0) else {
                Issue.record("\(text) is not read as a unix socket")
                continue
            }
            #expect(path == "unix:/run/a.sock")
        }
        // Not the prefix: too short, or a byte that only matches when case is ignored bitwise.
        for text in ["unix", "unix\u{1A}/run/a.sock", "unixx:/a"] {
            if case .unixSocket = NginxAddress.parse(authority: Substring(text), index: 0) {
                Issue.record("\(text.debugDescription) is read as a unix socket")
            }
        }
        #expect(NginxAddress.display("2001:db8::1", 8080) == "[2001:db8::1]:8080")
        #expect(NginxAddress.display("api.example.no", nil) == "api.example.no")
    }

    @Test("an https upstream block makes its servers TLS; proxy_pass to a host records host:port")
    func tlsAndDirectRoutes() throws {
        let result = scan([
            (
                "conf.d/tls.conf",
                """
                upstream secure { server secure-1.example.no; }
                server {
                    server_name tls.example.no;
                    location /a { proxy_pass https://secure; }
                    location /b { grpc_pass grpc://10.1.1.1:50051; }
                    location /c { proxy_pass http://unix:/run/app.sock:/; }
                }
                """
            )
        ])
        let secure = try #require(result.endpoints.first { $0.host == "secure-1.example.no" })
        #expect(secure.tls && secure.port == 80 && secure.scheme == "https")
        #expect(Set(result.routes.map(\.upstream)) == ["secure", "10.1.1.1:50051", "unix:/run/app.sock"])
        #expect(result.endpoints.count == 2)
        #expect(result.endpoints.allSatisfy { $0.components.isEmpty || $0.components == ["tls.example.no"] })
    }

    @Test("includes that fan out into each other finish, with one diagnostic per include line")
    func fanOut() {
        var files: [(String, String)] = []
        for i in 0..<10 {
            files.append(
                (
                    "nginx/conf.d/s\(i).conf",
                    "include *.conf;\nserver {\n    location /s\(i) { proxy_pass http://fan-\(i).example.no; }\n}\n"
                ))
        }
        let started = Date()
        let result = scan(files)
        #expect(Date().timeIntervalSince(started) < 20)
        #expect(Set(result.endpoints.map(\.host)) == Set((0..<10).map { "fan-\($0).example.no" }))
        #expect(result.diagnostics.count == 10, "\(result.diagnostics.map(\.position))")
    }
}
