#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Substring tests on UTF-8 bytes. Once any file of a module imports Foundation, `"…".contains`
/// on a string resolves to Foundation's `range(of:)`, which bridges through NSString and UTF-16;
/// it was the hottest call of a 10,000-file scan. Byte comparison gives the same answer for the
/// literal, case-sensitive needles the scanners and reports use.
///
/// The string methods are `@inlinable` so other modules get them specialised for `String` and
/// `Substring`: called across the module boundary unspecialised, every byte went through a
/// protocol witness and the search showed in the profile again. The search itself is one
/// non-generic function on bytes.
extension StringProtocol {
    /// Whether `needle` occurs in the string (case-sensitive, byte for byte).
    @inlinable public func hasInfix(_ needle: String) -> Bool { utf8Offset(of: needle) != nil }

    /// The UTF-8 offset of the first occurrence of `needle` at or after `from`, or nil.
    @inlinable public func utf8Offset(of needle: String, from: Int = 0) -> Int? {
        var needle = needle
        return needle.withUTF8 { n -> Int? in
            if let r = utf8.withContiguousStorageIfAvailable({ ByteSearch.firstOffset(of: n, in: $0, from: from) }) {
                return r
            }
            return Array(utf8).withUnsafeBufferPointer { ByteSearch.firstOffset(of: n, in: $0, from: from) }
        }
    }

    /// The range of the first occurrence of `needle`, as string indices, or nil.
    @inlinable public func rangeOfBytes(_ needle: String) -> Range<Index>? {
        guard let offset = utf8Offset(of: needle) else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }
}

/// The byte search behind the string methods above.
public enum ByteSearch {
    /// The offset of the first occurrence of `needle` in `haystack` at or after `from`, or nil.
    /// An empty needle is found at `from`. `memchr` finds each candidate first byte (vectorised
    /// in the C library), `memcmp` checks the rest.
    public static func firstOffset(
        of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from: Int = 0
    ) -> Int? {
        let m = needle.count
        guard from >= 0, from <= haystack.count else { return nil }
        guard m > 0 else { return from }
        guard m <= haystack.count - from, let h = haystack.baseAddress, let n = needle.baseAddress else { return nil }
        let first = Int32(n.pointee)
        var i = from
        let last = haystack.count - m
        while i <= last {
            guard let hit = memchr(h + i, first, last - i + 1) else { return nil }
            let at = h.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            if m == 1 || memcmp(h + at + 1, n + 1, m - 1) == 0 { return at }
            i = at + 1
        }
        return nil
    }
}
