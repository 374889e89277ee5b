/// Escaping for GitHub-flavoured Markdown. Finding text quotes config files, so a `*`, `|` or
/// `<script>` in a host or message must print as itself: every character that could start
/// emphasis, a link, a code span, raw HTML, an entity or a table cell gets a backslash (any ASCII
/// punctuation may be backslash-escaped in CommonMark), and newlines become `<br>` so a value
/// never breaks out of its list item or table row.
enum MarkdownEscaping {
    static func text(_ s: String) -> String {
        guard needsEscaping(s) else { return s }
        var out = ""
        var scalars = Substring(s).unicodeScalars[...]
        // A value that starts like a list item or a heading underline (`- x`, `+ x`, `= x`,
        // `1. x`) would turn into one where it starts a line or a list item.
        let digits = scalars.prefix { ("0"..."9").contains($0) }
        if let first = scalars.first, "-+=".unicodeScalars.contains(first) {
            out += "\\" + String(first)
            scalars = scalars.dropFirst()
        } else if !digits.isEmpty, let next = scalars.dropFirst(digits.count).first, next == "." || next == ")",
            scalars.dropFirst(digits.count + 1).first.map({ $0 == " " }) ?? true
        {
            out += String(String.UnicodeScalarView(digits)) + "\\" + String(next)
            scalars = scalars.dropFirst(digits.count + 1)
        }
        for c in scalars {
            switch c {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "&", "#", "~", "!":
                out += "\\" + String(c)
            case "\n": out += "<br>"
            case "\r": break
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Whether `text` would change anything: a special character or line break anywhere, or a
    /// start like a list item (`-`, `+`, `=`, a digit). Most values are plain host names and words.
    private static func needsEscaping(_ s: String) -> Bool {
        guard let first = s.utf8.first else { return false }
        if first == 0x2D || first == 0x2B || first == 0x3D || (0x30...0x39).contains(first) { return true }
        return s.utf8.contains { b in
            switch b {
            case 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C, 0x3E, 0x7C, 0x26, 0x23, 0x7E, 0x21, 0x0A, 0x0D: true
            default: false
            }
        }
    }

    /// A code span that holds any text: the fence is one backtick longer than the longest run
    /// inside; `|` is escaped because GFM splits table cells before it parses code spans.
    static func code(_ s: String) -> String {
        // Printable ASCII without a backtick or `|` (nearly every path and host): one backtick.
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x60 && $0 != 0x7C }) { return "`" + s + "`" }
        var longest = 0
        var run = 0
        for c in s {
            if c == "`" {
                run += 1
                longest = max(longest, run)
            } else {
                run = 0
            }
        }
        let fence = String(repeating: "`", count: longest + 1)
        var body = s.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: " ")
        body = body.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
        let pad = body.hasPrefix("`") || body.hasSuffix("`") ? " " : ""
        return fence + pad + body + pad + fence
    }

    /// A table row of already-escaped cells.
    static func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }
}
