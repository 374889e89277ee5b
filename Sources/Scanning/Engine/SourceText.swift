import Foundation

/// A decoded file and the index that turns byte offsets into 1-based line and column.
///
/// Scanners work on UTF-8 bytes (fast, no String indexing) and ask this for positions only for
/// what they report. A BOM is dropped before indexing, so column 1 is the first visible character.
public struct SourceText: Sendable {
    public let bytes: [UInt8]
    /// Byte offset where each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]

    public init(bytes raw: [UInt8]) {
        var bytes = raw
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        self.bytes = bytes
        var starts = [0]
        starts.reserveCapacity(bytes.count / 32)
        // memchr from line to line: a byte-by-byte loop was most of reading a file.
        bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress else { return }
            var i = 0
            while i < b.count, let hit = memchr(base + i, 0x0A, b.count - i) {
                i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(i)
            }
        }
        self.lineStarts = starts
    }

    public init(_ string: String) { self.init(bytes: Array(string.utf8)) }

    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// 1-based (line, column) of a byte offset; columns count Unicode scalars, as libyaml does.
    public func position(ofByte offset: Int) -> (line: Int, column: Int) {
        let clamped = max(0, min(offset, bytes.count))
        var lo = 0
        var hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= clamped { lo = mid } else { hi = mid - 1 }
        }
        var column = 1
        var i = lineStarts[lo]
        while i < clamped {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        // A continuation byte position belongs to the scalar that started before it.
        if clamped < bytes.count, bytes[clamped] & 0xC0 == 0x80, column > 1 { column -= 1 }
        return (lo + 1, column)
    }

    /// Byte offset of a 1-based (line, column), the inverse of `position(ofByte:)`.
    public func byteOffset(line: Int, column: Int) -> Int {
        guard line >= 1, line <= lineStarts.count else { return bytes.count }
        var i = lineStarts[line - 1]
        var col = 1
        while col < column, i < bytes.count, bytes[i] != 0x0A {
            i += 1
            while i < bytes.count, bytes[i] & 0xC0 == 0x80 { i += 1 }
            col += 1
        }
        return i
    }

    /// The bytes of the line at `index` (0-based, an index of `lineStarts`) without its line
    /// break (`\n` or `\r\n`): where every line-by-line reader starts.
    public func lineRange(_ index: Int) -> Range<Int> {
        let start = lineStarts[index]
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : bytes.count
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return start..<max(start, end)
    }

    /// The text of a 1-based line without its line break (`\n` or `\r\n`).
    public func line(_ number: Int) -> Substring {
        guard number >= 1, number <= lineStarts.count else { return "" }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] - 1 : bytes.count
        if end > start, end - 1 < bytes.count, end <= bytes.count, end > 0, bytes[end - 1] == 0x0D { end -= 1 }
        if end < start { end = start }
        return Substring(String(decoding: bytes[start..<end], as: UTF8.self))
    }

    /// First byte offset at or after `from` where `needle` occurs, ASCII case-insensitively.
    public func find(_ needle: String, from: Int) -> Int? {
        let n = Array(needle.utf8).map(Self.lower)
        guard !n.isEmpty, from >= 0 else { return nil }
        var i = from
        let last = bytes.count - n.count
        while i <= last {
            if Self.lower(bytes[i]) == n[0] {
                var j = 1
                while j < n.count, Self.lower(bytes[i + j]) == n[j] { j += 1 }
                if j == n.count { return i }
            }
            i += 1
        }
        return nil
    }

    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { (b >= 0x41 && b <= 0x5A) ? b + 0x20 : b }
}
