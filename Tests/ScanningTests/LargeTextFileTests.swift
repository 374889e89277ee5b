import Foundation
import ResidencyCore
import TestSupport
import Testing

@testable import Scanning

/// A text file above `TextScanner.batchedAbove` is read in batches of settings (so a 100 MB log
/// of connection strings is never held as a million Strings at once) and says exactly what the
/// one-pass reading of a small file says.
@Suite struct LargeTextFileTests {
    static func content(filler: Int) -> String {
        var text = "DB_HOST=orders-db.internal.example.no\nDB_PORT=5000\n"
        for i in 0..<filler { text += "url=http://svc-\(i % 5000).example.no:8080/status?id=\(i)\n" }
        return text + "DB_PORT=5433\n"
    }

    func scan(_ text: String) -> [Endpoint] {
        let dir = TemporaryDirectory()
        dir.write("app.settings", text)
        return ScanEngine(options: ScanOptions(maxFileSize: 64 << 20)).scan(root: dir.url).endpoints
    }

    @Test func batchedReadingSaysWhatOnePassSays() {
        let small = Self.content(filler: 100)
        let large = Self.content(filler: 120_000)
        #expect(small.utf8.count < TextScanner.batchedAbove && large.utf8.count > TextScanner.batchedAbove)
        let (one, batched) = (scan(small), scan(large))
        let db = batched.filter { $0.host == "orders-db.internal.example.no" }
        #expect(db == one.filter { $0.host == "orders-db.internal.example.no" })
        #expect(db.first?.sources.map(\.line) == [1])
        let services = scan(large).filter { $0.host.hasPrefix("svc-") }
        #expect(services.count == 5000)
        #expect(services.reduce(0) { $0 + $1.sources.count } == 120_000)
    }

    /// A 16 MB text file whose lines all pass the byte-level filter (a word like "host") but hold
    /// no endpoint: its settings were all held as Strings at once, peak 83 MB (26 MB of it the
    /// process itself, debug build); batched, 45 MB.
    @Test(
        .enabled(if: BadInputProcess.executable != nil, "the residency executable is not built beside the tests"),
        .timeLimit(.minutes(3)))
    func memoryStaysWithinASmallMultipleOfTheFile() throws {
        let dir = TemporaryDirectory(prefix: "residency-large")
        let scratch = TemporaryDirectory(prefix: "residency-large-out")
        let words = [
            "the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "data", "residency", "audit", "host",
            "value",
        ]
        var rng = SystemRandomNumberGenerator()
        var text = ""
        text.reserveCapacity(16_100_000)
        while text.utf8.count < 16_000_000 {
            text += (0..<12).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ") + "\n"
        }
        dir.write("big/notes.txt", text)
        let big = try BadInputProcess.run(
            [
                "endpoints", dir.url.appendingPathComponent("big").path, "--max-file-size", "200000000",
                "--format", "json",
            ], timeout: 150, maxRSSKiB: 1 << 20, scratch: scratch.url)
        #expect(big.status == 0 && big.killed == nil, "\(big.killed ?? big.stderr)")
        // The process alone is about 26 MiB: the bound leaves room for twice the file, not 3.5 times.
        #expect(big.peakRSSKiB < 64 * 1024, "peak \(big.peakRSSKiB / 1024) MiB")
    }
}
