import ResidencyCore

/// The fallback for every text file no format scanner claims (source code, scripts, docs, JSON,
/// YAML of unknown shape): connection strings anywhere, and `key = "value"` / `key: value` lines
/// whose key names a host. Comment lines are skipped, and so are `http(s)` links that no key holds.
public struct TextScanner: FormatScanner {
    public init() {}

    public var description: ScannerDescription {
        ScannerDescription(
            id: "text",
            title: "Connection strings in any text file",
            summary: "Reads files no format scanner claims. Reports connection strings (postgres://, jdbc:, "
                + "mongodb+srv://, ADO.NET and libpq key-value strings) anywhere outside comments, and host-like "
                + "values of keys named *_HOST, *_URL, *_SERVERS… in assignments such as `DB_HOST = \"x\"`, and URL literals an HTTP call is given "
                + "(`http.Get(\"http://10.0.0.6:8080\")`) when their host is an IP or in-cluster name.",
            references: ["RFC 3986 (URI syntax)", "PostgreSQL libpq connection strings (§34.1.1)"],
            examples: Self.examples)
    }

    public func accepts(path: String) -> Bool { true }

    /// Never declines: the text fallback reads whatever reaches it.
    public func scan(_ file: SourceFile, context: ScanContext) -> ScanOutput? { read(file) }

    /// What the fallback finds in a file.
    func read(_ file: SourceFile) -> ScanOutput {
        // In program source an unquoted right-hand side is an expression (`url = statusURL + path`,
        // `hostname = vm_name`), never a host name: only string literals are read as values.
        let code = Self.isProgramSource(file.path)
        // Test code holds stubs and mock addresses (`HostCore = "hostname"`): connection strings only.
        let prose =
            Self.isProse(file.path) || Self.isAPIDescription(file.text.bytes) || (code && Self.isTestPath(file.path))
            || Self.isGrafanaDashboard(file.path, file.text.bytes)
        if Self.isLockfile(file.path) { return ScanOutput() }
        let lowerName = file.name.lowercased()
        let minifiedFile =
            lowerName.hasSuffix(".min.js") || lowerName.hasSuffix("bundle.js") || lowerName.hasSuffix(".min.mjs")
        let bytes = file.text.bytes
        /// Every setting of the file in order, one line at a time; with `only`, lines without
        /// that word (ASCII, any case) are passed over before any String is made.
        func forEachEntry(only: [UInt8]? = nil, _ take: (ConfigEntry) -> Void) {
            for (index, start) in file.text.lineStarts.enumerated() {
                var end = index + 1 < file.text.lineStarts.count ? file.text.lineStarts[index + 1] - 1 : bytes.count
                if end > start, bytes[end - 1] == 0x0D { end -= 1 }
                guard end > start else { continue }
                var s = start
                while s < end, bytes[s] == 0x20 || bytes[s] == 0x09 { s += 1 }
                if Self.isCommentStart(bytes, s, end) { continue }
                // Most lines of most files hold nothing for us: decide that on the bytes, before any
                // String is made (this keeps a 30 MB estate within the scan's time budget).
                guard Self.mightHoldEndpoint(bytes, s, end) else { continue }
                if let only, !Self.contains(only, bytes, s, end) { continue }
                let line = Substring(String(decoding: bytes[s..<end], as: UTF8.self))
                if code, !prose {
                    // Program source: each string literal on its own, keyed when the code names its key.
                    // Minified and generated lines (`URL:"e"` in a bundle) give connection strings only.
                    let minified = minifiedFile || end - s > 500
                    let literals = StringLiterals.literals(in: bytes[s..<end])
                    if literals.isEmpty, line.hasInfix("://") {
                        // Inside a text block or heredoc (`"""` in Java, Kotlin, Python) a line has
                        // no quotes of its own: read it whole, for URL-style connection strings (a
                        // bare `hostname=x` in code is a keyword argument, not libpq's key=value).
                        take(
                            ConfigEntry(
                                key: nil, value: String(line), origin: .verbatim(byteOffset: s),
                                context: String(file.name)))
                    }
                    for literal in literals {
                        let keyed = minified ? nil : literal.key.flatMap { Self.keysHost($0, literal.value) ? $0 : nil }
                        // A URL an HTTP client call is given is read as a keyed URL (an upstream).
                        if keyed == nil, !minified,
                            HTTPCallURL.isUpstream(literal.value, at: literal.offset, in: bytes[s..<end])
                        {
                            take(
                                ConfigEntry(
                                    key: "url", value: literal.value, origin: .verbatim(byteOffset: s + literal.offset),
                                    context: "\(file.name) HTTP call"))
                            continue
                        }
                        take(
                            ConfigEntry(
                                key: keyed, value: literal.value, origin: .verbatim(byteOffset: s + literal.offset),
                                context: keyed.map { "\(file.name) \($0)" } ?? String(file.name)))
                    }
                } else if let assignment = Self.assignment(in: line), !prose {
                    take(
                        ConfigEntry(
                            key: assignment.key, value: String(assignment.value),
                            origin: .verbatim(byteOffset: s + assignment.offset),
                            context: "\(file.name) \(assignment.key)"))
                } else {
                    take(
                        ConfigEntry(
                            key: nil, value: String(line), origin: .verbatim(byteOffset: s),
                            context: String(file.name)))
                }
            }
        }
        // A large file is read in batches of lines, so that its settings are never all held at
        // once (a 100 MB log of connection strings took 1 GB). `X_PORT` settings pair with hosts
        // anywhere in the file: they are collected first and given, as bare numbers after the
        // batch (so the file's last one wins, as in one pass), to every batch.
        var portSettings: [ConfigEntry] = []
        let batched = bytes.count > Self.batchedAbove
        if batched {
            forEachEntry(only: Array("port".utf8)) { e in
                guard let key = e.key, ValueScanner.endsInPort(key),
                    let p = HostSyntax.port(Substring(e.value.trimmingWhitespace()))
                else { return }
                portSettings.append(ConfigEntry(key: key, value: String(p), origin: e.origin, context: e.context))
            }
        }
        var out = ScanOutput()
        var entries: [ConfigEntry] = []
        forEachEntry { e in
            entries.append(e)
            if batched, entries.count >= Self.batchSize {
                out.append(ValueScanner.scan(entries + portSettings, in: file))
                entries.removeAll(keepingCapacity: true)
            }
        }
        out.append(ValueScanner.scan(portSettings.isEmpty ? entries : entries + portSettings, in: file))
        if !out.unresolved.isEmpty, ShellScriptInput.isShellScript(file) {
            out.unresolved.removeAll { ShellScriptInput.isScriptInput($0.variable) }
        }
        if prose {
            out.references.removeAll { HostSyntax.isDocumentationName($0.host) }
        }
        return out
    }

