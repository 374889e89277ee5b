import Foundation
import TestSupport
import Testing

/// The README shows the head of the text report; it must be what the report prints (the golden
/// sample, which ReportingTests holds byte-equal to the renderer), so it cannot drift.
@Suite struct ReadmeReportExcerptTests {
    @Test func theTextReportExcerptIsTheGoldenSamplesHead() throws {
        let readme = try String(contentsOf: PackagePaths.root.appendingPathComponent("README.md"), encoding: .utf8)
        let golden = try String(
            contentsOf: PackagePaths.fixtures.appendingPathComponent("golden/audit-sample.txt"), encoding: .utf8)
        let start = try #require(readme.range(of: "  ```text\n"))
        let end = try #require(readme.range(of: "  ```\n", range: start.upperBound..<readme.endIndex))
        let excerpt = readme[start.upperBound..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("  ") ? String($0.dropFirst(2)) : String($0) }.joined(separator: "\n")
        #expect(excerpt.count > 200)
        #expect(golden.hasPrefix(excerpt), "README's excerpt differs from fixtures/golden/audit-sample.txt")
    }
}
