/// Shell-style globs for excludes, suppression paths and host patterns.
///
/// `*` matches within one path segment (or one DNS label run, for hosts: any characters but the
/// separator), `**` matches across separators, `?` one character. Matching is on Unicode scalars,
/// case-sensitive for paths and case-insensitive for hosts (DNS names are).
public struct Glob: Hashable, Sendable, CustomStringConvertible {
    public let pattern: String
    private let parts: [UInt32]
    private let separator: UInt32
    private let caseInsensitive: Bool

    /// A path glob: `/` separates segments; a pattern with no `/` matches the last segment or
    /// any whole directory name (`node_modules` excludes every such folder), as gitignore does.
    public static func path(_ pattern: String) -> Glob { Glob(pattern, separator: "/", caseInsensitive: false) }
    /// A host glob: `*.example.com` matches `a.example.com` and `a.b.example.com`, not `example.com`.
    public static func host(_ pattern: String) -> Glob {
        Glob(pattern.lowercased(), separator: "\u{0}", caseInsensitive: true)
    }

    private init(_ pattern: String, separator: Character, caseInsensitive: Bool) {
        self.pattern = pattern
        self.parts = pattern.unicodeScalars.map(\.value)
        self.separator = separator.unicodeScalars.first!.value
        self.caseInsensitive = caseInsensitive
    }

    public var description: String { pattern }

    public func matches(_ candidate: String) -> Bool {
        let text = (caseInsensitive ? candidate.lowercased() : candidate).unicodeScalars.map(\.value)
        if separator == 0x2F, !parts.contains(0x2F) {
            // Segment pattern: try every segment, and every suffix for patterns like `*.tf`.
            let segments = text.split(separator: 0x2F, omittingEmptySubsequences: true)
            return segments.contains { Glob.match(parts[...], $0[...], separator) }
        }
        var p = parts[...]
        if p.first == 0x2F { p = p.dropFirst() }
        return Glob.match(p, text[...], separator)
    }

    private static func match(_ p: ArraySlice<UInt32>, _ t: ArraySlice<UInt32>, _ sep: UInt32) -> Bool {
        var p = p
        var t = t
        while let c = p.first {
            if c == 0x2A {  // '*'
                let isDouble = p.dropFirst().first == 0x2A
                let rest = p.drop { $0 == 0x2A }
                if isDouble, rest.first == sep {  // `**/` also matches zero directories
                    if match(rest.dropFirst(), t, sep) { return true }
                }
                if rest.isEmpty { return isDouble || !t.contains(sep) }
                var i = t.startIndex
                while true {
                    if match(rest, t[i...], sep) { return true }
                    if i == t.endIndex { return false }
                    if !isDouble && t[i] == sep { return false }
                    i = t.index(after: i)
                }
            } else if c == 0x3F {  // '?'
                guard let f = t.first, f != sep else { return false }
                p = p.dropFirst()
                t = t.dropFirst()
            } else {
                guard t.first == c else { return false }
                p = p.dropFirst()
                t = t.dropFirst()
            }
        }
        return t.isEmpty
    }
}
