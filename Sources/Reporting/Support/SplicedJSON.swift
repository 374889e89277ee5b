import Dispatch
import Foundation

/// A document whose large arrays (a 10,000-file estate's endpoints, findings and chains, SARIF's
/// results) are worth encoding on all cores and streaming to the output. `JSONOutput.write`
/// encodes the rest of the document once, with those arrays empty, then each array in chunks
/// encoded side by side and handed to the output in order, with the indentation a single encoding
/// would have given them, while later chunks are encoded (`InOrderPipeline`): only the chunks
/// between the writer and the encoders are ever held, not the whole report. The result is byte for byte what one `JSONEncoder` pass writes (the golden-file
/// tests hold it to that); where an emptied array is not found exactly once in the expected shape,
/// the document is encoded in one pass instead.
public protocol SplicedJSONDocument: Encodable {
    /// The document with its large arrays emptied.
    func withoutLargeArrays() -> Self
    /// Each large array: its key, how deep it stands, its length, and how to encode a range of its
    /// elements as the lines they have in the document (`JSONOutput.encodeItems`).
    var largeArrays: [SplicedJSONArray] { get }
}

public struct SplicedJSONArray: Sendable {
    public let key: String
    /// How many objects deep the key stands: 1 for a top-level key, 3 for SARIF's
    /// `runs[0].results` (the key is indented by two spaces per level).
    public let depth: Int
    public let count: Int
    /// A range of its elements as they stand in the document: item lines indented `depth` levels
    /// deeper than a top-level array's, `,\n` between them, no brackets.
    public let encodeItems: @Sendable (Range<Int>) throws -> String

    public init<Element: Encodable & Sendable>(key: String, depth: Int = 1, elements: [Element]) {
        self.key = key
        self.depth = depth
        self.count = elements.count
        self.encodeItems = { range in try JSONOutput.encodeItems(elements[range], depth: depth) }
    }

    var indent: String { String(repeating: " ", count: 2 * depth) }
    /// How the array stands in the document encoded with it emptied.
    var emptied: String { "\n\(indent)\"\(key)\" : [\n\n\(indent)]" }
}

extension JSONOutput {
    /// The whole document as one string (tests, golden files, small reports).
    public static func encode<D: SplicedJSONDocument>(_ document: D) throws -> String {
        var text = ""
        try write(document) { text += $0 }
        return text
    }

    /// Items per chunk encoded by one worker.
    static let chunkSize = 256

    /// Hands the document to `emit` piece by piece, in order; see `SplicedJSONDocument`. A throw
    /// (from encoding or from `emit`) stops the writing: what was emitted is then incomplete.
    public static func write<D: SplicedJSONDocument>(_ document: D, to emit: (String) throws -> Void) throws {
        let arrays = document.largeArrays.filter { $0.count > 0 }
        guard !arrays.isEmpty else { return try emit(encodeFragment(document) + "\n") }
        // The rest of the document is small: find where each emptied array stands in it.
        let base = try encodeFragment(document.withoutLargeArrays())
        var places: [(range: Range<String.Index>, array: Int)] = []
        for (a, array) in arrays.enumerated() {
            let marker = array.emptied
            guard let r = base.range(of: marker), base[r.upperBound...].range(of: marker) == nil else {
                return try emit(encodeFragment(document) + "\n")
            }
            places.append((r, a))
        }
        places.sort { $0.range.lowerBound < $1.range.lowerBound }
        var cursor = base.startIndex
        for place in places {
            try emit(String(base[cursor..<place.range.lowerBound]))
            let array = arrays[place.array]
            try emit("\n\(array.indent)\"\(array.key)\" : [\n")
            try writeItems(of: array, to: emit)
            try emit("\n\(array.indent)]")
            cursor = place.range.upperBound
        }
        try emit(String(base[cursor...]) + "\n")
    }

    /// The array's items, `,\n` between them, encoded in chunks on all cores and written in order
    /// as they are done, a bounded number of chunks ahead of the writing.
    private static func writeItems(of array: SplicedJSONArray, to emit: (String) throws -> Void) throws {
        let chunks = stride(from: 0, to: array.count, by: chunkSize).map { $0..<min($0 + chunkSize, array.count) }
        try InOrderPipeline.run(
            count: chunks.count, ahead: max(4, ProcessInfo.processInfo.activeProcessorCount * 4),
            produce: { try array.encodeItems(chunks[$0]) },
            consume: { j, lines in
                if j > 0 { try emit(",\n") }
                try emit(lines)
            })
    }

    /// `[\n  {…},\n  {…}\n]` → its item lines, indented `depth` levels deeper (as inside the
    /// document), on bytes; an empty array's blank line stays blank. Nil when the fragment is not
    /// an array. Only for what `JSONEncoder` encodes (`encodeItems`' fallback).
    static func itemLines(of fragment: String, depth: Int = 1) -> String? {
        var fragment = fragment
        let pad = 2 * depth
        return fragment.withUTF8 { u -> String? in
            guard u.count >= 4, u[0] == 0x5B, u[1] == 0x0A, u[u.count - 2] == 0x0A, u[u.count - 1] == 0x5D else {
                return nil
            }
            let body = u[2..<(u.count - 2)]
            var out: [UInt8] = []
            out.reserveCapacity(body.count + body.count / 4)
            var atLineStart = true
            for b in body {
                if atLineStart && b != 0x0A { for _ in 0..<pad { out.append(0x20) } }
                out.append(b)
                atLineStart = b == 0x0A
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The elements as the items of an array standing `depth` levels deep (see `SplicedJSONArray`):
    /// written there by `PrettyJSONEncoder`, or by `JSONEncoder` and re-indented for what that one
    /// leaves to it (same bytes).
    static func encodeItems<C: Collection>(_ elements: C, depth: Int) throws -> String where C.Element: Encodable {
        if let bytes = try? PrettyJSONEncoder.items(elements, depth: depth) {
            return String(decoding: bytes, as: UTF8.self)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let fragment = String(decoding: try encoder.encode(Array(elements)), as: UTF8.self)
        guard let lines = itemLines(of: fragment, depth: depth) else {
            throw EncodingError.invalidValue(
                fragment, .init(codingPath: [], debugDescription: "an array did not encode as an array"))
        }
        return lines
    }

    /// One pretty-printed, key-sorted encoding without the trailing newline: written by
    /// `PrettyJSONEncoder`, or by `JSONEncoder` for what that one leaves to it (same bytes).
    static func encodeFragment<T: Encodable>(_ value: T) throws -> String {
        if let bytes = try? PrettyJSONEncoder.encode(value) { return String(decoding: bytes, as: UTF8.self) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