    /// Files larger than this are scanned in batches of `batchSize` settings.
    static let batchedAbove = 4 << 20
    static let batchSize = 4096

    /// Whether `word` (lowercase ASCII) occurs in bytes[s..<end], in any case.
    static func contains(_ word: [UInt8], _ bytes: [UInt8], _ s: Int, _ end: Int) -> Bool {
        guard end - s >= word.count else { return false }
        var i = s
        while i <= end - word.count {
            var j = 0
            while j < word.count, SourceText.lower(bytes[i + j]) == word[j] { j += 1 }
            if j == word.count { return true }
            i += 1
        }
        return false
    }

    /// Markdown, reStructuredText, plain text, style sheets, page templates and translation
    /// catalogues: text for people, where only connection strings count.
    static func isProse(_ path: String) -> Bool {
        let lower = path.lowercased()
        let name = lower.split(separator: "/").last.map(String.init) ?? lower
        // Style sheets and page templates are presentation; translation catalogues are UI text.
        let localeDirs: Set<Substring> = ["lang", "langs", "locale", "locales", "i18n", "l10n", "translations"]
        return [
            ".md", ".markdown", ".rst", ".txt", ".adoc", ".html", ".htm", ".css", ".scss", ".sass", ".less", ".twig",
        ]
        .contains { name.hasSuffix($0) }
            || name.hasPrefix("license") || name.hasPrefix("copying") || name.hasPrefix("changelog")
            || name.hasPrefix("notice")
            || lower.split(separator: "/").dropLast().contains { localeDirs.contains($0) }
    }

    /// Whether a literal in code is a host setting's value: the key names a host, and a key that
    /// names a URL or endpoint (`pictureUrl = "FakeUrl"`) holds something with a dot, a colon or
    /// a placeholder; a bare word there is a label or a test value, not a host.
    static func keysHost(_ key: String, _ value: String) -> Bool {
        let tokens = KindHints.tokens(key)
        guard KindHints.isHostKey(key, tokens: tokens) else { return false }
        if let last = tokens.last, ["url", "urls", "uri", "uris", "endpoint", "endpoints", "dsn"].contains(last) {
            return value.utf8.contains { $0 == 0x2E || $0 == 0x3A || $0 == 0x24 || $0 == 0x7B }
        }
        return true
    }

