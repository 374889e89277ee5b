import Foundation
import Reporting

/// Finds the git work tree a scanned path lies in, by looking for `.git` (a folder, or the file a
/// linked worktree or submodule has) in the path and each folder above it. No `git` process is
/// run: the binary must work on a CI image without git, and a wrong answer only costs SARIF its
/// repository-relative paths, never a verdict.
public enum GitWorkTree {
    /// Nil when no folder from `path` up to `/` holds a `.git`.
    public static func location(of path: URL) -> RepositoryLocation? {
        // Symlinks resolved, so the path and the root are spelled the same way.
        let start = path.standardizedFileURL.resolvingSymlinksInPath().path
        var components = start.split(separator: "/").map(String.init)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: start, isDirectory: &isDirectory), !isDirectory.boolValue {
            components.removeLast()
        }
        let scanned = components
        while true {
            let folder = "/" + components.joined(separator: "/")
            if FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(".git")) {
                let inside = scanned.dropFirst(components.count).joined(separator: "/")
                return RepositoryLocation(rootPath: folder, pathInRepository: inside)
            }
            if components.isEmpty { return nil }
            components.removeLast()
        }
    }
}
