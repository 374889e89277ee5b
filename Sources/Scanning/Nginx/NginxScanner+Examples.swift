extension NginxScanner {
    static let examples: [ScannerExample] = [
        ScannerExample(
            "upstreams with and without keepalive, a loopback target",
            files: [
                (
                    "nginx/conf.d/api.conf",
                    """
                    upstream user_service {
                        server ‸users-1.osl.example.no:8080 weight=5 max_fails=3;
                        server ‸10.20.8.24 backup;
                        keepalive 16;
                    }
                    upstream order_service {
                        server ‸orders.sto.example.no:9000;
                    }
                    server {
                        listen 443 ssl;
                        listen 10.1.2.3:8443;
                        server_name api.example.no www.example.no;
                        proxy_http_version 1.1;
                        location /v1/users {
                            proxy_set_header Connection "";
                            proxy_pass http://user_service;
                        }
                        location /v1/orders {
                            proxy_pass https://order_service/v1;
                        }
                        location /local {
                            proxy_pass http://‸127.0.0.1:8080;
                        }
                    }
                    """
                )
            ],
            finds: [
                .at("users-1.osl.example.no", 8080, .http),
                .at("10.20.8.24", 80, .http),
                .at("orders.sto.example.no", 9000, .http),
                .at("127.0.0.1", 8080, .http),
            ]),
        ScannerExample(
            "quoted strings holding ; and {, hosts in comments",
            files: [
                (
                    "nginx.conf",
                    """
                    # upstream old { server legacy.db.example.no:5432; }
                    http {
                        log_format main '$remote_addr; { "$request" }';
                        add_header X-Note "proxy_pass http://fake.example.no; {";
                        server {
                            server_name shop.example.no; # proxy_pass http://comment.example.no;
                            location / {
                                proxy_pass "http://‸quoted.backend.example.no:8081";
                            }
                        }
                    }
                    """
                )
            ],
            finds: [
                .at("quoted.backend.example.no", 8081, .http)
            ]),
        ScannerExample(
            "include with a glob, a missing include and an include cycle",
            files: [
                (
                    "nginx/nginx.conf",
                    """
                    http {
                        include conf.d/*.conf;
                        include loop.conf;
                        include snippets/missing-headers.conf;
                        include mime.types;
                    }
                    """
                ),
                (
                    "nginx/conf.d/a.conf",
                    """
                    server {
                        server_name a.example.no;
                        location / { proxy_pass http://app_pool; }
                    }
                    """
                ),
                (
                    "nginx/conf.d/pools.conf",
                    """
                    upstream app_pool {
                        server ‸app-1.example.no:8080;
                    }
                    """
                ),
                (
                    "nginx/loop.conf",
                    """
                    include loop.conf;
                    """
                ),
            ],
            finds: [
                .at("app-1.example.no", 8080, .http, path: "nginx/conf.d/pools.conf")
            ], diagnostics: 2),
        ScannerExample(
            "set $backend and map values stand in for the variable",
            files: [
                (
                    "sites-enabled/shop.conf",
                    """
                    map $http_x_canary $pool {
                        default  ‸stable.shop.example.no:8080;
                        "~beta"  ‸canary.shop.example.no:8080;
                    }
                    server {
                        server_name shop.example.no;
                        location /api {
                            set $backend "‸api.shop.example.no:9090";
                            proxy_pass http://$backend/api;
                        }
                        location /shop {
                            proxy_pass http://$pool;
                        }
                        location /dyn {
                            proxy_pass http://$host$request_uri;
                        }
                    }
                    """
                )
            ],
            finds: [
                .at("stable.shop.example.no", 8080, .http),
                .at("canary.shop.example.no", 8080, .http),
                .at("api.shop.example.no", 9090, .http),
            ], unresolved: ["host"]),
        ScannerExample(
            "unix socket, IPv6, grpcs, fastcgi, memcached and resolver, CRLF line ends",
            files: [
                (
                    "nginx/sites-available/edge.conf",
                    """
                    resolver ‸10.0.0.2 [‸2001:db8::53]:5353 valid=30s ipv6=off;
                    server {
                        listen [::]:443 ssl;
                        server_name edge.example.no;
                        location /app { proxy_pass http://unix:/run/app.sock:/; }
                        location /v6 { proxy_pass https://[‸2001:db8::1]:8443; }
                        location /rpc { grpc_pass grpcs://‸rpc.example.no:50051; }
                        location ~ [.]php$ { fastcgi_pass ‸php-fpm:9000; }
                        location /cache { memcached_pass ‸cache.example.no; }
                    }
                    """.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
                )
            ],
            finds: [
                .at("10.0.0.2", 53, .other),
                .at("2001:db8::53", 5353, .other),
                .at("2001:db8::1", 8443, .http),
                .at("rpc.example.no", 50051, .grpc),
                .at("php-fpm", 9000, .other),
                .at("cache.example.no", 11211, .memcached),
            ]),
        ScannerExample(
            "a stream proxy in front of a database",
            files: [
                (
                    "nginx/stream.conf",
                    """
                    stream {
                        upstream pg {
                            server ‸pg-1.db.example.no:5432 max_fails=2;
                        }
                        server {
                            listen 5432;
                            proxy_pass pg;
                        }
                    }
                    """
                )
            ],
            finds: [
                .at("pg-1.db.example.no", 5432, .postgres)
            ]),
        ScannerExample(
            "unbalanced braces and an unterminated quote: one diagnostic each, other files still read",
            files: [
                (
                    "nginx/broken.conf",
                    """
                    server {
                        location / {
                            proxy_pass http://broken.example.no;
                        }
                    """
                ),
                (
                    "nginx/quote.conf",
                    """
                    server { return 200 "oops; }
                    """
                ),
                (
                    "nginx/good.conf",
                    """
                    server { location / { proxy_pass http://‸good.example.no:8080; } }
                    """
                ),
            ],
            finds: [
                .at("good.example.no", 8080, .http, path: "nginx/good.conf")
            ], diagnostics: 2),
        ScannerExample(
            "another program's conf.d file is left to the text scanner; rabbitmq.conf is not nginx",
            files: [
                (
                    "supervisor/conf.d/app.conf",
                    """
                    [program:app]
                    command=/usr/bin/app --listen 0.0.0.0:8080
                    """
                ),
                (
                    "rabbitmq/rabbitmq.conf",
                    """
                    listeners.tcp.default = 5672
                    """
                ),
            ], finds: []),
    ]
}
