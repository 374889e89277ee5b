import ResidencyCore

/// Cheap looks at a file's content for scanners whose paths are ambiguous (`*.yaml`, `*.json`,
/// `*.conf`): the keys written at the start of a line, and literal markers, found on bytes
/// without parsing, so asking every candidate scanner about a file costs next to nothing.
public enum ContentSniff {
    /// Whether `key:` is written at the start of a line (a top-level YAML key), without building
    /// the whole key set: the engine asks this of every YAML file for every format.
    public static func hasTopLevelKey(_ key: String, in text: SourceText) -> Bool {
        let k = Array(key.utf8)
        let b = text.bytes
        for start in text.lineStarts where start + k.count < b.count && b[start] == k[0] {
            guard b[start..<(start + k.count)].elementsEqual(k), b[start + k.count] == 0x3A else { continue }
            let next = start + k.count + 1 < b.count ? b[start + k.count + 1] : 0x0A
            if next == 0x20 || next == 0x0A || next == 0x0D || next == 0x09 { return true }
        }
        return false
    }

    /// Whether the path's last component ends with one of `suffixes` (lowercase ASCII), compared
    /// case-insensitively on bytes: the engine asks every scanner about every path.
    public static func pathHasSuffix(_ path: String, _ suffixes: [String]) -> Bool {
        let p = path.utf8
        return suffixes.contains { suffix in
            let s = suffix.utf8
            guard p.count >= s.count else { return false }
            return zip(p.suffix(s.count), s).allSatisfy { a, b in (a >= 0x41 && a <= 0x5A ? a + 0x20 : a) == b }
        }
    }

    /// Whether `marker` starts some line once leading blanks are skipped (`kind:`, `scrape_configs:`).
    public static func hasIndentedLine(startingWith marker: String, in text: SourceText) -> Bool {
        let m = Array(marker.utf8)
        let b = text.bytes
        for start in text.lineStarts {
            var i = start
            while i < b.count, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
            if i + m.count <= b.count, b[i..<(i + m.count)].elementsEqual(m) { return true }
        }
        return false
    }

    /// Whether the bytes contain `marker` anywhere, case-sensitively (`location /` is nginx,
    /// Apache's `<Location />` is not).
    public static func contains(_ marker: String, in text: SourceText) -> Bool {
        let m = Array(marker.utf8)
        let b = text.bytes
        guard let first = m.first, b.count >= m.count else { return false }
        var i = 0
        let last = b.count - m.count
        while i <= last {
            if b[i] == first, b[i..<(i + m.count)].elementsEqual(m) { return true }
            i += 1
        }
        return false
    }
}
