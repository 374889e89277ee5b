import Dispatch
import Foundation
import ResidencyCore

/// Walks the scanned tree. Symlinks are never followed: one whose target lies inside the tree is
/// skipped (the target is scanned at its own path, so nothing is counted twice and no loop can
/// form); one that leaves the tree, dangles or loops is reported as a diagnostic, not dropped.
/// Residency's own files (`OwnFiles`) and what `.residencyignore` at the root names are skipped
/// like `--exclude` matches.
public struct Discovery: Sendable {
    public struct Listing: Sendable {
        /// Relative paths of regular files to scan, sorted.
        public var files: [String] = []
        /// Files and links that could not be taken, each with its reason.
        public var diagnostics: [Diagnostic] = []
        /// Symlinks inside the tree that were skipped because their target is scanned anyway.
        public var skippedLinks: [String] = []
        /// Residency's own files (estate file, baselines, reports) found in the tree and not scanned.
        public var ownFiles: [String] = []
    }

    public let root: URL
    public let options: ScanOptions
    private let excludes: [Glob]
    private let ignoreFile: IgnoreFile?
    /// Where `.residencyignore` could not be read: reported, never silently dropped.
    private let ignoreFileProblem: Diagnostic?
    /// `ScanOptions.ownFiles` that lie inside the tree, relative to the root.
    private let namedOwnFiles: Set<String>

    public init(root: URL, options: ScanOptions) {
        let root = root.resolvingSymlinksInPath().standardizedFileURL
        self.root = root
        self.options = options
        self.excludes = options.excludes.map(Glob.path)
        let ignorePath = root.appendingPathComponent(IgnoreFile.fileName).path
        if FileManager.default.fileExists(atPath: ignorePath) {
            if let data = FileManager.default.contents(atPath: ignorePath),
                let text = String(data: data, encoding: .utf8)
            {
                (ignoreFile, ignoreFileProblem) = (IgnoreFile(text: text), nil)
            } else {
                (ignoreFile, ignoreFileProblem) = (
                    nil,
                    Diagnostic(
                        path: IgnoreFile.fileName, message: "cannot be read as UTF-8 text; its patterns are not applied"
                    )
                )
            }
        } else {
            (ignoreFile, ignoreFileProblem) = (nil, nil)
        }
        self.namedOwnFiles = Set(options.ownFiles.compactMap { Self.relative($0, to: root.path) })
    }

    /// `path` (absolute, or relative to the working directory) relative to `rootPath`, when inside it.
    /// The file need not exist yet (a report about to be written): its folder is resolved instead.
    static func relative(_ path: String, to rootPath: String) -> String? {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let folder = url.deletingLastPathComponent().resolvingSymlinksInPath().standardizedFileURL.path
        let full = (folder == "/" ? "" : folder) + "/" + url.lastPathComponent
        return full.hasPrefix(rootPath + "/") ? String(full.dropFirst(rootPath.count + 1)) : nil
    }

    /// Lists the tree breadth-first, one directory level at a time across all cores.
    public func list() -> Listing {
        var listing = Listing()
        if let ignoreFileProblem { listing.diagnostics.append(ignoreFileProblem) }
        if let only = options.onlyFiles { return listOnly(only, into: listing) }
        var level = [""]
        let rootPath = root.path
        while !level.isEmpty {
            let current = level
            let results = UnsafeResults<DirectoryEntries>(count: current.count)
            // Directory reads wait on the disk when its metadata is not cached: many at once.
            WideIO.forEach(current.count) { i in
                results[i] = readDirectory(current[i], rootPath: rootPath)
            }
            var next: [String] = []
            for entries in results.values {
                listing.files += entries.files
                listing.diagnostics += entries.diagnostics
                listing.skippedLinks += entries.skippedLinks
                listing.ownFiles += entries.ownFiles
                next += entries.directories
            }
            level = next
        }
        listing.files.sort()
        listing.diagnostics.sort()
        listing.skippedLinks.sort()
        listing.ownFiles.sort()
        return listing
    }

    /// The named files only (`audit FILE`), each still subject to the own-file rule.
    private func listOnly(_ paths: [String], into start: Listing) -> Listing {
        var listing = start
        for rel in paths.sorted() {
            var st = stat()
            let full = root.path + "/" + rel
            guard lstat(full, &st) == 0 else {
                listing.diagnostics.append(
                    Diagnostic(path: rel, message: "cannot be read (\(String(cString: strerror(errno))))"))
                continue
            }
            guard st.st_mode & S_IFMT == S_IFREG else {
                listing.diagnostics.append(Diagnostic(path: rel, message: "not a regular file; not read"))
                continue
            }
            if isOwnFile(rel, fullPath: full) { listing.ownFiles.append(rel) } else { listing.files.append(rel) }
        }
        return listing
    }

    private struct DirectoryEntries {
        var files: [String] = []
        var directories: [String] = []
        var diagnostics: [Diagnostic] = []
        var skippedLinks: [String] = []
        var ownFiles: [String] = []
    }

