import Foundation
import TestSupport

/// Runs the built `residency` executable, as a CI job would, in a given folder.
enum ResidencyBinary {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// `residency` beside the test bundle.
    static var executable: URL? { ResidencyExecutable.url }

    /// Runs `residency arguments` in `folder`; stdout and stderr go to files, so a large report
    /// cannot fill a pipe and block the child. Gives up (SIGKILL) after `timeout` seconds.
    static func run(
        _ arguments: [String], in folder: URL, timeout: Double = 120, environment: [String: String] = [:]
    ) throws -> Outcome {
        guard let exe = executable else {
            throw Failure("residency executable not found beside \(CommandLine.arguments[0])")
        }
        return try run(exe, arguments, in: folder, timeout: timeout, environment: environment)
    }

    /// `environment`: variables set for the child on top of the test's own.
    static func run(
        _ exe: URL, _ arguments: [String], in folder: URL, timeout: Double = 120,
        environment: [String: String] = [:]
    ) throws -> Outcome {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(
            "residency-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("stdout")
        let err = scratch.appendingPathComponent("stderr")
        guard FileManager.default.createFile(atPath: out.path, contents: nil),
            FileManager.default.createFile(atPath: err.path, contents: nil)
        else { throw Failure("cannot create \(scratch.path)") }
        let outHandle = try FileHandle(forWritingTo: out)
        let errHandle = try FileHandle(forWritingTo: err)
        defer {
            try? outHandle.close()
            try? errHandle.close()
        }
        let process = Process()
        process.executableURL = exe
        process.arguments = arguments
        process.currentDirectoryURL = folder
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, set in set }
        }
        process.standardOutput = outHandle
        process.standardError = errHandle
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning {
            if Date() > deadline {
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                throw Failure("residency \(arguments.joined(separator: " ")) still running after \(Int(timeout)) s")
            }
            usleep(20_000)
        }
        return Outcome(
            status: process.terminationStatus,
            stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ d: String) { description = d }
    }
}

/// `git` in a folder, for the end-to-end tests' temporary repositories.
enum Git {
    @discardableResult
    static func run(_ arguments: [String], in folder: URL) throws -> ResidencyBinary.Outcome {
        let base = [
            "-c", "user.name=residency tests", "-c", "user.email=tests@residency.invalid", "-c", "commit.gpgsign=false",
            "-c", "init.defaultBranch=main",
        ]
        let result = try ResidencyBinary.run(
            URL(fileURLWithPath: "/usr/bin/git"), base + arguments, in: folder, timeout: 60)
        guard result.status == 0 else {
            throw ResidencyBinary.Failure("git \(arguments.joined(separator: " ")): \(result.stderr)")
        }
        return result
    }

    /// Every file added and committed.
    static func commitAll(_ message: String, in folder: URL) throws {
        try run(["add", "-A"], in: folder)
        try run(["commit", "-q", "-m", message], in: folder)
    }
}
