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
        wrapPrintableASCII(text, first: first, rest: rest, width: width)
            ?? wrapCharacters(text, first: first, rest: rest, width: width)
    }

    /// The wrapping for any text, counting characters.
    static func wrapCharacters(_ text: String, first: String, rest: String, width: Int) -> String {
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

    /// The same wrapping on bytes, when every character is one printable ASCII byte (nearly every
    /// line of a report): a line's length is then its byte count, kept as it grows, where
    /// counting a `String`'s characters walked the line again for every word. Nil otherwise.
    static func wrapPrintableASCII(_ text: String, first: String, rest: String, width: Int) -> String? {
        func printable(_ s: String) -> Bool { s.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }
        guard printable(text), printable(first), printable(rest) else { return nil }
        let restBytes = Array(rest.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(first.utf8.count + text.utf8.count * 2)
        var line = Array(first.utf8)
        var lineHasWord = false
        func endLine() {
            var end = line.count
            while end > 0, line[end - 1] == 0x20 { end -= 1 }
            out += line[0..<end]
            out.append(0x0A)
            line = restBytes
        }
        for whole in text.utf8.split(separator: 0x20, omittingEmptySubsequences: false) {
            var word = whole[...]
            if line.count + (lineHasWord ? 1 : 0) + word.count <= width {
                if lineHasWord { line.append(0x20) }
                line += word
                lineHasWord = true
                continue
            }
            if lineHasWord {
                endLine()
                lineHasWord = false
            }
            while line.count + word.count > width {
                let room = max(1, width - line.count)
                line += word.prefix(room)
                word = word.dropFirst(room)
                endLine()
            }
            if !word.isEmpty {
                line += word
                lineHasWord = true
            }
        }
        endLine()
        return String(decoding: out, as: UTF8.self)
    }
}
