import Foundation

/// The built `residency` executable beside the test bundle (SwiftPM puts both in the same
/// products folder), for the tests that run it as a user or a CI job would; nil when not built.
public enum ResidencyExecutable {
    public static var url: URL? {
        var dirs = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(), Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
        ]
        if let e = Bundle.main.executableURL { dirs.append(e.deletingLastPathComponent()) }
        return dirs.map { $0.appendingPathComponent("residency") }.first {
            FileManager.default.isExecutableFile(atPath: $0.path)
        }
    }
}
