import Foundation
import ResidencyCore
import TestSupport
import Testing

@testable import Scanning

/// A file named like a config whose content is binary is a config error (it was skipped
/// silently); a binary with any other name is still passed over and counted.
@Suite struct BinaryConfigNameTests {
    static let binary: [UInt8] =
        [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01] + Array(" postgres://hidden.db.example.no/x\n".utf8)
    static let configNames = [
        "k8s/app.yaml", "compose.yml", "nginx/site.conf", "settings.json", "app.properties",
        "prod.env", ".env", ".env.production", "Dockerfile", "svc/Dockerfile.prod", "main.tf",
        "my.cnf", "config.toml", "service.ini",
    ]
    static let otherNames = ["logo.png", "blob.dat", "lib/app.so", "archive.tar.gz", "README"]

    @Test func binaryConfigsAreConfigErrorsOtherBinariesAreSkipped() {
        let dir = TemporaryDirectory()
        for name in Self.configNames + Self.otherNames { dir.write(name, bytes: Self.binary) }
        dir.write("ok.yaml", "url: postgres://orders.db.example.no:5432/orders\n")
        let result = ScanEngine().scan(root: dir.url)
        for name in Self.configNames {
            let mine = result.diagnostics.filter { $0.path == name }
            #expect(mine.count == 1 && mine.first?.message == ConfigFileNames.binaryMessage, "\(name): \(mine)")
            #expect(!result.skippedBinary.contains(name), "\(name)")
        }
        #expect(result.skippedBinary == Self.otherNames.sorted())
        #expect(result.diagnostics.count == Self.configNames.count)
        #expect(result.endpoints.map(\.host) == ["orders.db.example.no"])
        #expect(result.files == 1)
    }

    @Test(arguments: ["a.YAML", "Dockerfile", "x/y/.env.local", "z.Properties"])
    func configNames(path: String) { #expect(ConfigFileNames.looksLikeConfig(path)) }

    @Test(arguments: ["env", "a.png", "yaml", ".yaml.bak", "Makefile"])
    func otherNames(path: String) { #expect(!ConfigFileNames.looksLikeConfig(path)) }
}
