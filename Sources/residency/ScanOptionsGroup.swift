import ArgumentParser
import Foundation
import Scanning

/// The PATH argument and the discovery options that every scanning command takes.
struct ScanOptionsGroup: ParsableArguments {
    @Argument(help: "The repository or folder to scan.", completion: .directory)
    var path: String = "."

    @Option(name: .customLong("exclude"), help: ArgumentHelp("Skip paths matching this glob (repeatable), e.g. 'test/**'.", valueName: "glob"))
    var excludes: [String] = []

    @Option(name: .customLong("max-file-size"), help: ArgumentHelp("Files larger than this many bytes become config errors.", valueName: "bytes"))
    var maxFileSize: Int = ScanOptions.defaultMaxFileSize

    func validate() throws {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue else {
            throw ValidationError("\(path): no such directory")
        }
        guard maxFileSize > 0 else { throw ValidationError("--max-file-size must be positive") }
    }

    var rootURL: URL { URL(fileURLWithPath: path) }
    var scanOptions: ScanOptions { ScanOptions(excludes: excludes, maxFileSize: maxFileSize) }
}
