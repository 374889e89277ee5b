import Foundation
import ResidencyCore
import TestSupport
import Testing

@testable import Scanning

/// Inputs `scripts/fuzz` saved because they crashed or hung the binary (fixtures/fuzz/crashers/),
/// and the fuzzing seeds themselves, scanned in-process: each must finish with every file either
/// scanned or reported, so a fixed crash stays fixed.
struct FuzzRegressionTests {
    static var inputs: [String] {
        let fuzz = PackagePaths.fixtures.appendingPathComponent("fuzz")
        let saved =
            (try? FileManager.default.contentsOfDirectory(atPath: fuzz.appendingPathComponent("crashers").path)) ?? []
        return ["seeds"] + saved.sorted().map { "crashers/" + $0 }
    }

    @Test("saved fuzzing inputs and seeds scan to the end", arguments: inputs)
    func scansToTheEnd(_ input: String) throws {
        let root = PackagePaths.fixtures.appendingPathComponent("fuzz").appendingPathComponent(input)
        let listing = Discovery(root: root, options: ScanOptions()).list()
        #expect(!listing.files.isEmpty)
        let result = ScanEngine().scan(root: root)
        // Every file is accounted for: read, reported as a config error, or skipped as binary.
        #expect(result.files + result.skippedBinary.count + result.diagnostics.count >= listing.files.count)
        if input == "seeds" {
            // The seeds are well-formed: each format's seed names its hosts and nothing fails.
            #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
            let hosts = Set(result.endpoints.map(\.host))
            for host in [
                "alertmanager", "orders.osl.example.no", "es.osl.example.no", "aggregator.osl.example.no", "10.20.1.11",
                "orders-db.osl.example.no", "orders-db", "rabbit.sto.example.se", "payments-1.osl.example.no",
            ] {
                #expect(hosts.contains(host), "seed host \(host) not found")
            }
        }
    }
}
