import Foundation
import Testing

/// The executable runs on jemalloc (linked in Package.swift): a large audit spent a
/// tenth of its time in glibc's malloc. A build that lost the link would still pass every other
/// test, only slower, so this asks the running binary itself: jemalloc prints its statistics at
/// exit when `MALLOC_CONF=stats_print:true`, and glibc's malloc ignores that variable.
@Suite struct AllocatorTests {
    @Test func theExecutableAllocatesWithJemalloc() throws {
        let plain = try ResidencyBinary.run(["--version"], in: FileManager.default.temporaryDirectory)
        #expect(plain.status == 0)
        #expect(!plain.stderr.contains("jemalloc statistics"))
        let asked = try ResidencyBinary.run(
            ["--version"], in: FileManager.default.temporaryDirectory, environment: ["MALLOC_CONF": "stats_print:true"])
        #expect(asked.status == 0)
        #expect(asked.stdout == plain.stdout)
        #expect(asked.stderr.contains("Begin jemalloc statistics"), "\(asked.stderr.prefix(300))")
    }
}
