/// The one sanitising layer for human-readable output (text, Markdown and CSV reports,
/// `endpoints`, `resolve`, `geo lookup`/`info`, error lines): control characters from files
/// under audit, DNS answers or geolocation databases, made visible. Printed raw, an ESC sequence
/// in a hostname or message would drive the reader's terminal (move the cursor, rewrite the
/// verdict line, set the window title), and a newline in a folder name would forge a report
/// line. Every C0 and C1 control and DEL becomes U+FFFD, except what a caller `kept`.
public enum ControlCharacters {
    public static func replace(in s: String, keeping kept: Set<Unicode.Scalar> = ["\n", "\t"]) -> String {
        guard s.unicodeScalars.contains(where: { isControl($0) && !kept.contains($0) }) else { return s }
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars { out.append(isControl(c) && !kept.contains(c) ? "\u{FFFD}" : c) }
        return String(out)
    }

    /// A value printed inside one line (a path, a host, a message): line breaks and tabs are
    /// replaced too, so the value cannot start a line or a column of its own.
    public static func line(_ s: String) -> String { replace(in: s, keeping: []) }

    private static func isControl(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x20 || (0x7F...0x9F).contains(c.value)
    }
}
