import Foundation
import ResidencyCore
import TestSupport
import Testing

@testable import Scanning

/// The nginx release an estate runs, read from the images that serve its configuration.
struct NginxImageTests {
    static let at = SourceLocation(path: "Dockerfile", line: 1, column: 6, context: "")

    @Test(
        "tags name releases; floating tags and other images do not",
        arguments: [
            ("nginx:1.29.7", "1.29.7"), ("nginx:1.27.3-alpine", "1.27.3"), ("nginx:1.29", "1.29.0"),
            ("docker.io/library/nginx:1.30.0-alpine-slim", "1.30.0"), ("nginxinc/nginx-unprivileged:1.29.8", "1.29.8"),
            ("bitnami/nginx:1.27.1", "1.27.1"), ("registry.example.no/mirror/nginx-unprivileged:1.28.0", "1.28.0"),
            ("nginx:latest", nil), ("nginx:stable-alpine", nil), ("nginx", nil), ("nginx@sha256:abc", nil),
        ] as [(String, String?)])
    func tags(_ reference: String, _ release: String?) throws {
        let image = try #require(NginxImage(reference: reference, location: Self.at))
        #expect(image.version?.description == release)
    }

    @Test(
        "other images are not nginx",
        arguments: ["golang:1.22", "postgres:16", "nginx-exporter:1.0", "example/nginx-ui:2.0"])
    func notNginx(_ reference: String) {
        #expect(NginxImage(reference: reference, location: Self.at) == nil)
    }

    @Test("Dockerfile FROM, compose and Kubernetes image: are collected with their places")
    func collected() throws {
        let dir = TemporaryDirectory()
        dir.write(
            "gateway/Dockerfile",
            "FROM --platform=linux/amd64 nginx:1.27.3-alpine\nCOPY nginx.conf /etc/nginx/nginx.conf\n")
        dir.write("docker-compose.yml", "services:\n  edge:\n    image: nginx:1.29.7\n  app:\n    image: golang:1.22\n")
        dir.write(
            "k8s/gw.yaml",
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: gw
            spec:
              template:
                spec:
                  containers:
                    - name: nginx
                      image: nginxinc/nginx-unprivileged:1.30
            """)
        let result = ScanEngine().scan(root: dir.url)
        let found = result.nginxImages.map {
            "\($0.location.path):\($0.location.line):\($0.location.column) \($0.version?.description ?? "-")"
        }
        #expect(
            found == ["docker-compose.yml:3:12 1.29.7", "gateway/Dockerfile:1:29 1.27.3", "k8s/gw.yaml:10:18 1.30.0"])
    }
}

/// Explicit downgrades are recorded on the route, so a release that keeps connections alive by
/// default can still be judged.
struct NginxDowngradeScanTests {
    @Test("proxy_http_version 1.0 and Connection close are recorded where they apply")
    func recorded() {
        let dir = TemporaryDirectory()
        dir.write(
            "nginx/nginx.conf",
            """
            http {
              upstream orders { server orders.example.no:8080; keepalive 16; }
              server {
                server_name api.example.no;
                proxy_http_version 1.0;
                location /a { proxy_pass http://orders; }
                location /b { proxy_http_version 1.1; proxy_set_header Connection close; proxy_pass http://orders; }
                location /c { proxy_http_version 1.1; proxy_set_header Connection ""; proxy_pass http://orders; }
              }
            }
            """)
        let routes = ScanEngine().scan(root: dir.url).routes.sorted { $0.path < $1.path }
        #expect(routes.map(\.path) == ["/a", "/b", "/c"])
        #expect(routes.map(\.downgradesToHTTP10) == [true, false, false])
        #expect(routes.map(\.sendsConnectionClose) == [false, true, false])
    }
}
