/// Word wrapping for the text report, which must read in a terminal, an e-mail and on paper: no
/// line longer than `width` columns (counted in characters). Words break at blanks; a word longer
/// than a line (a long host or URL) is cut where the line ends, so the limit always holds.
enum TextWrap {
    static let width = 100

    /// A line without trailing blanks (a break after a run of blanks would leave them).
    private static func trimmed(_ line: String) -> String {
        var s = Substring(line)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }

    /// `first` starts the first line, `rest` every following one (a hanging indent).
    static func wrap(_ text: String, first: String, rest: String, width: Int = width) -> String {
        var lines: [String] = []
        var line = first
        var lineHasWord = false
        // Empty words keep a value's runs of blanks as written (a host or path is never altered).
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            var word = Substring(word)
            let gap = lineHasWord ? 1 : 0
            if line.count + gap + word.count <= width {
                line += (lineHasWord ? " " : "") + word
                lineHasWord = true
                continue
            }
            if lineHasWord {
                lines.append(line)
                line = rest
                lineHasWord = false
            }
            // Too long for a whole line: cut it into line-sized pieces.
            while line.count + word.count > width {
                let room = max(1, width - line.count)
                lines.append(line + word.prefix(room))
                word = word.dropFirst(room)
                line = rest
            }
            if !word.isEmpty {
                line += word
                lineHasWord = true
            }
        }
        lines.append(line)
        return lines.map(trimmed).joined(separator: "\n") + "\n"
    }
}
