/// Escaping for XML (JUnit) and HTML. Finding text quotes config files the organisation does not
/// control, so a host or message holding `<script>` or `"` must reach the reader as text and
/// never as markup; all five special characters are escaped everywhere (text and attributes
/// alike), and characters XML 1.0 cannot carry at all (most C0 controls) become U+FFFD, because
/// even `&#1;` would make the document ill-formed.
enum MarkupEscaping {
    /// Element content: newlines kept as they are.
    static func text(_ s: String) -> String { escape(s, inAttribute: false) }

    /// Attribute values: newlines and tabs as character references, which parsers would
    /// otherwise normalise to spaces.
    static func attribute(_ s: String) -> String { escape(s, inAttribute: true) }

    private static func escape(_ s: String, inAttribute: Bool) -> String {
        guard needsEscaping(s, inAttribute: inAttribute) else { return s }
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\r": out += "&#13;"
            case "\n": out += inAttribute ? "&#10;" : "\n"
            case "\t": out += inAttribute ? "&#9;" : "\t"
            default:
                out.unicodeScalars.append(isXMLChar(scalar) ? scalar : "\u{FFFD}")
            }
        }
        return out
    }

    /// Whether any byte is one the scalar loop would change: nearly every host, path and message
    /// holds none, and a large report escapes hundreds of thousands of them.
    private static func needsEscaping(_ s: String, inAttribute: Bool) -> Bool {
        var s = s
        return s.withUTF8 { b in
            for i in b.indices {
                switch b[i] {
                case 0x26, 0x3C, 0x3E, 0x22, 0x27, 0x0D: return true  // & < > " ' CR
                case 0x09, 0x0A: if inAttribute { return true }
                case 0x00..<0x20: return true  // C0 controls XML cannot carry
                case 0xEF:  // U+FFFE and U+FFFF (EF BF BE, EF BF BF), not XML characters either
                    if i + 2 < b.count, b[i + 1] == 0xBF, b[i + 2] >= 0xBE { return true }
                default: break
                }
            }
            return false
        }
    }

    /// XML 1.0 `Char`: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000 and above.
    private static func isXMLChar(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...: return true
        default: return false
        }
    }
}
