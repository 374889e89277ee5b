import ArgumentParser
import Foundation
import Scanning

/// The PATH argument and the discovery options that every scanning command takes.
struct ScanOptionsGroup: ParsableArguments {
    @Argument(
        help: "The repository or folder to scan, or one file (its folder is the root and only that file is scanned).",
        completion: .file())
    var path: String = "."

    @Option(
        name: .customLong("exclude"),
        help: ArgumentHelp("Skip paths matching this glob (repeatable), e.g. 'test/**'.", valueName: "glob"))
    var excludes: [String] = []

    @Option(
        name: .customLong("max-file-size"),
        help: ArgumentHelp("Files larger than this many bytes become config errors.", valueName: "bytes"))
    var maxFileSize: Int = ScanOptions.defaultMaxFileSize

    func validate() throws {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw ValidationError("\(path): no such file or folder")
        }
        if !isDir.boolValue {
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            guard (attributes?[.type] as? FileAttributeType) == .typeRegular else {
                throw ValidationError("\(path): PATH must be a folder or a regular file")
            }
        }
        guard maxFileSize > 0 else { throw ValidationError("--max-file-size must be positive") }
    }

    /// PATH is one file: the audit's root is its folder and only that file is scanned.
    var singleFile: String? {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue else { return nil }
        return (path as NSString).lastPathComponent
    }

    /// The folder scanned: PATH, or the folder of a single file.
    var folder: String {
        guard singleFile != nil else { return path }
        let parent = (path as NSString).deletingLastPathComponent
        return parent.isEmpty ? "." : parent
    }

    var rootURL: URL { URL(fileURLWithPath: folder) }

    /// The discovery options, with the files this run reads or writes itself kept out of the audit.
    func scanOptions(ownFiles: [String] = []) -> ScanOptions {
        ScanOptions(
            excludes: excludes, maxFileSize: maxFileSize, ownFiles: ownFiles, onlyFiles: singleFile.map { [$0] })
    }
}
