import Foundation
import Reporting
import TestSupport
import Testing

/// The CI examples in docs/ci/ parse as YAML, and every `residency` command line in them is run
/// for real by the built binary on a copy of nordic-shop in a git work tree (with `--offline`
/// added, so nothing leaves the machine): flags, formats and files must all be accepted (exit 0
/// or 1, never 2) and every report they name must be written. What this does not test: the CI
/// systems themselves (runners, actions, caches, docker, the PR comment).
@Suite(.enabled(if: BuiltResidency.executable != nil, "needs the built residency executable"))
struct CIExampleTests {
    static let examples = ["github-actions.yml", "gitlab-ci.yml"]

    @Test(arguments: examples)
    func everyResidencyCommandRuns(_ name: String) throws {
        let commands = try CIExampleCommands(file: PackagePaths.root.appendingPathComponent("docs/ci/\(name)"))
        #expect(commands.baseline.count == 1, "the header says how to record the baseline")
        #expect(commands.invocations.count >= 2)
        #expect(commands.invocations.allSatisfy { $0.first == "audit" && $0.contains("--baseline") })

        let repo = try nordicShopWorkTree()
        for arguments in commands.baseline + commands.invocations {
            let run = try Self.run(arguments + ["--offline"], in: repo.url)
            #expect(run.status == 0 || run.status == 1, "\(arguments): exit \(run.status): \(run.stderr)")
            for flag in ["--output", "-o"] {
                guard let i = arguments.firstIndex(of: flag), i + 1 < arguments.count else { continue }
                let file = repo.url.appendingPathComponent(arguments[i + 1])
                let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
                #expect(size > 0, "\(arguments): \(arguments[i + 1]) not written")
                if arguments[0] == "audit" {
                    #expect(run.stderr.contains("; report: \(arguments[i + 1])\n"), "\(run.stderr)")
                }
            }
        }
    }

    /// The GitHub workflow uploads the SARIF it writes and comments the Markdown it writes.
    @Test func theGitHubWorkflowUploadsWhatItWrites() throws {
        let text = try String(
            contentsOf: PackagePaths.root.appendingPathComponent("docs/ci/github-actions.yml"), encoding: .utf8)
        let commands = try CIExampleCommands(
            file: PackagePaths.root.appendingPathComponent("docs/ci/github-actions.yml"))
        let outputs = commands.invocations.compactMap { a in a.firstIndex(of: "--output").map { a[$0 + 1] } }
        #expect(outputs.contains("residency.sarif") && outputs.contains("residency.md"))
        #expect(
            text.contains("uses: github/codeql-action/upload-sarif@") && text.contains("sarif_file: residency.sarif"))
        #expect(text.contains("--body-file residency.md"))
    }

    /// docs/ci.md promises code-scanning links that work when a subfolder is audited: the SARIF
    /// the binary writes for `infra/shop` inside a work tree names files from the repository root.
    @Test func auditingASubfolderGivesRepositoryPathsInSARIF() throws {
        let repo = try nordicShopWorkTree(under: "infra/shop")
        let run = try Self.run(
            ["audit", "infra/shop", "--offline", "--format", "sarif", "--output", "out.sarif"], in: repo.url)
        #expect(run.status == 1, "nordic-shop has high findings: \(run.stderr)")
        #expect(
            run.stderr.hasPrefix("residency: FAILED at --fail-on high: ")
                && run.stderr.hasSuffix("; report: out.sarif\n"))
        let log = try JSONDecoder().decode(
            SARIFLog.self, from: Data(contentsOf: repo.url.appendingPathComponent("out.sarif")))
        let root = try #require(log.runs[0].originalUriBaseIds?["%SRCROOT%"]?.uri)
        #expect(root.hasPrefix("file:///") && root.hasSuffix("/"))
        let uris = log.runs[0].results.compactMap { $0.locations?.first?.physicalLocation.artifactLocation.uri }
        #expect(!uris.isEmpty && uris.allSatisfy { $0.hasPrefix("infra/shop/") })
    }

    @Test func shellLinesAreSplitIntoCommands() throws {
        let words = try CIExampleCommands.commands(
            "status=0\nbin/residency audit . --format 'sarif' \\\n --output \"a b.sarif\" || status=$?\necho x >> \"$OUT\""
        )
        #expect(
            words == [
                ["status=0"], ["bin/residency", "audit", ".", "--format", "sarif", "--output", "a b.sarif"],
                ["status=$?"], ["echo", "x"],
            ])
        #expect(throws: (any Error).self) { try CIExampleCommands.commands("residency audit $DIR") }
    }

    /// nordic-shop copied into a fresh folder (at `folder` inside it) with a `.git` at its top,
    /// as a CI checkout is.
    private func nordicShopWorkTree(under folder: String = "") throws -> TemporaryDirectory {
        let temp = TemporaryDirectory(prefix: "ci-example")
        let source = PackagePaths.fixtures.appendingPathComponent("nordic-shop")
        let files = try #require(FileManager.default.enumerator(atPath: source.path)?.allObjects as? [String])
        for rel in files {
            var isDir: ObjCBool = false
            let from = source.appendingPathComponent(rel)
            guard FileManager.default.fileExists(atPath: from.path, isDirectory: &isDir), !isDir.boolValue else {
                continue
            }
            temp.write(folder.isEmpty ? rel : "\(folder)/\(rel)", bytes: Array(try Data(contentsOf: from)))
        }
        try FileManager.default.createDirectory(
            at: temp.url.appendingPathComponent(".git"), withIntermediateDirectories: true)
        return temp
    }

    private static func run(_ arguments: [String], in folder: URL) throws -> (status: Int32, stderr: String) {
        let scratch = TemporaryDirectory(prefix: "ci-run")
        let err = scratch.write("stderr", "")
        let process = Process()
        guard let executable = BuiltResidency.executable else {
            throw NSError(
                domain: "CIExampleTests", code: 1,
                userInfo: [NSLocalizedDescriptionKey: "residency executable not found"])
        }
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }
}

/// The `residency` executable SwiftPM built beside the test bundle.
enum BuiltResidency {
    static var executable: URL? {
        var dirs = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
        if let e = Bundle.main.executableURL { dirs.append(e.deletingLastPathComponent()) }
        for dir in dirs {
            for candidate in [dir, dir.deletingLastPathComponent()] {
                let url = candidate.appendingPathComponent("residency")
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
        }
        return nil
    }
}
