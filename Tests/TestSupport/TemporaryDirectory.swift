import Foundation

/// A fresh folder under the system temp dir, removed when the value goes away.
public final class TemporaryDirectory: @unchecked Sendable {
    public let url: URL

    public init(prefix: String = "residency-test") {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `content` at `relativePath`, creating folders.
    @discardableResult
    public func write(_ relativePath: String, _ content: String) -> URL {
        write(relativePath, bytes: Array(content.utf8))
    }

    @discardableResult
    public func write(_ relativePath: String, bytes: [UInt8]) -> URL {
        let file = url.appendingPathComponent(relativePath)
        try! FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! Data(bytes).write(to: file)
        return file
    }
}