    /// An OpenAPI or Swagger document: its hosts are examples for readers (`servers`, `example:`),
    /// not connections the estate makes. Told by the document's first key.
    /// Lines of the first 512 bytes, split on the bytes `\n` and `\r`: split as Characters, a
    /// CRLF pair is one Character equal to neither, and the head of a CRLF file was one line.
    static func isAPIDescription(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(512)
        var start = head.startIndex
        while start < head.endIndex {
            var end = start
            while end < head.endIndex, head[end] != 0x0A, head[end] != 0x0D { end += 1 }
            var t = start
            while t < end, head[t] == 0x20 || head[t] == 0x7B { t += 1 }  // blanks and `{`
            if t < end, head[t] != 0x23 {  // the first line that is not blank or a `#` comment
                let line = head[t..<end]
                return Self.apiDocumentKeys.contains { line.starts(with: $0.utf8) }
            }
            start = end + 1
        }
        return false
    }

    static let apiDocumentKeys = ["openapi:", "swagger:", "\"openapi\"", "\"swagger\""]

    /// A Grafana dashboard export: its `url`s are links on panels for people, not data sources
    /// (those are provisioned separately, in datasource files this scanner reads as settings).
    static func isGrafanaDashboard(_ path: String, _ bytes: [UInt8]) -> Bool {
        guard path.lowercased().hasSuffix(".json") else { return false }
        let text = String(decoding: bytes.prefix(1 << 20), as: UTF8.self)
        return text.hasInfix("\"panels\"") && (text.hasInfix("\"schemaVersion\"") || text.hasInfix("\"gnetId\""))
    }

    /// Dependency lockfiles and package manifests: package metadata (registry, repository,
    /// homepage and funding URLs), not configuration any service connects with. Read, and found
    /// to hold no endpoints.
    static func isLockfile(_ path: String) -> Bool {
        let name = (path.split(separator: "/").last.map(String.init) ?? path).lowercased()
        return lockfiles.contains(name)
    }

    static let lockfiles: Set<String> = [
        "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "composer.lock", "gemfile.lock",
        "cargo.lock", "poetry.lock", "pipfile.lock", "go.sum", "packages.lock.json", "mix.lock", "pubspec.lock",
        "podfile.lock",
        // Package and repository metadata: homepage, repository, bugs and submodule URLs.
        "package.json", "bower.json", ".bower.json", "composer.json", ".gitmodules",
    ]

    /// Paths of test code: a `test`, `tests`, `__tests__`, `spec` or `*.UnitTests`-style folder,
    /// or a file named like a test (`*_test.go`, `*.test.js`, `*Tests.cs`, `test_*.py`).
    static func isTestPath(_ path: String) -> Bool {
        let parts = path.lowercased().split(separator: "/")
        let dirs = parts.dropLast()
        if dirs.contains(where: {
            ["test", "tests", "__tests__", "spec", "specs", "testdata", "mocks"].contains($0)
                || $0.hasSuffix(".tests") || $0.hasSuffix(".unittests") || $0.hasSuffix(".functionaltests")
        }) {
            return true
        }
        guard let original = path.split(separator: "/").last else { return false }
        let name = original.lowercased()
        let stem = original.split(separator: ".").first.map(String.init) ?? String(original)
        // `OrderTests.cs`, `OrderTest.java` (capitalised), `order_test.go`, `test_order.py`, `order.test.js`.
        return stem.hasSuffix("Test") || stem.hasSuffix("Tests") || stem.hasSuffix("_test") || stem.hasPrefix("test_")
            || name.hasInfix(".test.") || name.hasInfix(".spec.")
    }

    /// Source files of programming languages (by extension, after any template suffix such as
    /// `.erb`, `.j2`, `.tmpl`), and the Ruby and Groovy files named without one. Shell scripts and
    /// config-like files are not: there `HOST=db.internal` is a value.
    static func isProgramSource(_ path: String) -> Bool {
        var name = (path.split(separator: "/").last.map(String.init) ?? path).lowercased()
        for suffix in [".erb", ".j2", ".jinja", ".jinja2", ".tmpl", ".tpl", ".template"] where name.hasSuffix(suffix) {
            name = String(name.dropLast(suffix.count))
        }
        if ["vagrantfile", "rakefile", "gemfile", "jenkinsfile", "podfile", "fastfile"].contains(name) { return true }
        guard let dot = name.lastIndex(of: ".") else { return false }
        return programExtensions.contains(String(name[name.index(after: dot)...]))
    }

    static let programExtensions: Set<String> = [
        "py", "rb", "js", "mjs", "cjs", "jsx", "ts", "tsx", "go", "java", "kt", "kts", "scala", "groovy", "gradle",
        "cs", "fs", "vb", "php", "rs", "swift", "c", "h", "cc", "cpp", "hpp", "m", "mm", "pl", "pm", "lua", "ex", "exs",
        "erl", "clj", "dart", "r", "jl", "hs", "ml", "cr", "nim", "zig", "vue", "svelte", "razor", "cshtml",
    ]

