import Foundation
import ResidencyCore

/// What a scanner may know beyond its own file: the root, and read access to other files inside
/// it (nginx `include`). Reading is confined to the root: a path that escapes it is refused.
public struct ScanContext: Sendable {
    public let root: URL
    public let maxFileSize: Int

    public init(root: URL, maxFileSize: Int = ScanOptions.defaultMaxFileSize) {
        self.root = root.standardizedFileURL
        self.maxFileSize = maxFileSize
    }

    public enum ReadError: Error, CustomStringConvertible {
        case outsideRoot(String)
        case unreadable(String)
        case tooLarge(String, Int)
        case binary(String)
        case notUTF8(String)
        public var description: String {
            switch self {
            case .outsideRoot(let p): return "\(p) is outside the scanned tree; not read"
            case .unreadable(let p): return "\(p) cannot be read"
            case .tooLarge(let p, let n): return "\(p) is larger than the \(n)-byte limit; not scanned"
            case .binary(let p): return "\(p) is a binary file"
            case .notUTF8(let p): return "\(p) is not UTF-8 text"
            }
        }
    }

    /// Reads a file given relative to the root, with the same checks as discovery.
    public func read(relativePath: String) -> Result<SourceFile, ReadError> {
        let url = root.appendingPathComponent(relativePath).standardizedFileURL
        let resolved = url.resolvingSymlinksInPath()
        let rootPath = root.resolvingSymlinksInPath().path
        guard resolved.path == rootPath || resolved.path.hasPrefix(rootPath + "/") else {
            return .failure(.outsideRoot(relativePath))
        }
        return FileReader.read(url: url, relativePath: relativePath, maxSize: maxFileSize)
    }

    /// Relative paths of the regular files under the root matching a relative glob
    /// (`conf.d/*.conf`), sorted. Used for nginx `include` with wildcards.
    public func files(matching pattern: String) -> [String] {
        let glob = Glob.path(pattern)
        let dirPart = pattern.split(separator: "/").prefix { !$0.contains("*") && !$0.contains("?") }
        var base = root
        for part in dirPart.dropLast() { base.appendPathComponent(String(part)) }
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey])
        else { return [] }
        var out: [String] = []
        let rootPath = root.path
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            var rel = url.standardizedFileURL.path
            guard rel.hasPrefix(rootPath + "/") else { continue }
            rel.removeFirst(rootPath.count + 1)
            if glob.matches(rel) { out.append(rel) }
        }
        return out.sorted()
    }
}

/// Reads a file the way discovery does: size limit, binary check, UTF-8 (or UTF-16 with BOM).
public enum FileReader {
    public static func read(url: URL, relativePath: String, maxSize: Int) -> Result<SourceFile, ScanContext.ReadError> {
        read(path: url.path, relativePath: relativePath, maxSize: maxSize)
    }

    /// The same read for a path already joined: building a `URL` per file was a hundredth of a
    /// large scan.
    public static func read(
        path: String, relativePath: String, maxSize: Int
    ) -> Result<SourceFile, ScanContext.ReadError> {
        switch readBytes(path: path, maxSize: maxSize) {
        case .success(let bytes): return decode(bytes, relativePath: relativePath)
        case .failure(.tooLarge): return .failure(.tooLarge(relativePath, maxSize))
        case .failure: return .failure(.unreadable(relativePath))
        }
    }

    enum RawReadError: Error { case unreadable, tooLarge, notRegular }

    /// open/fstat/read: FileManager's attribute dictionary and `Data` cost a tenth of a large
    /// scan. `O_NONBLOCK` keeps a named pipe reached through an nginx `include` from blocking the
    /// open; anything but a regular file is refused. A file that grows past the limit while it is
    /// read is still refused, as the limit is checked on what was read.
    static func readBytes(path: String, maxSize: Int) -> Result<[UInt8], RawReadError> {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return .failure(.unreadable) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failure(.unreadable) }
        guard st.st_mode & S_IFMT == S_IFREG else { return .failure(.notRegular) }
        if Int(st.st_size) > maxSize { return .failure(.tooLarge) }
        var bytes: [UInt8] = []
        var capacity = max(Int(st.st_size), 0) + 1  // one more byte, to see the end of the file
        var failed = false
        while !failed {
            let start = bytes.count
            bytes.reserveCapacity(capacity)
            let chunk = capacity - start
            bytes.append(contentsOf: repeatElement(0, count: chunk))
            let n = bytes.withUnsafeMutableBytes { raw -> Int in
                var got = 0
                while got < chunk {
                    let r = posixRead(fd, raw.baseAddress! + start + got, chunk - got)
                    if r < 0 {
                        if errno == EINTR { continue }
                        return -1
                    }
                    if r == 0 { break }
                    got += r
                }
                return got
            }
            if n < 0 {
                failed = true
                break
            }
            bytes.removeLast(chunk - n)
            if n < chunk { break }  // end of file
            if bytes.count > maxSize { return .failure(.tooLarge) }
            capacity = bytes.count * 2
        }
        if failed { return .failure(.unreadable) }
        if bytes.count > maxSize { return .failure(.tooLarge) }
        return .success(bytes)
    }

    public static func decode(_ bytes: [UInt8], relativePath: String) -> Result<SourceFile, ScanContext.ReadError> {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let data = Data(bytes)
            let enc: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard let s = String(data: data.dropFirst(2), encoding: enc) else {
                return .failure(.notUTF8(relativePath))
            }
            return .success(SourceFile(path: relativePath, text: SourceText(s)))
        }
        if isBinary(bytes) { return .failure(.binary(relativePath)) }
        guard UTF8Validation.isValid(bytes) else { return .failure(.notUTF8(relativePath)) }
        return .success(SourceFile(path: relativePath, text: SourceText(bytes: bytes)))
    }

    /// A NUL byte in the first 8 KiB means binary, as git and grep decide.
    public static func isBinary(_ bytes: [UInt8]) -> Bool {
        // memchr, not `contains`: a byte-by-byte generic loop over every file's first 8 KiB.
        bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return false }
            return memchr(base, 0, min(b.count, 8192)) != nil
        }
    }
}

/// The C `read`, out of reach of `FileReader.read` by name inside the enum.
private func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { read(fd, buffer, count) }
