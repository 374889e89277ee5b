import Foundation
import TestSupport
import Testing

/// `residency scanners` shows the scanners' own descriptions: the list, one scanner in full with
/// its examples, and exit 2 naming the known ids for an unknown one.
@Suite struct ScannersCommandTests {
    @Test func listsEveryScannerAndDescribesOne() throws {
        let dir = TemporaryDirectory()
        let list = try ResidencyBinary.run(["scanners"], in: dir.url)
        #expect(list.status == 0, "\(list.stderr)")
        let lines = list.stdout.split(separator: "\n")
        #expect(lines.first?.split(separator: " ") == ["SCANNER", "TITLE"], "\(list.stdout)")
        #expect(lines.contains { $0.hasPrefix("nginx ") } && lines.contains { $0.hasPrefix("kubernetes ") })
        #expect(lines.count >= 13)

        let nginx = try ResidencyBinary.run(["scanners", "nginx"], in: dir.url)
        #expect(nginx.status == 0)
        #expect(nginx.stdout.hasPrefix("nginx — "))
        #expect(nginx.stdout.contains("\nExamples (each run by the tests):\n  - "), "\(nginx.stdout)")

        let unknown = try ResidencyBinary.run(["scanners", "cobol"], in: dir.url)
        #expect(unknown.status == 2)
        #expect(
            unknown.stderr.hasPrefix("residency: unknown scanner 'cobol'; known: ") && unknown.stderr.contains("nginx"))
    }
}
