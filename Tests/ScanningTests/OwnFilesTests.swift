import Foundation
@testable import Scanning
import TestSupport
import Testing

/// Residency never audits its own files (estate file, baselines, reports), and `.residencyignore`
/// joins `--exclude` with gitignore's rules.
@Suite struct OwnFilesTests {
    /// The extension discovery reads without NSString is the one NSString gives.
    @Test(arguments: [
        "a/b.json", ".json", "a/.json", "a.b/c", "x.JSON", "dir/file.", "a/b.tar.gz", "noext", "a/b/", "a/b.sarif/",
        "report.audit.html", "",
    ])
    func pathExtensionIsNSStrings(path: String) {
        #expect(OwnFiles.pathExtension(path) == (path as NSString).pathExtension)
    }

    static let baseline = """
        {
          "createdFrom" : ".",
          "entries" : [
            {
              "fingerprint" : "0000000000000000000000000000000000000000000000000000000000000000",
              "host" : "orders-db.c9akciq32xyz.eu-north-1.rds.amazonaws.com",
              "path" : "k8s/orders.yaml",
              "ruleId" : "us-jurisdiction"
            }
          ],
          "schemaVersion" : 1,
          "tool" : {
            "name" : "residency",
            "version" : "0.1.0"
          }
        }
        """
    static let report = """
        {
          "auditDate" : "2026-11-23",
          "endpoints" : [ { "host" : "db.example.net", "id" : "postgres://db.example.net:5432" } ],
          "tool" : { "name" : "residency", "version" : "0.1.0" }
        }
        """
    static let sarif = """
        {
          "$schema" : "https://json.schemastore.org/sarif-2.1.0.json",
          "runs" : [ { "results" : [ { "message" : { "text" : "postgres://db.example.net:5432" } } ],
                       "tool" : { "driver" : { "name" : "residency" } } } ],
          "version" : "2.1.0"
        }
        """

    func scannedFiles(_ dir: TemporaryDirectory, options: ScanOptions = ScanOptions()) -> [String] {
        Discovery(root: dir.url, options: options).list().files
    }