    /// Words without which no connection string or host assignment can be on a line. None holds
    /// a space, so `EntryFilter` can test a key and its value apart.
    static let cues = [
        "://", "thin:@", "host", "server", "source", "addr", "url", "uri", "dsn",
        "broker", "bootstrap", "endpoint", "nodes", "seeds", "conn", "constr", "voters",
        // `ROUTER_IP`, `PIHOLE_DNS_`: address keys (see KindHints.isAddressKey).
        "_ip", "ip_", "dns", "nameserver",
    ]

    /// The cues in one table, searched in one pass whatever their case.
    private static let cueTable = WordTable(cues)

    static func mightHoldEndpoint(_ b: [UInt8], _ s: Int, _ end: Int) -> Bool {
        b.withUnsafeBufferPointer { mightHoldEndpoint($0, s, end) }
    }

    /// A string's bytes, read in place.
    static func mightHoldEndpoint(_ string: String) -> Bool {
        var string = string
        return string.withUTF8 { mightHoldEndpoint($0, 0, $0.count) }
    }

    static func mightHoldEndpoint(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ end: Int) -> Bool {
        s < end && cueTable.holdsAny(caseInsensitive: UnsafeBufferPointer(rebasing: b[s..<end]))
    }

    static func isCommentStart(_ b: [UInt8], _ s: Int, _ end: Int) -> Bool {
        guard s < end else { return false }
        switch b[s] {
        case 0x23: return true  // #
        case 0x3B: return true  // ;
        case 0x2F: return s + 1 < end && (b[s + 1] == 0x2F || b[s + 1] == 0x2A)  // // /*
        case 0x2A: return true  // * continuing a block comment
        case 0x2D: return s + 1 < end && b[s + 1] == 0x2D  // -- (SQL, Lua, Haskell)
        case 0x3C: return s + 3 < end && b[s + 1] == 0x21 && b[s + 2] == 0x2D  // <!--
        default: return false
        }
    }

    /// `KEY = "value"`, `key: value`, `"key": "value"`, `export KEY=value`, `key := "value"`:
    /// the key and the unquoted value with its UTF-8 offset in the line. Only keys that name a
    /// host are returned, so other lines stay free text.
    static func assignment(in line: Substring) -> (key: String, value: Substring, offset: Int)? {
        let u = Array(line.utf8)
        var i = 0
        if u.starts(with: Array("export ".utf8)) { i = 7 }
        while i < u.count, u[i] == 0x20 { i += 1 }
        var quote: UInt8?
        if i < u.count, u[i] == 0x22 || u[i] == 0x27 {
            quote = u[i]
            i += 1
        }
        let keyStart = i
        while i < u.count, isKeyByte(u[i]) { i += 1 }
        guard i > keyStart else { return nil }
        let key = String(decoding: u[keyStart..<i], as: UTF8.self)
        if let q = quote {
            guard i < u.count, u[i] == q else { return nil }
            i += 1
        }
        while i < u.count, u[i] == 0x20 || u[i] == 0x09 { i += 1 }
        guard i < u.count, u[i] == 0x3D || u[i] == 0x3A else { return nil }
        i += 1
        if i < u.count, u[i] == 0x3D || u[i] == 0x3E { i += 1 }  // := == =>
        while i < u.count, u[i] == 0x20 || u[i] == 0x09 { i += 1 }
        guard KindHints.isHostKey(key) else { return nil }
        var vs = i
        var ve = u.count
        if vs < ve, u[vs] == 0x22 || u[vs] == 0x27 || u[vs] == 0x60 {
            let q = u[vs]
            vs += 1
            ve = u[vs...].firstIndex(of: q) ?? ve
        } else {
            // Unquoted: up to a trailing comment, comma or semicolon of the surrounding syntax.
            var j = vs
            while j < ve, u[j] != 0x20, u[j] != 0x23 || (j > vs && u[j - 1] != 0x20) { j += 1 }
            ve = j
            while ve > vs, u[ve - 1] == 0x2C || u[ve - 1] == 0x3B { ve -= 1 }
        }
        guard vs < ve else { return nil }
        return (key, Substring(String(decoding: u[vs..<ve], as: UTF8.self)), vs)
    }

    /// Letters, digits, `_`, `.` and `-`: what a setting's name is made of.
    static func isKeyByte(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x5F || b == 0x2E
            || b == 0x2D
    }
}
