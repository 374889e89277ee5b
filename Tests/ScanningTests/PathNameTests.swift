import Testing

@testable import Scanning

/// `PathName` is what `accepts(path:)` used to compute with `split(separator: "/")`: the same
/// answer on every path discovery can produce.
struct PathNameTests {
    @Test(arguments: [
        "nginx.conf", "deploy/k8s/api.yaml", "a/b/c/.env.staging", "Dockerfile", "svc/Dockerfile.Prod",
        "ünïcode/søk/prod.env", "x/y/z", ".env", "deep/er/RABBITMQ.CONF",
    ])
    func fileNameIsTheLastComponent(path: String) {
        let split = path.split(separator: "/").last.map(String.init) ?? path
        #expect(String(PathName.fileName(path)) == split)
        #expect(PathName.lowercasedFileName(path) == split.lowercased())
    }
}
