import Foundation
import TestSupport
import Testing

/// Input built to make a parser blow up: YAML alias bombs, nesting deeper than any stack, a
/// megabyte on one line, nginx includes that fan out into each other. Each runs through the real
/// `residency endpoints` in a child process under a watchdog (time and memory), beside a good file
/// that must still be found: a crash, hang or runaway allocation fails this case only.
struct BadInputHostileTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        /// Files by relative path; every one of them is hostile.
        let files: [(path: String, content: String)]
        var testDescription: String { name }
    }

    static let goodPath = "good/.env"
    static let goodHost = "beside-hostile.db.nordicshop.example.no"

    /// Anchors nine deep, each alias list nine wide: expanded, 9^11 copies of one URL.
    static func aliasBomb(prefix: String, indent: String) -> String {
        var lines = [prefix, "\(indent)l0: &l0 [\"postgres://bomb.db.nordicshop.example.no:5432/x\", \"y\"]"]
        for i in 1...11 {
            lines.append(
                "\(indent)l\(i): &l\(i) [" + Array(repeating: "*l\(i - 1)", count: 9).joined(separator: ", ") + "]")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static let cases: [Case] = {
        let deep = 20_000
        let mib = 1 << 20
        var minified = "var c={dsn:["
        var props = "spring.datasource.urls="
        var n = 0
        while minified.utf8.count < mib {
            minified += "\"postgres://u:p@db-\(n % 7).minified.nordicshop.example.no:5432/x\","
            n += 1
        }
        minified += "]};\n"
        n = 0
        while props.utf8.count < mib {
            props += "jdbc:postgresql://db-\(n % 5).props.nordicshop.example.no:5432/x,"
            n += 1
        }
        props += "\n"
        var nginxDeep = "http {\n    server {\n        listen 80;\n"
        nginxDeep += String(repeating: "location / {\n", count: deep)
        nginxDeep += "proxy_pass http://deep-nginx.nordicshop.example.no;\n"
        nginxDeep += String(repeating: "}\n", count: deep) + "    }\n}\n"
        let fanOut = (0..<10).map { i in
            (
                path: "nginx/conf.d/s\(i).conf",
                content:
                    "include *.conf;\nserver {\n    listen 80;\n    location /s\(i) { proxy_pass http://fan-\(i).nordicshop.example.no; }\n}\n"
            )
        }
        return [
            Case(
                name: "YAML alias bomb read as Spring settings",
                files: [("application-bomb.yml", aliasBomb(prefix: "nordicshop:", indent: "  "))]),
            Case(
                name: "YAML alias bomb in a Kubernetes ConfigMap",
                files: [
                    (
                        "k8s/configmap-bomb.yaml",
                        aliasBomb(
                            prefix: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\ndata:", indent: "  ")
                    )
                ]),
            Case(
                name: "YAML alias bomb in a compose file",
                files: [
                    (
                        "docker-compose.yml",
                        "services:\n  app:\n    image: busybox\n" + aliasBomb(prefix: "x-bomb:", indent: "  ")
                    )
                ]),
            Case(
                name: "YAML nested 20,000 deep",
                files: [
                    (
                        "k8s/deep.yaml",
                        "apiVersion: v1\nkind: ConfigMap\ndata:\n  x: " + String(repeating: "[", count: deep)
                            + String(repeating: "]", count: deep) + "\n"
                    )
                ]),
            Case(name: "nginx locations nested 20,000 deep", files: [("nginx/nginx.conf", nginxDeep)]),
            Case(name: "nginx include glob that includes itself from ten files", files: fanOut),
            Case(name: "1 MiB minified line full of connection strings", files: [("static/bundle.min.js", minified)]),
            Case(name: "1 MiB properties value of JDBC URLs", files: [("config/app.properties", props)]),
            Case(name: "a million empty lines", files: [("many-lines.env", String(repeating: "\n", count: 1_000_000))]),
        ]
    }()

    @Test("hostile input neither crashes, hangs nor runs away with memory", arguments: cases)
    func hostile(_ c: Case) throws {
        let dir = TemporaryDirectory(prefix: "residency-hostile")
        let scratch = TemporaryDirectory(prefix: "residency-hostile-out")
        dir.write(Self.goodPath, "DATABASE_URL=postgres://app@\(Self.goodHost):5432/app\n")
        for f in c.files { dir.write(f.path, f.content) }

        let outcome = try BadInputProcess.run(
            ["endpoints", dir.url.path, "--format", "json"],
            timeout: 30, maxRSSKiB: 1_536 * 1024, scratch: scratch.url)
        let measured = "\(String(format: "%.1f", outcome.seconds)) s, peak \(outcome.peakRSSKiB / 1024) MiB"
        #expect(outcome.killed == nil, "killed: \(outcome.killed ?? "") (\(measured))")
        guard outcome.killed == nil else { return }
        #expect(
            outcome.status == 0, "exit \(outcome.status.map(String.init) ?? "?"), stderr: \(outcome.stderr.prefix(500))"
        )

        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any],
            "stdout is not a JSON object: \(outcome.stdout.prefix(200))")
        let endpoints = json["endpoints"] as? [[String: Any]] ?? []
        #expect(
            endpoints.contains { $0["host"] as? String == Self.goodHost }, "the good file beside it was not scanned")
        let diagnostics = json["diagnostics"] as? [[String: Any]] ?? []
        for f in c.files {
            let mine = diagnostics.filter { $0["path"] as? String == f.path }
            #expect(mine.count <= 1, "\(f.path): \(mine.count) diagnostics")
        }
        #expect(!diagnostics.contains { ($0["path"] as? String) == Self.goodPath })
    }
}
