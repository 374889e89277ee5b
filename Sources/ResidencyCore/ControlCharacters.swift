/// The one sanitising layer for human-readable output (text, Markdown and CSV reports,
/// `endpoints`, `resolve`, `geo lookup`/`info`, error lines): control characters from files
/// under audit, DNS answers or geolocation databases, made visible. Printed raw, an ESC sequence
/// in a hostname or message would drive the reader's terminal (move the cursor, rewrite the
/// verdict line, set the window title), and a newline in a folder name would forge a report
/// line. Every C0 and C1 control and DEL becomes U+FFFD, except what a caller `kept`.
public enum ControlCharacters {
    public static func replace(in s: String, keeping kept: Set<Unicode.Scalar> = ["\n", "\t"]) -> String {
        guard holdsControl(s, keeping: kept) else { return s }
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars { out.append(isControl(c) && !kept.contains(c) ? "\u{FFFD}" : c) }
        return String(out)
    }

    /// A value printed inside one line (a path, a host, a message): line breaks and tabs are
    /// replaced too, so the value cannot start a line or a column of its own.
    public static func line(_ s: String) -> String { replace(in: s, keeping: []) }

    /// Whether a control character other than `kept` is present, on the UTF-8 bytes: C0 and DEL
    /// are one byte each, C1 (U+0080–U+009F) is 0xC2 then 0x80–0x9F. Nearly every string holds
    /// none, and a report passes through here whole (tens of megabytes for a large estate).
    static func holdsControl(_ s: String, keeping kept: Set<Unicode.Scalar>) -> Bool {
        var s = s
        return s.withUTF8 { bytes in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x20 || b == 0x7F {
                    if !kept.contains(Unicode.Scalar(b)) { return true }
                } else if b == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]) {
                    return true
                }
                i += 1
            }
            return false
        }
    }

    private static func isControl(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x20 || (0x7F...0x9F).contains(c.value)
    }
}
