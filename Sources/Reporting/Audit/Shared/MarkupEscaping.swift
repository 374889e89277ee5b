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

    /// XML 1.0 `Char`: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000 and above.
    private static func isXMLChar(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...: return true
        default: return false
        }
    }
}