    private func readDirectory(_ relative: String, rootPath: String) -> DirectoryEntries {
        var out = DirectoryEntries()
        let dirPath = relative.isEmpty ? rootPath : rootPath + "/" + relative
        guard let entries = Self.entries(of: dirPath) else {
            out.diagnostics.append(
                Diagnostic(path: relative.isEmpty ? "." : relative, message: "directory cannot be read"))
            return out
        }
        for (name, knownType) in entries {
            let rel = relative.isEmpty ? name : relative + "/" + name
            let full = dirPath + "/" + name
            var type = knownType
            if type == 0 {
                var st = stat()
                guard lstat(full, &st) == 0 else {
                    out.diagnostics.append(
                        Diagnostic(path: rel, message: "cannot be read (\(String(cString: strerror(errno))))"))
                    continue
                }
                type = st.st_mode & S_IFMT
            }
            if type == S_IFDIR {
                if ScanOptions.skippedDirectories.contains(name) || name.hasPrefix(".build")
                    || isExcluded(rel, isDirectory: true)
                {
                    continue
                }
                out.directories.append(rel)
            } else if type == S_IFREG {
                if isExcluded(rel, isDirectory: false) { continue }
                if isOwnFile(rel, fullPath: full) {
                    out.ownFiles.append(rel)
                    continue
                }
                out.files.append(rel)
            } else if type == S_IFLNK {
                if isExcluded(rel, isDirectory: false) { continue }
                classifyLink(full: full, relative: rel, rootPath: rootPath, into: &out)
            } else if !isExcluded(rel, isDirectory: false) {
                // Sockets, FIFOs and devices hold no configuration and reading a FIFO would hang;
                // they are not read, but never dropped without a word.
                let what = type == S_IFIFO ? "named pipe" : type == S_IFSOCK ? "socket" : "device file"
                out.diagnostics.append(Diagnostic(path: rel, message: "\(what), not a regular file; not read"))
            }
        }
        return out
    }

    /// A directory's entries, sorted by name, each with its file type (`S_IFMT` bits) when the file
    /// system reports it in the entry itself, else 0. `readdir` with `d_type` spares one `lstat`
    /// per file; FileManager's listing plus `lstat` made discovery a tenth of a large scan.
    static func entries(of path: String) -> [(name: String, type: mode_t)]? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        var out: [(name: String, type: mode_t)] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> String in
                let bytes = raw.bindMemory(to: UInt8.self)
                let length = bytes.firstIndex(of: 0) ?? bytes.count
                return String(decoding: bytes[..<length], as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let type: mode_t
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_DIR): type = S_IFDIR
            case Int32(DT_REG): type = S_IFREG
            case Int32(DT_LNK): type = S_IFLNK
            default: type = 0  // DT_UNKNOWN, or a pipe, socket or device: lstat decides
            }
            out.append((name, type))
        }
        out.sort { $0.name < $1.name }
        return out
    }

    private func classifyLink(full: String, relative: String, rootPath: String, into out: inout DirectoryEntries) {
        var st = stat()
        if stat(full, &st) != 0 {
            let reason = errno == ELOOP ? "symlink loop; not followed" : "dangling symlink; not followed"
            out.diagnostics.append(Diagnostic(path: relative, message: reason))
            return
        }
        guard let target = realpath(full, nil) else {
            out.diagnostics.append(Diagnostic(path: relative, message: "symlink cannot be resolved; not followed"))
            return
        }
        let targetPath = String(cString: target)
        free(target)
        if targetPath == rootPath || targetPath.hasPrefix(rootPath + "/") {
            out.skippedLinks.append(relative)
        } else {
            out.diagnostics.append(
                Diagnostic(
                    path: relative, message: "symlink points outside the scanned tree (\(targetPath)); not followed"))
        }
    }

    private func isExcluded(_ relative: String, isDirectory: Bool) -> Bool {
        if excludes.contains(where: { $0.matches(relative) || (isDirectory && $0.matches(relative + "/")) }) {
            return true
        }
        return ignoreFile?.ignores(relative, isDirectory: isDirectory) ?? false
    }

    /// Named by this run, a default name at any depth, the estate file at the root, or by content.
    private func isOwnFile(_ relative: String, fullPath: String) -> Bool {
        if namedOwnFiles.contains(relative) || relative == "residency.yaml" { return true }
        let name = String(PathName.fileName(relative))
        return OwnFiles.defaultNames.contains(name) || OwnFiles.isResidencyOutput(path: fullPath)
    }
}

/// Slots written by `concurrentPerform` workers, each index by exactly one worker, so no two
/// threads touch the same slot and the buffer itself is never reallocated.
final class UnsafeResults<T>: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<T?>
    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: nil)
    }
    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }
    subscript(i: Int) -> T? {
        get { buffer[i] }
        set { buffer[i] = newValue }
    }
    var values: [T] { buffer.compactMap { $0 } }
}
