import Foundation
import Reporting
import ResidencyCore
@testable import Scanning
import TestSupport

/// `residency endpoints fixtures/nordic-shop --format json`, produced the way the command does
/// (ScanEngine → EndpointsDocument → JSONOutput) with the path written as it is from the package
/// root, so the golden file is byte for byte what the command prints there.
///
/// Regenerate after a deliberate change: `RESIDENCY_UPDATE_GOLDEN=1 swift test --filter NordicShop`,
/// then review `git diff fixtures/golden/` line by line before committing.
enum NordicShopGolden {
    static let scannedPath = "fixtures/nordic-shop"
    static var estate: URL { PackagePaths.fixtures.appendingPathComponent("nordic-shop") }
    static var goldenFile: URL { PackagePaths.fixtures.appendingPathComponent("golden/nordic-shop.endpoints.json") }
    static var updating: Bool { ProcessInfo.processInfo.environment["RESIDENCY_UPDATE_GOLDEN"] == "1" }

    static func render(_ result: ScanResult) throws -> String {
        let doc = EndpointsDocument(scannedPath: scannedPath, files: result.files, endpoints: result.endpoints,
                                    unresolved: result.unresolved, diagnostics: result.diagnostics,
                                    skippedBinary: result.skippedBinary.count)
        return try JSONOutput.encode(doc)
    }

    /// Scans the estate with its files handed to the engine in the given order.
    static func scan(reorder: ([String]) -> [String] = { $0 }) -> ScanResult {
        let engine = ScanEngine()
        let discovery = Discovery(root: estate, options: engine.options)
        let listing = discovery.list()
        let context = ScanContext(root: discovery.root, maxFileSize: engine.options.maxFileSize)
        return engine.scan(paths: reorder(listing.files), context: context,
                           discoveryDiagnostics: listing.diagnostics.reversed())
    }

    /// The first line where two texts differ, for a readable failure.
    static func firstDifference(_ a: String, _ b: String) -> String {
        let la = a.split(separator: "\n", omittingEmptySubsequences: false)
        let lb = b.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(la.count, lb.count) {
            let x = i < la.count ? String(la[i]) : "<end>"
            let y = i < lb.count ? String(lb[i]) : "<end>"
            if x != y { return "line \(i + 1):\n  got:    \(x)\n  golden: \(y)" }
        }
        return "identical"
    }
}

/// A deterministic shuffle (SplitMix64), so a failing order can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
