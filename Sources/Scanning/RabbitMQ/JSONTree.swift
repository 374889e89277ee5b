/// A small JSON reader that keeps where every string stands in the file, which
/// `JSONSerialization` and `Codable` cannot tell: a host found in a URI needs its line and column.
indirect enum JSONTree {
    case object([(key: String, value: JSONTree)])
    case array([JSONTree])
    /// The decoded text, the file offset of its first character (after the quote), and whether
    /// the text stands in the file byte for byte (no escapes).
    case string(String, offset: Int, verbatim: Bool)
    /// Numbers, booleans and null: nothing a scanner looks into.
    case scalar

    struct SyntaxError: Error {
        var offset: Int
        var message: String
    }

    subscript(key: String) -> JSONTree? {
        guard case .object(let pairs) = self else { return nil }
        return pairs.first { $0.key == key }?.value
    }

    var string: String? {
        if case .string(let s, _, _) = self { return s }
        return nil
    }

    static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> JSONTree {
        var reader = Reader(b: bytes)
        reader.skipSpace()
        let value = try reader.value(depth: 0)
        reader.skipSpace()
        guard reader.i == bytes.count else {
            throw SyntaxError(offset: reader.i, message: "unexpected text after the JSON value")
        }
        return value
    }

    private struct Reader {
        let b: [UInt8]
        var i = 0

        mutating func skipSpace() {
            while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
        }

        mutating func value(depth: Int) throws(SyntaxError) -> JSONTree {
            guard depth < 128 else { throw SyntaxError(offset: i, message: "JSON nested too deeply") }
            guard i < b.count else { throw SyntaxError(offset: i, message: "unexpected end of JSON") }
            switch b[i] {
            case 0x7B:  // {
                i += 1
                var pairs: [(key: String, value: JSONTree)] = []
                skipSpace()
                if i < b.count, b[i] == 0x7D {
                    i += 1
                    return .object(pairs)
                }
                while true {
                    skipSpace()
                    guard i < b.count, b[i] == 0x22 else {
                        throw SyntaxError(offset: i, message: "expected a string key")
                    }
                    guard case .string(let key, _, _) = try string() else {
                        throw SyntaxError(offset: i, message: "expected a key")
                    }
                    skipSpace()
                    guard i < b.count, b[i] == 0x3A else { throw SyntaxError(offset: i, message: "expected ':'") }
                    i += 1
                    skipSpace()
                    pairs.append((key, try value(depth: depth + 1)))
                    skipSpace()
                    guard i < b.count else {
                        throw SyntaxError(offset: i, message: "unexpected end of JSON in an object")
                    }
                    if b[i] == 0x2C {
                        i += 1
                        continue
                    }
                    if b[i] == 0x7D {
                        i += 1
                        return .object(pairs)
                    }
                    throw SyntaxError(offset: i, message: "expected ',' or '}'")
                }
            case 0x5B:  // [
                i += 1
                var items: [JSONTree] = []
                skipSpace()
                if i < b.count, b[i] == 0x5D {
                    i += 1
                    return .array(items)
                }
                while true {
                    skipSpace()
                    items.append(try value(depth: depth + 1))
                    skipSpace()
                    guard i < b.count else {
                        throw SyntaxError(offset: i, message: "unexpected end of JSON in an array")
                    }
                    if b[i] == 0x2C {
                        i += 1
                        continue
                    }
                    if b[i] == 0x5D {
                        i += 1
                        return .array(items)
                    }
                    throw SyntaxError(offset: i, message: "expected ',' or ']'")
                }
            case 0x22:
                return try string()
            default:
                let start = i
                while i < b.count,
                    !(b[i] == 0x2C || b[i] == 0x7D || b[i] == 0x5D || b[i] == 0x20 || b[i] == 0x0A
                        || b[i] == 0x0D || b[i] == 0x09)
                { i += 1 }
                let word = String(decoding: b[start..<i], as: UTF8.self)
                // The message never quotes the text: an unquoted password or URL would reach every report.
                guard word == "true" || word == "false" || word == "null" || Double(word) != nil else {
                    throw SyntaxError(
                        offset: start, message: "expected a value (object, array, string, number, true, false or null)")
                }
                return .scalar
            }
        }

        mutating func string() throws(SyntaxError) -> JSONTree {
            let open = i
            i += 1
            let start = i
            var out: [UInt8] = []
            var verbatim = true
            while i < b.count {
                let c = b[i]
                if c == 0x22 {
                    i += 1
                    return .string(String(decoding: out, as: UTF8.self), offset: start, verbatim: verbatim)
                }
                if c == 0x0A { break }
                if c == 0x5C {
                    verbatim = false
                    guard i + 1 < b.count else { break }
                    let e = b[i + 1]
                    switch e {
                    case 0x6E: out.append(0x0A)
                    case 0x74: out.append(0x09)
                    case 0x72: out.append(0x0D)
                    case 0x62: out.append(0x08)
                    case 0x66: out.append(0x0C)
                    case 0x75:
                        guard i + 6 <= b.count,
                            let v = UInt32(String(decoding: b[(i + 2)..<(i + 6)], as: UTF8.self), radix: 16)
                        else {
                            throw SyntaxError(offset: i, message: "bad \\u escape")
                        }
                        out += Array(String(Character(Unicode.Scalar(v) ?? "\u{FFFD}")).utf8)
                        i += 6
                        continue
                    default: out.append(e)
                    }
                    i += 2
                    continue
                }
                out.append(c)
                i += 1
            }
            throw SyntaxError(offset: open, message: "unterminated string")
        }
    }
}
