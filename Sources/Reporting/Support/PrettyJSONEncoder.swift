import Foundation

/// Writes exactly what `JSONEncoder` with `[.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]`
/// writes (keys ordered by their UTF-8 bytes, two spaces a level, `" : "`, the same string
/// escapes and number forms), straight into bytes (`PrettyJSONWriter`). Foundation's encoder
/// builds a tree of boxed values first; on the 70,000 findings and endpoints of a large estate
/// that was a third of an audit. Values it has special forms for (dates, data, URLs, decimals)
/// and containers it does not know how to place (nested containers, super encoders) make it give
/// up with `Unsupported`, and `JSONOutput` then uses `JSONEncoder`, so the output never differs.
enum PrettyJSONEncoder {
    struct Unsupported: Error {}

    static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let writer = PrettyJSONWriter()
        try writer.write(value, level: 0)
        guard !writer.failed else { throw Unsupported() }
        return writer.out
    }

    /// `elements` as the items of an array whose key stands `depth` objects deep: each on its
    /// own lines, indented as in the whole document, `,\n` between them, no brackets. What
    /// `JSONOutput.itemLines` makes of their array's encoding, without re-indenting it.
    static func items<C: Collection>(_ elements: C, depth: Int) throws -> [UInt8] where C.Element: Encodable {
        let writer = PrettyJSONWriter(capacity: 1024 * max(1, elements.count))
        func write(_ element: C.Element, first: Bool) throws {
            if !first { writer.put(",\n") }
            writer.indent(depth + 1)
            try writer.write(element, level: depth + 1)
        }
        // From contiguous storage each element is borrowed, not copied (no retain of its fields).
        let done: Void? = try elements.withContiguousStorageIfAvailable { buffer in
            for i in buffer.indices { try write(buffer[i], first: i == 0) }
        }
        if done == nil {
            for (i, element) in elements.enumerated() { try write(element, first: i == 0) }
        }
        guard !writer.failed else { throw Unsupported() }
        return writer.out
    }
}
