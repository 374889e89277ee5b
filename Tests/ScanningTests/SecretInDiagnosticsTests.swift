import Foundation
import TestSupport
import Testing

/// A parse error never quotes the file: a secret-looking token right where each parser fails
/// (an unquoted JSON value, a YAML line with a control character, a duplicated YAML key, an
/// unterminated nginx directive and block, an HCL block type without `{`, an unclosed heredoc)
/// appears in no output of `endpoints` or `audit`, in any format. JSON errors once quoted 20
/// characters of the offending token into every report.
@Suite(
    .enabled(if: BadInputProcess.executable != nil, "the residency executable is not built beside the tests"),
    .timeLimit(.minutes(3)))
struct SecretInDiagnosticsTests {
    static let secret = "Zq8SECRETtok3n"

    static func estate() -> TemporaryDirectory {
        let dir = TemporaryDirectory()
        let s = secret
        dir.write("estate/rabbitmq-definitions.json", "{\"users\": [{\"name\": \"app\", \"password\": \(s)}]}\n")
        dir.write("estate/k8s/secret.yaml", "apiVersion: v1\nkind: Secret\nstringData:\n  password: \(s)\u{01}\n")
        dir.write("estate/k8s/dup.yaml", "apiVersion: v1\nkind: ConfigMap\ndata:\n  \(s): a\n  \(s): b\n")
        dir.write("estate/nginx/nginx.conf", "http {\n  server {\n    \(s)\n  }\n}\n")
        dir.write("estate/nginx/site.conf", "http {\n  \(s) {\n    listen 80;\n")
        dir.write("estate/terraform/main.tf", "\(s) \"x\"\n")
        dir.write("estate/terraform/vars.tfvars", "password = <<\(s)\nhunter2\n")
        return dir
    }

    static let files = [
        "k8s/dup.yaml", "k8s/secret.yaml", "nginx/nginx.conf", "nginx/site.conf",
        "rabbitmq-definitions.json", "terraform/main.tf", "terraform/vars.tfvars",
    ]

    @Test func everyMalformedFileIsOneConfigErrorThatQuotesNothing() throws {
        let dir = Self.estate()
        let root = dir.url.appendingPathComponent("estate").path
        let outcome = try BadInputProcess.run(
            ["endpoints", root, "--format", "json"], timeout: 60, maxRSSKiB: 1_000_000, scratch: dir.url)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.compactMap { $0["path"] as? String }.sorted() == Self.files, "\(diagnostics)")
        #expect(diagnostics.allSatisfy { $0["line"] as? Int != nil }, "every parse error says where: \(diagnostics)")
        #expect(!outcome.stdout.contains(Self.secret) && !outcome.stderr.contains(Self.secret), "\(diagnostics)")
    }

    @Test(
        arguments: [["endpoints", "--format", "text"]]
            + ["text", "json", "sarif", "junit", "markdown", "html", "csv"].map {
                ["audit", "--offline", "--fail-on", "none", "--date", "2026-01-01", "--format", $0]
            })
    func noReportFormatQuotesTheSecret(arguments: [String]) throws {
        let dir = Self.estate()
        let root = dir.url.appendingPathComponent("estate").path
        let outcome = try BadInputProcess.run(
            [arguments[0], root] + arguments.dropFirst(), timeout: 60, maxRSSKiB: 1_000_000, scratch: dir.url)
        #expect(outcome.status == 0, "\(arguments): \(outcome.stderr)")
        #expect(
            outcome.stdout.contains("terraform/vars.tfvars"),
            "the diagnostics are in the report: \(outcome.stdout.prefix(2000))")
        #expect(!outcome.stdout.contains(Self.secret) && !outcome.stderr.contains(Self.secret), "\(arguments)")
    }
}
