import Testing

@testable import ResidencyCore

@Suite struct ByteSearchTests {
    /// The plain definition: the first i ≥ from where every byte of the needle matches.
    static func naive(_ needle: [UInt8], _ haystack: [UInt8], from: Int) -> Int? {
        guard from >= 0, from <= haystack.count else { return nil }
        if needle.isEmpty { return from }
        guard needle.count <= haystack.count else { return nil }
        for i in stride(from: from, through: haystack.count - needle.count, by: 1)
        where Array(haystack[i..<(i + needle.count)]) == needle {
            return i
        }
        return nil
    }

    /// A small alphabet so that partial matches, overlaps and matches at either end are common.
    @Test func agreesWithThePlainDefinitionOnRandomBytes() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let haystack = (0..<Int.random(in: 0...40, using: &rng)).map { _ in UInt8.random(in: 97...99, using: &rng) }
            let needle = (0..<Int.random(in: 0...4, using: &rng)).map { _ in UInt8.random(in: 97...99, using: &rng) }
            let from = Int.random(in: 0...(haystack.count + 1), using: &rng)
            let found = needle.withUnsafeBufferPointer { n in
                haystack.withUnsafeBufferPointer { ByteSearch.firstOffset(of: n, in: $0, from: from) }
            }
            #expect(found == Self.naive(needle, haystack, from: from), "\(needle) in \(haystack) from \(from)")
        }
    }

    @Test func findsNeedlesAtEitherEndAndNotPastTheEnd() {
        #expect("postgres://db".utf8Offset(of: "postgres") == 0)
        #expect("postgres://db".utf8Offset(of: "db") == 11)
        #expect("postgres://d".utf8Offset(of: "db") == nil)
        #expect("ab".utf8Offset(of: "abc") == nil)
        #expect("abc".utf8Offset(of: "", from: 2) == 2)
    }
}
