/// Names that say "configuration" whether or not a format scanner reads them. A binary file
/// (a NUL in the first 8 KiB) with such a name is a config error, not a skipped binary: the
/// README promises a `config-error` for every config file that cannot be read.
enum ConfigFileNames {
    static let binaryMessage =
        "binary content (a NUL byte in the first 8 KiB) in a file named like a config; not scanned"

    static let extensions: Set<Substring> = [
        "yaml", "yml", "json", "conf", "cnf", "cfg", "ini", "toml", "properties", "env", "tf", "hcl", "xml",
    ]

    static func looksLikeConfig(_ path: String) -> Bool {
        let name = (path.split(separator: "/").last ?? Substring(path)).lowercased()
        if name == "dockerfile" || name.hasPrefix("dockerfile.") || name.hasSuffix(".dockerfile") { return true }
        if name == ".env" || name.hasPrefix(".env.") { return true }
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return false }
        return extensions.contains(name[name.index(after: dot)...])
    }
}
