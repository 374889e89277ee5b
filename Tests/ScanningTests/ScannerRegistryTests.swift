import Foundation
@testable import Scanning
import Testing
import TestSupport

/// A scanner that is written but not registered would silently never run: every type in
/// Sources/Scanning that conforms to FormatScanner (directly or through KeyedYAMLFormat) must be
/// in the registry, and the registry must hold nothing else.
struct ScannerRegistryTests {
    /// `struct NginxScanner: FormatScanner`, `public struct PrometheusScanner: KeyedYAMLFormat`.
    static func declaredScanners() throws -> Set<String> {
        let sources = PackagePaths.root.appendingPathComponent("Sources/Scanning")
        var names = Set<String>()
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        let pattern = try Regex(#"struct\s+(\w+)\s*:\s*(?:FormatScanner|KeyedYAMLFormat)\b"#)
        while let url = files?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            for m in text.matches(of: pattern) {
                if let name = m.output[1].substring { names.insert(String(name)) }
            }
        }
        return names
    }

    @Test("every scanner type in the source tree is registered, and only those")
    func everyScannerIsRegistered() throws {
        let declared = try Self.declaredScanners()
        let registered = Set(ScannerRegistry.all.map { String(describing: type(of: $0)) })
        #expect(declared.count >= 12, "the source scan found too few scanners: \(declared.sorted())")
        #expect(declared.subtracting(registered).isEmpty, "not registered: \(declared.subtracting(registered).sorted())")
        #expect(registered.subtracting(declared).isEmpty, "registered but not declared: \(registered.subtracting(declared).sorted())")
    }
}
