import ResidencyCore

/// Cheap looks at a file's content for scanners whose paths are ambiguous (`*.yaml`, `*.json`,
/// `*.conf`): the keys written at the start of a line, and literal markers, found on bytes
/// without parsing, so asking every candidate scanner about a file costs next to nothing.
public enum ContentSniff {
    /// The mapping keys of a YAML file's top level (`services:` at column 0), in every document.
    /// A flow-style or JSON file has none; a key's quotes are dropped.
    public static func topLevelYAMLKeys(_ text: SourceText) -> Set<String> {
        var keys = Set<String>()
        let b = text.bytes
        for start in text.lineStarts where start < b.count {
            let c = b[start]
            guard c != 0x20, c != 0x09, c != 0x23, c != 0x2D, c != 0x0A, c != 0x0D, c != 0x7B, c != 0x5B else { continue }
            var i = start
            while i < b.count, b[i] != 0x3A, b[i] != 0x0A, b[i] != 0x20 { i += 1 }
            guard i < b.count, b[i] == 0x3A, i > start else { continue }
            let next = i + 1 < b.count ? b[i + 1] : 0x0A
            guard next == 0x20 || next == 0x0A || next == 0x0D || next == 0x09 else { continue }
            var key = b[start..<i]
            if let f = key.first, f == 0x22 || f == 0x27, key.count >= 2, key.last == f { key = key.dropFirst().dropLast() }
            keys.insert(String(decoding: key, as: UTF8.self))
        }
        return keys
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
