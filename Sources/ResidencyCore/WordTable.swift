/// Which of up to 64 lowercase ASCII words occur in a run of bytes, found in one pass: a table
/// says which words start with each byte, so most bytes cost one lookup and the rest are compared
/// with their own few words only. Key, host, line and image-name checks ask about one to a few
/// dozen words at a time; a substring search per word was most of their cost in a large scan.
public struct WordTable: Sendable {
    public let words: [[UInt8]]
    /// Bit i of entry b: `words[i]` starts with byte b.
    private let startingWith: [UInt64]

    public init(_ words: [String]) {
        precondition(words.count <= 64 && words.allSatisfy { !$0.isEmpty })
        self.words = words.map { Array($0.utf8) }
        var table = [UInt64](repeating: 0, count: 256)
        for (i, w) in self.words.enumerated() { table[Int(w[0])] |= 1 << UInt64(i) }
        startingWith = table
    }

    /// The words (bit i: `words[i]`) that occur in `bytes`.
    public func held(in bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var found: UInt64 = 0
        startingWith.withUnsafeBufferPointer { starts in
            for i in bytes.indices {
                var candidates = starts[Int(bytes[i])] & ~found
                while candidates != 0 {
                    let k = candidates.trailingZeroBitCount
                    candidates &= candidates - 1
                    let w = words[k]
                    guard i + w.count <= bytes.count else { continue }
                    var j = 1
                    while j < w.count, bytes[i + j] == w[j] { j += 1 }
                    if j == w.count { found |= 1 << UInt64(k) }
                }
            }
        }
        return found
    }

    /// Whether any word occurs in `bytes` read with ASCII capitals lowered, stopping at the first:
    /// for a range of a larger buffer (a line of a file), without a lowered copy of it.
    public func holdsAny(caseInsensitive bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let lower = { (b: UInt8) in b >= 0x41 && b <= 0x5A ? b + 0x20 : b }
        return startingWith.withUnsafeBufferPointer { starts in
            for i in bytes.indices {
                var candidates = starts[Int(lower(bytes[i]))]
                while candidates != 0 {
                    let w = words[candidates.trailingZeroBitCount]
                    candidates &= candidates - 1
                    guard i + w.count <= bytes.count else { continue }
                    var j = 1
                    while j < w.count, lower(bytes[i + j]) == w[j] { j += 1 }
                    if j == w.count { return true }
                }
            }
            return false
        }
    }

    public func held(in bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBufferPointer { held(in: $0) } }

    /// The words held in `text` with its ASCII letters lowercased (the words are lowercase).
    public func held(inASCIILowercased text: String) -> UInt64 { held(in: Self.asciiLowercased(text)) }

    /// The bit of a word, for testing a `held` answer.
    public func bit(_ word: String) -> UInt64 {
        guard let i = words.firstIndex(of: Array(word.utf8)) else { preconditionFailure("\(word) is not in the table") }
        return 1 << UInt64(i)
    }

    public static func asciiLowercased(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for b in text.utf8 { out.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b) }
        return out
    }
}
