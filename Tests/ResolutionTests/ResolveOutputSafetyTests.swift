import Foundation
import Testing

@testable import Resolving

/// `residency resolve` prints names that came from a DNS server: a CNAME target holding an
/// escape sequence and a newline reaches the terminal neither as an escape nor as a line of its own.
@Suite(.enabled(if: residencyBesideTests != nil, "the residency executable is not built beside the tests"))
struct ResolveOutputSafetyTests {
    @Test func cnameTargetsFromDNSAreKeptToTheirLine() throws {
        let server = MisbehavingServer(.escapeCNAME)
        defer { server.stop() }
        let process = Process()
        process.executableURL = residencyBesideTests
        process.arguments = ["resolve", "orders.example.com", "--dns-server", server.server.description]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(text.contains("evil\u{FFFD}]0;pwned\u{FFFD}\u{FFFD}forged line.test"), "\(text)")
        #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
        #expect(text.split(separator: "\n").allSatisfy { $0 == "orders.example.com" || $0.hasPrefix("  ") }, "\(text)")
    }
}

/// The built `residency` beside the test bundle (SwiftPM puts both in the same products folder).
var residencyBesideTests: URL? {
    var dirs = [
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(), Bundle.main.bundleURL,
        Bundle.main.bundleURL.deletingLastPathComponent(),
    ]
    if let e = Bundle.main.executableURL { dirs.append(e.deletingLastPathComponent()) }
    return dirs.map { $0.appendingPathComponent("residency") }.first {
        FileManager.default.isExecutableFile(atPath: $0.path)
    }
}
