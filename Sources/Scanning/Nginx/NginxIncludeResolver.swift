import ResidencyCore

/// Finds the files an `include` names inside the scanned tree. nginx reads a relative include
/// against its configuration prefix (where `nginx.conf` lives), and an absolute one from the
/// machine (`/etc/nginx/conf.d/*.conf`); a repository holds the same files somewhere else. So a
/// pattern is tried, in order, against the including file's folder, the root file's folder (the
/// prefix), the folders above the including file up to the scanned root; an absolute path is tried with nginx's usual prefixes removed,
/// then as a path under the scanned root. The first base where anything matches wins.
struct NginxIncludeResolver {
    let context: ScanContext

    /// Install prefixes of nginx packages and builds (Debian/Ubuntu, RHEL, the official image,
    /// source builds, Homebrew, FreeBSD): an include under them is relative to the prefix.
    static let prefixes = [
        "/etc/nginx/", "/usr/local/nginx/conf/", "/usr/local/etc/nginx/",
        "/opt/homebrew/etc/nginx/", "/usr/local/openresty/nginx/conf/", "/opt/nginx/conf/",
    ]

    /// Files every nginx package or certbot installs that hold no upstreams (MIME types, CGI
    /// parameter lists, TLS options): a repository rarely carries them, and their absence hides
    /// nothing, so a missing one is not a diagnostic.
    static let stockNames: Set<String> = [
        "mime.types", "fastcgi_params", "fastcgi.conf", "uwsgi_params", "scgi_params",
        "proxy_params", "koi-utf", "koi-win", "win-utf", "fastcgi-php.conf",
        "snakeoil.conf", "options-ssl-nginx.conf",
    ]

    static func isGlob(_ pattern: String) -> Bool {
        pattern.contains("*") || pattern.contains("?") || pattern.contains("[")
    }

    /// The relative paths the pattern names, sorted (nginx sorts glob matches too); empty when none.
    func resolve(_ pattern: String, includingFile: String, prefixDir: String) -> [String] {
        for candidate in candidates(pattern, includingFile: includingFile, prefixDir: prefixDir) {
            let found = files(candidate)
            if !found.isEmpty { return found }
        }
        return []
    }

    func candidates(_ pattern: String, includingFile: String, prefixDir: String) -> [String] {
        var rels: [String] = []
        if pattern.hasPrefix("/") {
            for p in Self.prefixes where pattern.hasPrefix(p) { rels.append(String(pattern.dropFirst(p.count))) }
        } else {
            rels.append(pattern)
        }
        var out: [String] = []
        let fileDir = Self.directory(of: includingFile)
        // The folders above the including file come next: `sites-enabled/x.conf` including
        // `snippets/proxy.conf` means the prefix one level up when the root file is unknown.
        var bases = [fileDir, prefixDir]
        var dir = fileDir
        while !dir.isEmpty {
            dir = Self.directory(of: dir)
            bases.append(dir)
        }
        for rel in rels {
            for base in bases {
                out.append(Self.normalize(base.isEmpty ? rel : base + "/" + rel))
            }
        }
        if pattern.hasPrefix("/") { out.append(Self.normalize(String(pattern.dropFirst()))) }
        var seen = Set<String>()
        return out.filter { !$0.isEmpty && !$0.hasPrefix("../") && $0 != ".." && seen.insert($0).inserted }
    }

    private func files(_ relative: String) -> [String] {
        if Self.isGlob(relative) { return context.files(matching: relative) }
        if case .success = context.read(relativePath: relative) { return [relative] }
        return []
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    /// Removes `.` and resolves `..` lexically; a path climbing out of the root keeps a leading `..`.
    static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for p in path.split(separator: "/") {
            if p == "." { continue }
            if p == "..", let last = parts.last, last != ".." {
                parts.removeLast()
                continue
            }
            parts.append(p)
        }
        return parts.joined(separator: "/")
    }
}
