import Foundation
import TestSupport
import Testing

/// `--output FILE` streams the report into a file beside the path and renames it over the path
/// when complete: the file then holds exactly what stdout would, nothing of an older, longer
/// report remains, no partial file is left behind, and a path that cannot be written is exit 2.
@Suite struct ReportFileTests {
    static let common = ["--offline", "--date", "2026-11-23", "--fail-on", "none"]

    @Test func streamedFileHoldsWhatStdoutHolds() throws {
        let tmp = TemporaryDirectory(prefix: "residency-report-file")
        let estate = PackagePaths.fixtures.appendingPathComponent("nordic-shop").path
        for format in ["json", "sarif", "text"] {
            let printed = try ResidencyBinary.run(["audit", estate, "--format", format] + Self.common, in: tmp.url)
            #expect(printed.status == 0, "\(printed.stderr)")
            let report = tmp.url.appendingPathComponent("out/report.\(format)")
            try FileManager.default.createDirectory(
                at: report.deletingLastPathComponent(), withIntermediateDirectories: true)
            try String(repeating: "an older, longer report\n", count: 50_000).write(
                to: report, atomically: true, encoding: .utf8)
            let saved = try ResidencyBinary.run(
                ["audit", estate, "--format", format, "-o", report.path] + Self.common, in: tmp.url)
            #expect(saved.status == 0, "\(saved.stderr)")
            #expect(try String(contentsOf: report, encoding: .utf8) == printed.stdout, "\(format)")
            let left = try FileManager.default.contentsOfDirectory(atPath: report.deletingLastPathComponent().path)
            #expect(left == ["report.\(format)"], "\(left)")
            try FileManager.default.removeItem(at: report.deletingLastPathComponent())
        }
    }

    @Test func aFolderAsTheReportIsExit2() throws {
        let tmp = TemporaryDirectory(prefix: "residency-report-file")
        let estate = PackagePaths.fixtures.appendingPathComponent("nordic-shop").path
        let folder = tmp.url.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let run = try ResidencyBinary.run(
            ["audit", estate, "--format", "json", "-o", folder.path] + Self.common, in: tmp.url)
        #expect(run.status == 2)
        #expect(run.stderr.contains("\(folder.path): cannot write the report"), "\(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.url.path) == ["reports"])
    }
}
