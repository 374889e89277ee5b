/// Substring tests on UTF-8 bytes. Once any file of a module imports Foundation, `"…".contains`
/// on a string resolves to Foundation's `range(of:)`, which bridges through NSString and UTF-16;
/// it was the hottest call of a 10,000-file scan. Byte comparison gives the same answer for the
/// literal, case-sensitive needles the scanners and reports use.
extension StringProtocol {
    /// Whether `needle` occurs in the string (case-sensitive, byte for byte).
    public func hasInfix(_ needle: String) -> Bool { utf8Offset(of: needle) != nil }

    /// The UTF-8 offset of the first occurrence of `needle` at or after `from`, or nil.
    public func utf8Offset(of needle: String, from: Int = 0) -> Int? {
        var needle = needle
        return needle.withUTF8 { n -> Int? in
            guard let first = n.first else { return from }
            if let r = utf8.withContiguousStorageIfAvailable({ Self.search($0, n, first: first, from: from) }) {
                return r
            }
            return Self.search(Array(utf8), n, first: first, from: from)
        }
    }

    /// The range of the first occurrence of `needle`, as string indices, or nil.
    public func rangeOfBytes(_ needle: String) -> Range<Index>? {
        guard let offset = utf8Offset(of: needle) else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }

    private static func search<H: RandomAccessCollection>(
        _ h: H, _ n: UnsafeBufferPointer<UInt8>, first: UInt8, from: Int
    ) -> Int?
    where H.Element == UInt8, H.Index == Int {
        let count = h.count
        let m = n.count
        guard m <= count else { return nil }
        var i = h.startIndex + from
        let last = h.startIndex + count - m
        outer: while i <= last {
            if h[i] != first {
                i += 1
                continue
            }
            var j = 1
            while j < m {
                if h[i + j] != n[j] {
                    i += 1
                    continue outer
                }
                j += 1
            }
            return i - h.startIndex
        }
        return nil
    }
}
