import ResidencyCore
import Testing

/// Globs decide what is excluded from a scan and what a suppression covers: a wrong match either
/// hides a transfer or fails a CI gate for nothing.
@Suite struct GlobTests {
    @Test(arguments: [
        ("node_modules", "web/node_modules/pg/index.js", true),
        ("*.tf", "infra/prod/main.tf", true),
        ("*.tf", "infra/prod/main.tfvars", false),
        ("terraform/old/**", "terraform/old/eu/db.tf", true),
        ("terraform/old/**", "terraform/new/db.tf", false),
        ("k8s/*.yaml", "k8s/orders.yaml", true),
        ("k8s/*.yaml", "k8s/base/orders.yaml", false),
        ("**/secrets/*.yaml", "secrets/db.yaml", true),
        ("src/?.env", "src/a.env", true),
        ("src/?.env", "src/ab.env", false),
    ])
    func pathGlobs(pattern: String, path: String, expected: Bool) {
        #expect(Glob.path(pattern).matches(path) == expected, "\(pattern) vs \(path)")
    }

    @Test(arguments: [
        ("*.legacy.example.com", "db.legacy.example.com", true),
        ("*.legacy.example.com", "a.b.legacy.example.com", true),
        ("*.legacy.example.com", "legacy.example.com", false),
        ("*.internal.example.no", "ORDERS.Internal.Example.NO", true),
        ("legacy-db", "legacy-db", true),
        ("legacy-db", "legacy-db2", false),
    ])
    func hostGlobs(pattern: String, host: String, expected: Bool) {
        #expect(Glob.host(pattern).matches(host) == expected, "\(pattern) vs \(host)")
    }
}