    @Test func ownFilesAreNeverAuditInput() {
        let dir = TemporaryDirectory()
        dir.write("residency.yaml", "hosts:\n  db.example.net: 203.0.113.7\n")
        dir.write(".residency-baseline.json", Self.baseline)
        dir.write("ci/old-baseline.json", Self.baseline)  // a baseline by content, any name
        dir.write("reports/audit.json", Self.report)  // a JSON report by content
        dir.write("reports/code-scanning.sarif", Self.sarif)  // a SARIF log by content
        dir.write("deep/residency.sarif", "not even JSON")  // a default name at any depth
        dir.write("out/today.txt", "postgres://db.example.net")  // named by this run (--output)
        dir.write("k8s/app.yaml", "url: postgres://db.example.net\n")
        // Look-alikes that are not ours stay in.
        dir.write("config/settings.json", #"{"auditDate": "2026-01-01", "database": "postgres://db.example.net"}"#)
        dir.write("config/other-tool.sarif", Self.sarif.replacingOccurrences(of: "\"residency\"", with: "\"other\""))
        dir.write("services/residency.yaml", "a service's own file of that name: not the estate file\n")

        let options = ScanOptions(ownFiles: [dir.url.appendingPathComponent("out/today.txt").path])
        let listing = Discovery(root: dir.url, options: options).list()
        #expect(
            listing.files == [
                "config/other-tool.sarif", "config/settings.json", "k8s/app.yaml", "services/residency.yaml",
            ])
        #expect(
            listing.ownFiles == [
                ".residency-baseline.json", "ci/old-baseline.json", "deep/residency.sarif",
                "out/today.txt", "reports/audit.json", "reports/code-scanning.sarif", "residency.yaml",
            ])
    }

    /// Reports of the other formats, left in the tree by an earlier run, are known by their opening.
    @Test func reportsOfEveryFormatAreKnownByTheirOpening() {
        let dir = TemporaryDirectory()
        let golden = PackagePaths.fixtures.appendingPathComponent("golden")
        for name in [
            "audit-sample.txt", "audit-sample.md", "audit-sample.html", "audit-sample.csv", "audit-sample.junit.xml",
            "audit-sample.json", "audit-sample.sarif", "nordic-shop.audit.json", "nordic-shop.endpoints.json",
        ] {
            let data = FileManager.default.contents(atPath: golden.appendingPathComponent(name).path) ?? Data()
            #expect(!data.isEmpty, "\(name)")
            dir.write("old-reports/\(name)", bytes: Array(data))
        }
        dir.write("old-reports/endpoints.txt", "residency 0.1.0 — endpoints in .\n1 files scanned\n")
        // Files of those kinds that are not ours.
        dir.write("notes/hosts.txt", "residency notes: db.example.net\n")
        dir.write("notes/report.csv", "severity,host\nhigh,db.example.net\n")
        dir.write("notes/page.html", "<title>Data-residency audit of nothing</title>\n")
        let listing = Discovery(root: dir.url, options: ScanOptions()).list()
        #expect(listing.files == ["notes/hosts.txt", "notes/page.html", "notes/report.csv"])
        #expect(listing.ownFiles.count == 10)
    }

    @Test func aNamedFileOutsideTheTreeOrNotYetWrittenIsHandled() {
        let dir = TemporaryDirectory()
        dir.write("a.conf", "x")
        dir.write("new.sarif.txt", "x")
        // A report about to be written, named by a relative path through a symlinked folder.
        let options = ScanOptions(ownFiles: [
            "/elsewhere/report.json", dir.url.appendingPathComponent("./sub/../new.sarif.txt").path,
        ])
        #expect(scannedFiles(dir, options: options) == ["a.conf"])
    }

    @Test func residencyIgnoreFollowsGitignoreRules() {
        let dir = TemporaryDirectory()
        dir.write(
            ".residencyignore",
            """
            # comments and blank lines are skipped

            *.log
            !keep.log
            build/
            /top.conf
            docs/**/draft-*.md
            fixtures/*.yaml
            """)
        for path in [
            "a.log", "sub/b.log", "keep.log", "build/x.conf", "src/build/y.conf", "build.conf",
            "top.conf", "sub/top.conf", "docs/a/b/draft-1.md", "docs/draft-2.md", "docs/final.md",
            "fixtures/a.yaml", "fixtures/deep/b.yaml",
        ] {
            dir.write(path, "x")
        }
        #expect(
            scannedFiles(dir) == ["build.conf", "docs/final.md", "fixtures/deep/b.yaml", "keep.log", "sub/top.conf"])
    }

    @Test func ignorePatternsOneByOne() {
        let ignore = IgnoreFile(text: "logs/\n/anchored/file.txt\n**/cache\n\\#literal\nname\\ with\\ space \n")
        #expect(ignore.ignores("logs", isDirectory: true))
        #expect(!ignore.ignores("logs", isDirectory: false), "a trailing slash matches folders only")
        #expect(ignore.ignores("a/b/logs", isDirectory: true))
        #expect(ignore.ignores("anchored/file.txt", isDirectory: false))
        #expect(!ignore.ignores("x/anchored/file.txt", isDirectory: false))
        #expect(ignore.ignores("cache", isDirectory: true) && ignore.ignores("a/b/cache", isDirectory: false))
        #expect(ignore.ignores("#literal", isDirectory: false))
        #expect(ignore.ignores("name with space", isDirectory: false))
        #expect(IgnoreFile(text: "# only a comment\n\n").isEmpty)
    }

    @Test func anUnreadableIgnoreFileIsReportedNotDropped() {
        let dir = TemporaryDirectory()
        dir.write(".residencyignore", bytes: [0xFF, 0xFE, 0x00, 0x2A])
        dir.write("a.conf", "x")
        let listing = Discovery(root: dir.url, options: ScanOptions()).list()
        #expect(listing.files == ["a.conf"])
        #expect(listing.diagnostics.map(\.path) == [".residencyignore"])
    }

    @Test func onlyTheNamedFile() {
        let dir = TemporaryDirectory()
        dir.write("a.conf", "x")
        dir.write("b.conf", "y")
        #expect(scannedFiles(dir, options: ScanOptions(onlyFiles: ["b.conf"])) == ["b.conf"])
        let missing = Discovery(root: dir.url, options: ScanOptions(onlyFiles: ["c.conf"])).list()
        #expect(missing.files.isEmpty && missing.diagnostics.map(\.path) == ["c.conf"])
    }
}
