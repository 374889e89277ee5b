import Dispatch
import Foundation

/// A document whose large top-level arrays (a 10,000-file estate's endpoints, findings and
/// chains) are worth encoding on all cores. `JSONOutput.encode` encodes the rest of the document
/// once, with those arrays empty, then each array in chunks side by side, and splices the chunks
/// in with the indentation a single encoding would have given them. The result is byte for byte
/// what one `JSONEncoder` pass writes (the golden-file tests hold it to that); where the empty
/// array is not found in the expected shape, the document is encoded in one pass instead.
public protocol SplicedJSONDocument: Encodable {
    /// The document with its large arrays emptied.
    func withoutLargeArrays() -> Self
    /// Each large array: its key, its length, and how to encode a range of its elements as a
    /// pretty-printed JSON array (`JSONOutput.encodeFragment`).
    var largeArrays: [SplicedJSONArray] { get }
}

public struct SplicedJSONArray: Sendable {
    public let key: String
    public let count: Int
    public let encode: @Sendable (Range<Int>) throws -> String

    public init<Element: Encodable & Sendable>(key: String, elements: [Element]) {
        self.key = key
        self.count = elements.count
        self.encode = { range in try JSONOutput.encodeFragment(Array(elements[range])) }
    }
}

extension JSONOutput {
    /// Splices the large arrays in; see `SplicedJSONDocument`.
    public static func encode<D: SplicedJSONDocument>(_ document: D) throws -> String {
        let arrays = document.largeArrays.filter { $0.count > 0 }
        guard !arrays.isEmpty else { return try encodeFragment(document) + "\n" }
        // The rest of the document is small: find where each emptied array stands in it.
        let base = try encodeFragment(document.withoutLargeArrays())
        var places: [(range: Range<String.Index>, array: Int)] = []
        for (a, array) in arrays.enumerated() {
            guard let r = base.range(of: "\n  \"\(array.key)\" : [\n\n  ]") else { return try encodeFragment(document) + "\n" }
            places.append((r, a))
        }
        places.sort { $0.range.lowerBound < $1.range.lowerBound }
        // Chunks of every array, encoded and indented on all cores.
        let chunkSize = 256
        var jobs: [(array: Int, range: Range<Int>)] = []
        for (a, array) in arrays.enumerated() {
            for start in stride(from: 0, to: array.count, by: chunkSize) {
                jobs.append((a, start..<min(start + chunkSize, array.count)))
            }
        }
        let chunks = ChunkResults(count: jobs.count)
        let work = jobs
        DispatchQueue.concurrentPerform(iterations: work.count) { j in
            chunks.set(j, Result { try itemLines(of: arrays[work[j].array].encode(work[j].range)) })
        }
        var bodies = Array(repeating: [String](), count: arrays.count)
        for (j, job) in jobs.enumerated() {
            guard let lines = try chunks.get(j).get() else { return try encodeFragment(document) + "\n" }
            bodies[job.array].append(lines)
        }
        // One pass of appends: the base around each place, each array's items between.
        var text = ""
        text.reserveCapacity(base.utf8.count + bodies.joined().reduce(0) { $0 + $1.utf8.count + 2 } + 64)
        var cursor = base.startIndex
        for place in places {
            text += base[cursor..<place.range.lowerBound]
            text += "\n  \"\(arrays[place.array].key)\" : [\n"
            for (i, chunk) in bodies[place.array].enumerated() {
                if i > 0 { text += ",\n" }
                text += chunk
            }
            text += "\n  ]"
            cursor = place.range.upperBound
        }
        text += base[cursor...]
        text += "\n"
        return text
    }

    /// `[\n  {…},\n  {…}\n]` → its item lines, each one level deeper (as inside the document),
    /// on bytes; an empty array's blank line stays blank. Nil when the fragment is not an array.
    static func itemLines(of fragment: String) -> String? {
        var fragment = fragment
        return fragment.withUTF8 { u -> String? in
            guard u.count >= 4, u[0] == 0x5B, u[1] == 0x0A, u[u.count - 2] == 0x0A, u[u.count - 1] == 0x5D else { return nil }
            let body = u[2..<(u.count - 2)]
            var out: [UInt8] = []
            out.reserveCapacity(body.count + body.count / 8)
            var atLineStart = true
            for b in body {
                if atLineStart && b != 0x0A { out.append(0x20); out.append(0x20) }
                out.append(b)
                atLineStart = b == 0x0A
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// One pretty-printed, key-sorted encoding without the trailing newline.
    static func encodeFragment<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

/// Slots for the chunk encodings, each written by exactly one worker.
private final class ChunkResults: @unchecked Sendable {
    private var slots: [Result<String?, Error>?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ r: Result<String?, Error>) { lock.withLock { slots[i] = r } }
    func get(_ i: Int) -> Result<String?, Error> { lock.withLock { slots[i]! } }
}
