import ResidencyCore

/// `.residencyignore` at the scanned root, read with gitignore's rules so a team can reuse what it
/// knows: blank lines and `#` comments are skipped, `!` re-includes, a trailing `/` matches folders
/// only, a pattern with a `/` before its end is anchored at the root (a leading `/` only anchors),
/// one without matches a file or folder name at any depth, `*` stays within a folder, `**` crosses
/// folders. The last matching line wins. As in git, a file inside an ignored folder cannot be
/// re-included (the folder is never entered).
public struct IgnoreFile: Sendable {
    struct Pattern: Sendable {
        let glob: Glob
        let negated: Bool
        let directoryOnly: Bool
        /// Matched against the whole relative path; otherwise against the last name only.
        let anchored: Bool
    }

    let patterns: [Pattern]

    public static let fileName = ".residencyignore"

    public init(text: String) {
        var out: [Pattern] = []
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            var line = Substring(raw)
            if line.hasSuffix("\r") { line = line.dropLast() }
            // Trailing spaces are ignored unless escaped with a backslash.
            while line.hasSuffix(" "), !line.hasSuffix("\\ ") { line = line.dropLast() }
            if line.isEmpty || line.hasPrefix("#") { continue }
            var negated = false
            if line.hasPrefix("!") {
                negated = true
                line = line.dropFirst()
            } else if line.hasPrefix("\\!") || line.hasPrefix("\\#") {
                line = line.dropFirst()
            }
            var pattern = String(line).replacingOccurrences(of: "\\ ", with: " ")
            var directoryOnly = false
            if pattern.hasSuffix("/") {
                directoryOnly = true
                pattern.removeLast()
            }
            guard !pattern.isEmpty else { continue }
            let anchored = pattern.contains("/")
            if pattern.hasPrefix("/") { pattern.removeFirst() }
            guard !pattern.isEmpty else { continue }
            out.append(
                Pattern(
                    glob: .path(anchored ? "/" + pattern : pattern), negated: negated,
                    directoryOnly: directoryOnly, anchored: anchored))
        }
        patterns = out
    }

    public var isEmpty: Bool { patterns.isEmpty }

    /// Whether `relative` (a path under the root, `/`-separated) is ignored.
    public func ignores(_ relative: String, isDirectory: Bool) -> Bool {
        let name = relative.split(separator: "/").last.map(String.init) ?? relative
        var ignored = false
        for p in patterns where !p.directoryOnly || isDirectory {
            if p.glob.matches(p.anchored ? relative : name) { ignored = !p.negated }
        }
        return ignored
    }
}
