/// Reads Java `.properties` files as `java.util.Properties.load` does: `key=value`, `key: value`
/// and `key value`; `#` and `!` comment lines; `\` line continuations; `\uXXXX` and `\t`-style
/// escapes. Each entry keeps the file offset of its value, and whether the value stands in the
/// file byte for byte (so a host found in it gets an exact column without a search).
enum PropertiesFile {
    struct Entry: Equatable {
        var key: String
        var value: String
        /// Byte offset of the value's first character in the file.
        var valueOffset: Int
        /// The value has no escapes and no continuation: its bytes are in the file as read.
        var verbatim: Bool
    }

    static func parse(_ b: [UInt8]) -> [Entry] {
        var out: [Entry] = []
        var i = 0
        let n = b.count
        while i < n {
            // Start of a natural line: skip leading whitespace (space, tab, form feed).
            while i < n, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0C { i += 1 }
            guard i < n else { break }
            if b[i] == 0x0A || b[i] == 0x0D {
                i += 1
                continue
            }
            if b[i] == 0x23 || b[i] == 0x21 {  // comment: to the end of this natural line only
                while i < n, b[i] != 0x0A, b[i] != 0x0D { i += 1 }
                continue
            }
            var key: [UInt8] = []
            var verbatim = true
            // Key: up to an unescaped '=', ':' or whitespace.
            while i < n {
                let c = b[i]
                if c == 0x3D || c == 0x3A || c == 0x20 || c == 0x09 || c == 0x0C || c == 0x0A || c == 0x0D { break }
                if c == 0x5C {
                    let (bytes, next, _) = escape(b, i)
                    key += bytes
                    i = next
                    continue
                }
                key.append(c)
                i += 1
            }
            // Separator: whitespace, then at most one '=' or ':', then whitespace.
            while i < n, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0C { i += 1 }
            if i < n, b[i] == 0x3D || b[i] == 0x3A {
                i += 1
                while i < n, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0C { i += 1 }
            }
            // A continuation right after the separator: the value starts on the next line.
            while i + 1 < n, b[i] == 0x5C, b[i + 1] == 0x0A || b[i + 1] == 0x0D {
                i = skipContinuation(b, i)
                verbatim = false
            }
            let valueStart = i
            var value: [UInt8] = []
            while i < n, b[i] != 0x0A, b[i] != 0x0D {
                if b[i] == 0x5C {
                    verbatim = false
                    let (bytes, next, _) = escape(b, i)
                    value += bytes
                    i = next
                    continue
                }
                value.append(b[i])
                i += 1
            }
            // Trailing whitespace is part of a Java property value, but never of a host.
            while let last = value.last, last == 0x20 || last == 0x09 { value.removeLast() }
            out.append(
                Entry(
                    key: String(decoding: key, as: UTF8.self), value: String(decoding: value, as: UTF8.self),
                    valueOffset: valueStart, verbatim: verbatim))
        }
        return out
    }

    /// The escape at `i` (a backslash): its bytes, the index after it, and whether it was a line
    /// continuation (whose bytes are empty).
    private static func escape(_ b: [UInt8], _ i: Int) -> ([UInt8], Int, Bool) {
        guard i + 1 < b.count else { return ([], i + 1, false) }
        let c = b[i + 1]
        switch c {
        case 0x0A, 0x0D: return ([], skipContinuation(b, i), true)
        case 0x74: return ([0x09], i + 2, false)  // \t
        case 0x6E: return ([0x0A], i + 2, false)  // \n
        case 0x72: return ([0x0D], i + 2, false)  // \r
        case 0x66: return ([0x0C], i + 2, false)  // \f
        case 0x75:  // \uXXXX
            guard i + 6 <= b.count, let v = UInt32(String(decoding: b[(i + 2)..<(i + 6)], as: UTF8.self), radix: 16),
                let scalar = Unicode.Scalar(v)
            else { return ([], i + 2, false) }
            return (Array(String(Character(scalar)).utf8), i + 6, false)
        default: return ([c], i + 2, false)
        }
    }

    /// Skips `\`, the line break and the next line's leading whitespace.
    private static func skipContinuation(_ b: [UInt8], _ i: Int) -> Int {
        var j = i + 1
        if j < b.count, b[j] == 0x0D { j += 1 }
        if j < b.count, b[j] == 0x0A { j += 1 }
        while j < b.count, b[j] == 0x20 || b[j] == 0x09 || b[j] == 0x0C { j += 1 }
        return j
    }
}
