/// Splits HCL native syntax into tokens: identifiers, numbers, quoted templates (interpolations
/// `${…}` and directives `%{…}` kept as written, nested strings inside them allowed), heredocs
/// (`<<EOF`, `<<-EOF`), symbols and significant newlines. Comments (`#`, `//`, `/* */`) vanish.
struct HCLLexer {
    struct Failure: Error {
        var offset: Int
        var message: String
    }

    let b: [UInt8]
    var i = 0
    var tokens: [HCLToken] = []

    init(_ bytes: [UInt8]) { b = bytes }

    static func tokenize(_ bytes: [UInt8]) throws(Failure) -> [HCLToken] {
        var lexer = HCLLexer(bytes)
        try lexer.run()
        return lexer.tokens
    }

    private mutating func run() throws(Failure) {
        while i < b.count {
            let c = b[i]
            switch c {
            case 0x20, 0x09, 0x0D:
                i += 1
            case 0x0A:
                tokens.append(HCLToken(kind: .newline, offset: i))
                i += 1
            case 0x23:  // #
                skipLine()
            case 0x2F where i + 1 < b.count && b[i + 1] == 0x2F:  // //
                skipLine()
            case 0x2F where i + 1 < b.count && b[i + 1] == 0x2A:  // /* */
                let start = i
                i += 2
                while i + 1 < b.count, !(b[i] == 0x2A && b[i + 1] == 0x2F) { i += 1 }
                guard i + 1 < b.count else { throw Failure(offset: start, message: "unterminated /* comment") }
                i += 2
            case 0x22:  // "
                let (text, verbatim, end) = try quoted(from: i)
                tokens.append(HCLToken(kind: .string(text, verbatim: verbatim), offset: i + 1))
                i = end
            case 0x3C where i + 2 < b.count && b[i + 1] == 0x3C && (isIdentStart(b[i + 2]) || b[i + 2] == 0x2D):
                try heredoc()
            case _ where isIdentStart(c):
                let start = i
                while i < b.count, isIdentByte(b[i]) { i += 1 }
                tokens.append(HCLToken(kind: .identifier(String(decoding: b[start..<i], as: UTF8.self)), offset: start))
            case 0x30...0x39:
                let start = i
                while i < b.count,
                    (b[i] >= 0x30 && b[i] <= 0x39) || b[i] == 0x2E || b[i] == 0x65 || b[i] == 0x45
                        || ((b[i] == 0x2B || b[i] == 0x2D) && (b[i - 1] == 0x65 || b[i - 1] == 0x45))
                { i += 1 }
                tokens.append(HCLToken(kind: .number, offset: start))
            default:
                let two = i + 1 < b.count ? String(decoding: b[i...(i + 1)], as: UTF8.self) : ""
                if ["==", "!=", "<=", ">=", "&&", "||", "=>", "..."].contains(two)
                    || (two == ".." && i + 2 < b.count && b[i + 2] == 0x2E)
                {
                    let len = two == ".." ? 3 : 2
                    tokens.append(HCLToken(kind: .symbol(String(decoding: b[i..<(i + len)], as: UTF8.self)), offset: i))
                    i += len
                } else if c < 0x80 {
                    tokens.append(HCLToken(kind: .symbol(String(UnicodeScalar(c))), offset: i))
                    i += 1
                } else {
                    throw Failure(offset: i, message: "unexpected character")
                }
            }
        }
    }

    private mutating func skipLine() {
        while i < b.count, b[i] != 0x0A { i += 1 }
    }

    /// A quoted template starting at `start` (the quote): its decoded text, whether it is
    /// verbatim, and the offset after the closing quote.
    private func quoted(from start: Int) throws(Failure) -> (String, Bool, Int) {
        var j = start + 1
        var out: [UInt8] = []
        var verbatim = true
        while j < b.count {
            let c = b[j]
            if c == 0x22 { return (String(decoding: out, as: UTF8.self), verbatim, j + 1) }
            if c == 0x0A { break }
            if c == 0x5C, j + 1 < b.count {
                verbatim = false
                switch b[j + 1] {
                case 0x6E: out.append(0x0A)
                case 0x74: out.append(0x09)
                case 0x72: out.append(0x0D)
                case 0x75, 0x55:  // \uNNNN, \UNNNNNNNN
                    let len = b[j + 1] == 0x75 ? 4 : 8
                    guard j + 2 + len <= b.count,
                        let v = UInt32(String(decoding: b[(j + 2)..<(j + 2 + len)], as: UTF8.self), radix: 16),
                        let s = Unicode.Scalar(v)
                    else { throw Failure(offset: j, message: "bad unicode escape") }
                    out += Array(String(Character(s)).utf8)
                    j += 2 + len
                    continue
                default: out.append(b[j + 1])
                }
                j += 2
                continue
            }
            if c == 0x24 || c == 0x25, j + 2 < b.count, b[j + 1] == c, b[j + 2] == 0x7B {  // $${ is a literal ${
                verbatim = false
                out += [c, 0x7B]
                j += 3
                continue
            }
            if c == 0x24 || c == 0x25, j + 1 < b.count, b[j + 1] == 0x7B {  // ${ or %{
                let end = try interpolationEnd(from: j + 2)
                out += b[j..<end]
                j = end
                continue
            }
            out.append(c)
            j += 1
        }
        throw Failure(offset: start, message: "unterminated string")
    }

    /// The offset after the `}` closing an interpolation whose body starts at `from`.
    private func interpolationEnd(from: Int) throws(Failure) -> Int {
        var depth = 1
        var j = from
        while j < b.count {
            switch b[j] {
            case 0x7B: depth += 1
            case 0x7D:
                depth -= 1
                if depth == 0 { return j + 1 }
            case 0x22:
                let (_, _, end) = try quoted(from: j)
                j = end
                continue
            case 0x0A where depth == 1:
                break
            default: break
            }
            j += 1
        }
        throw Failure(offset: from - 2, message: "unterminated interpolation")
    }

    private mutating func heredoc() throws(Failure) {
        let start = i
        i += 2
        if b[i] == 0x2D { i += 1 }
        let markerStart = i
        while i < b.count, isIdentByte(b[i]) { i += 1 }
        let marker = Array(b[markerStart..<i])
        while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0D { i += 1 }
        guard !marker.isEmpty, i < b.count, b[i] == 0x0A else {
            throw Failure(offset: start, message: "heredoc marker must end its line")
        }
        i += 1
        let bodyStart = i
        while i < b.count {
            var lineEnd = i
            while lineEnd < b.count, b[lineEnd] != 0x0A { lineEnd += 1 }
            var s = i
            while s < lineEnd, b[s] == 0x20 || b[s] == 0x09 { s += 1 }
            var e = lineEnd
            if e > s, b[e - 1] == 0x0D { e -= 1 }
            if Array(b[s..<e]) == marker {
                tokens.append(
                    HCLToken(kind: .heredoc(String(decoding: b[bodyStart..<i], as: UTF8.self)), offset: bodyStart))
                i = lineEnd
                return
            }
            i = lineEnd + 1
        }
        throw Failure(offset: start, message: "heredoc opened here is never closed (no line with its closing marker)")
    }

    private func isIdentStart(_ c: UInt8) -> Bool { (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F }
    private func isIdentByte(_ c: UInt8) -> Bool { isIdentStart(c) || (c >= 0x30 && c <= 0x39) || c == 0x2D }
}
