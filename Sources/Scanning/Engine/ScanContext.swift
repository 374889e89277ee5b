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
        case outsideRoot(String), unreadable(String), tooLarge(String, Int), binary(String), notUTF8(String)
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
        guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
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
        guard let attrs = try? FileManager.default.attributesOfItem(atPath: url.path) else {
            return .failure(.unreadable(relativePath))
        }
        let size = (attrs[.size] as? NSNumber)?.intValue ?? 0
        if size > maxSize { return .failure(.tooLarge(relativePath, maxSize)) }
        guard let data = FileManager.default.contents(atPath: url.path) else { return .failure(.unreadable(relativePath)) }
        return decode([UInt8](data), relativePath: relativePath)
    }

    public static func decode(_ bytes: [UInt8], relativePath: String) -> Result<SourceFile, ScanContext.ReadError> {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let data = Data(bytes)
            let enc: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard let s = String(data: data.dropFirst(2), encoding: enc) else { return .failure(.notUTF8(relativePath)) }
            return .success(SourceFile(path: relativePath, text: SourceText(s)))
        }
        if isBinary(bytes) { return .failure(.binary(relativePath)) }
        guard String(validatingUTF8: bytes) != nil else { return .failure(.notUTF8(relativePath)) }
        return .success(SourceFile(path: relativePath, text: SourceText(bytes: bytes)))
    }

    /// A NUL byte in the first 8 KiB means binary, as git and grep decide.
    public static func isBinary(_ bytes: [UInt8]) -> Bool {
        bytes.prefix(8192).contains(0)
    }
}

extension String {
    fileprivate init?(validatingUTF8 bytes: [UInt8]) {
        var it = bytes.makeIterator()
        var decoder = UTF8()
        loop: while true {
            switch decoder.decode(&it) {
            case .scalarValue: continue
            case .emptyInput: break loop
            case .error: return nil
            }
        }
        self = ""
    }
}
