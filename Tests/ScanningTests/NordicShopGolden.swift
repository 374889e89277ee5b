import Foundation
import Reporting
import ResidencyCore
import TestSupport

@testable import Scanning

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

    static func render(_ result: ScanResult) throws -> String {
        let doc = EndpointsDocument(
            scannedPath: scannedPath, files: result.files, endpoints: result.endpoints,
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
        return engine.scan(
            paths: reorder(listing.files), context: context,
            discoveryDiagnostics: listing.diagnostics.reversed())
    }

}
