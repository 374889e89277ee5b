import TestSupport
import Testing

@testable import Scanning

/// A scanner that is written but not registered would silently never run: every type in
/// Sources/Scanning that conforms to FormatScanner (directly or through KeyedYAMLFormat) must be
/// in the registry, and the registry must hold nothing else.
struct ScannerRegistryTests {
    @Test("every scanner type in the source tree is registered, and only those")
    func everyScannerIsRegistered() throws {
        let protocols = try DeclaredTypes.refinements(of: ["FormatScanner"], under: "Sources/Scanning")
        #expect(protocols.contains("KeyedYAMLFormat"))
        let declared = try DeclaredTypes.structs(under: "Sources/Scanning", conformingTo: protocols)
        let registered = Set(ScannerRegistry.all.map { String(describing: type(of: $0)) })
        #expect(declared.count >= 12, "the source scan found too few scanners: \(declared.sorted())")
        #expect(
            declared.subtracting(registered).isEmpty, "not registered: \(declared.subtracting(registered).sorted())")
        #expect(
            registered.subtracting(declared).isEmpty,
            "registered but not declared: \(registered.subtracting(declared).sorted())")
    }
}
