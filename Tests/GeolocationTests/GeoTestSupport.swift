import Foundation
import Geolocation
import TestSupport

/// Compiles a fixture source (fixtures/geo/NAME.yaml) with the writer into `directory`.
func compileFixture(
    _ name: String, into directory: TemporaryDirectory, recordSize: Int? = nil
) throws -> MaxMindDatabase {
    let source = PackagePaths.fixtures.appendingPathComponent("geo/\(name).yaml").path
    var writer = try GeoSourceFile.load(path: source).writer()
    if let recordSize { writer.recordSize = recordSize }
    let url = directory.url.appendingPathComponent("\(name)-\(recordSize ?? 0).mmdb")
    try writer.write(to: url)
    return try MaxMindDatabase(path: url.path)
}

/// Runs `executable` with `arguments`; returns status, stdout, stderr.
func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
        process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self)
    )
}

/// The first executable named `name` on the PATH.
func onPath(_ name: String) -> String? {
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
        let path = "\(dir)/\(name)"
        if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
}

/// The built `residency` beside the test bundle, when it is there.
var residencyExecutable: String? {
    var dirs = [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()]
    if let e = Bundle.main.executableURL { dirs.append(e.deletingLastPathComponent()) }
    for dir in dirs {
        for candidate in [dir, dir.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("residency").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
    }
    return nil
}
