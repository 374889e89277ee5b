/// Control characters from files under audit, made visible. Printed raw, an ESC sequence in a
/// hostname or message would drive the reader's terminal (move the cursor, rewrite the verdict
/// line, set the window title); in a spreadsheet or Markdown viewer it is invisible noise. Every
/// C0 and C1 control and DEL becomes U+FFFD, except the line breaks and tabs `kept`.
enum ControlCharacters {
    static func replace(in s: String, keeping kept: Set<Unicode.Scalar> = ["\n", "\t"]) -> String {
        guard s.unicodeScalars.contains(where: { isControl($0) && !kept.contains($0) }) else { return s }
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars { out.append(isControl(c) && !kept.contains(c) ? "\u{FFFD}" : c) }
        return String(out)
    }

    private static func isControl(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x20 || (0x7F...0x9F).contains(c.value)
    }
}
