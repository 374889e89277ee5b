/// Splits an nginx configuration into words and `{` `}` `;`, the way `ngx_conf_read_token` does:
/// `#` starts a comment only where a word could start, quotes (single or double) only open at the
/// start of a word, `\` escapes the next character, and `${name}` inside a word is a variable,
/// not a block.
struct NginxLexer {
    struct Failure: Error, Equatable {
        let offset: Int
        let message: String
    }

    static func tokenize(_ b: [UInt8]) -> Result<[NginxToken], Failure> {
        var tokens: [NginxToken] = []
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            switch c {
            case 0x20, 0x09, 0x0A, 0x0D:
                i += 1
            case 0x23:  // '#': comment to the end of the line
                while i < n, b[i] != 0x0A { i += 1 }
            case 0x3B:
                tokens.append(NginxToken(kind: .semicolon, value: ";", offsets: [], start: i, quoted: false))
                i += 1
            case 0x7B:
                tokens.append(NginxToken(kind: .openBrace, value: "{", offsets: [], start: i, quoted: false))
                i += 1
            case 0x7D:
                tokens.append(NginxToken(kind: .closeBrace, value: "}", offsets: [], start: i, quoted: false))
                i += 1
            case 0x22, 0x27:
                let start = i
                i += 1
                var value: [UInt8] = []
                var offsets: [Int] = []
                var closed = false
                while i < n {
                    if b[i] == c {
                        closed = true
                        i += 1
                        break
                    }
                    if b[i] == 0x5C, i + 1 < n {
                        // nginx keeps the backslash except before the quote, `\\`, and t/r/n.
                        let e = b[i + 1]
                        switch e {
                        case c, 0x5C:
                            value.append(e)
                            offsets.append(i + 1)
                        case 0x74:
                            value.append(0x09)
                            offsets.append(i + 1)
                        case 0x72:
                            value.append(0x0D)
                            offsets.append(i + 1)
                        case 0x6E:
                            value.append(0x0A)
                            offsets.append(i + 1)
                        default:
                            value.append(0x5C)
                            offsets.append(i)
                            value.append(e)
                            offsets.append(i + 1)
                        }
                        i += 2
                        continue
                    }
                    value.append(b[i])
                    offsets.append(i)
                    i += 1
                }
                guard closed else { return .failure(Failure(offset: start, message: "unterminated quoted string")) }
                // A quoted word must be followed by a separator ("a"b is an error in nginx).
                if i < n, ![0x20, 0x09, 0x0A, 0x0D, 0x3B, 0x7B, 0x7D].contains(b[i]) {
                    return .failure(Failure(offset: i, message: "unexpected character after a quoted string"))
                }
                tokens.append(
                    NginxToken(
                        kind: .word, value: String(decoding: value, as: UTF8.self), offsets: offsets,
                        start: start, quoted: true))
            default:
                let start = i
                var value: [UInt8] = []
                var offsets: [Int] = []
                while i < n {
                    let d = b[i]
                    if d == 0x20 || d == 0x09 || d == 0x0A || d == 0x0D || d == 0x3B || d == 0x7B || d == 0x7D {
                        // `${name}`: the brace belongs to the variable.
                        if d == 0x7B, value.last == 0x24 {
                            while i < n, b[i] != 0x7D, b[i] != 0x0A {
                                value.append(b[i])
                                offsets.append(i)
                                i += 1
                            }
                            guard i < n, b[i] == 0x7D else {
                                return .failure(Failure(offset: start, message: "unterminated ${variable}"))
                            }
                            value.append(b[i])
                            offsets.append(i)
                            i += 1
                            continue
                        }
                        break
                    }
                    if d == 0x5C, i + 1 < n {
                        value.append(b[i + 1])
                        offsets.append(i + 1)
                        i += 2
                        continue
                    }
                    value.append(d)
                    offsets.append(i)
                    i += 1
                }
                tokens.append(
                    NginxToken(
                        kind: .word, value: String(decoding: value, as: UTF8.self), offsets: offsets,
                        start: start, quoted: false))
            }
        }
        return .success(tokens)
    }
}
