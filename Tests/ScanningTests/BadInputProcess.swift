import Foundation
import TestSupport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs the built `residency` executable as a child process under a watchdog, so that input which
/// makes a scanner crash, hang or eat memory fails one test instead of taking the test run down.
enum BadInputProcess {
    struct Outcome {
        var status: Int32?
        var stdout: String
        var stderr: String
        /// Why the watchdog killed it, if it did.
        var killed: String?
        var seconds: Double
        var peakRSSKiB: Int
    }

    /// `residency` beside the test bundle.
    static var executable: URL? { ResidencyExecutable.url }

    /// Runs it; kills it (SIGKILL, by its pid) past `timeout` seconds or `maxRSSKiB` resident memory.
    static func run(_ arguments: [String], timeout: Double, maxRSSKiB: Int, scratch: URL) throws -> Outcome {
        guard let exe = executable else {
            throw NSError(
                domain: "BadInputProcess", code: 1,
                userInfo: [
                    NSLocalizedDescriptionKey: "residency executable not found beside \(CommandLine.arguments[0])"
                ])
        }
        let out = scratch.appendingPathComponent("stdout.txt")
        let err = scratch.appendingPathComponent("stderr.txt")
        try Data().write(to: out)
        try Data().write(to: err)
        let outHandle = try FileHandle(forWritingTo: out)
        let errHandle = try FileHandle(forWritingTo: err)
        defer {
            try? outHandle.close()
            try? errHandle.close()
        }

        let process = Process()
        process.executableURL = exe
        process.arguments = arguments
        process.standardOutput = outHandle
        process.standardError = errHandle
        let start = Date()
        try process.run()
        var killed: String?
        var peak = 0
        while process.isRunning {
            peak = max(peak, residentKiB(process.processIdentifier))
            let elapsed = Date().timeIntervalSince(start)
            if elapsed > timeout { killed = "still running after \(Int(timeout)) s" }
            if peak > maxRSSKiB { killed = "resident memory above \(maxRSSKiB / 1024) MiB" }
            if killed != nil {
                kill(process.processIdentifier, SIGKILL)
                break
            }
            usleep(50_000)
        }
        process.waitUntilExit()
        return Outcome(
            status: killed == nil ? process.terminationStatus : nil,
            stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "",
            killed: killed, seconds: Date().timeIntervalSince(start), peakRSSKiB: peak)
    }

    /// VmRSS of a running process from /proc (0 where /proc is not there).
    static func residentKiB(_ pid: Int32) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return Int(line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first ?? "") ?? 0
        }
        return 0
    }
}
