import Foundation
import Policy
import Resolving
import TestSupport
import Testing

@testable import Audit

/// The starter estate file `residency init` writes: what the scan found, to fill in, and nothing a
/// scanned file can smuggle in.
@Suite struct EstateStarterTests {
    @Test func privateAddressesBecomeTheirEnclosingRange() throws {
        let dir = TemporaryDirectory()
        dir.write(
            "app.env",
            """
            DB_URL=postgres://10.20.4.15:5432/app
            CACHE_URL=redis://10.20.9.1:6379
            QUEUE_URL=amqp://[fd12:3456:789a:1::10]:5672
            ERP_URL=http://172.16.40.12:8080
            PUBLIC_URL=postgres://203.0.113.7:5432/x
            """)
        let found = EstateStarter.survey(root: dir.url, options: .init(), catalogue: try .builtIn())
        #expect(found.networks.map(\.network) == ["10.20.0.0/16", "172.16.0.0/16", "fd12:3456:789a::/48"])
        #expect(found.networks.first?.addresses == ["10.20.4.15", "10.20.9.1"])
        #expect(found.networks.first?.firstSeen == "app.env:1")
    }

    /// A path or name from the scanned tree is written on one comment line: a line break in it
    /// cannot add an entry to the estate file.
    @Test func scannedTextCannotAddEntries() throws {
        let findings = EstateStarter.Findings(
            networks: [
                (network: "10.0.0.0/16", addresses: ["10.0.0.1"], firstSeen: "evil\nsites:\n  x: {country: NO}\n:1")
            ],
            namespaces: [], clusterNames: ["a\nhosts: {}"], unresolvedHosts: [],
            placeholders: [(variable: "X", firstSeen: "p\r\nversion: 2:1")])
        let text = EstateStarter.render(findings, scannedPath: "shop\nversion: 3", expires: "2027-01-01")
        let estate = try EstateFile.parse(
            yaml: text, file: "residency.yaml", knownRules: RuleRegistry.suppressibleNames)
        #expect(estate.sites.isEmpty && estate.hosts.isEmpty && estate.networks.isEmpty)
        #expect(text.split(separator: "\n").allSatisfy { $0.hasPrefix("#") || $0 == "version: 1" }, "\(text)")
    }
}
