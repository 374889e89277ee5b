/// What counts as a host, a port, and a host that is not an endpoint (loopback, unspecified).
public enum HostSyntax {
    /// Words that settings hold where a host might stand: literals, protocol and mode words, and
    /// the type names of schemas and variable declarations (`service_uri: string`).
    static let notHostWords: Set<String> = [
        "true", "false", "null", "none", "nil", "yes", "no", "on", "off", "undefined", "default", "auto",
        "http", "https", "tcp", "udp", "ssl", "tls", "plaintext", "disabled", "enabled", "required", "unix",
        "string", "bool", "boolean", "number", "int", "integer", "object", "list", "map", "any", "array",
        "y", "n",
        // Words that name the setting rather than fill it (`HostCore = "hostname"` in a test stub).
        "hostname", "host", "url", "uri", "endpoint", "address", "addr",
    ]

    /// A quick test before the host-list reader: false for an empty value, a number (`8080`,
    /// `0.75`, `-1`), or a lone stop word (`true`, `none`). Anything else may name a host.
    static func mayHoldHost(_ value: Substring) -> Bool {
        var letters = false
        var dots = 0
        var other = false
        for b in value.utf8 {
            switch b {
            case 0x30...0x39, 0x2D, 0x20: continue
            case 0x2E: dots += 1
            case 0x61...0x7A, 0x41...0x5A: letters = true
            default: other = true
            }
        }
        // Digits and dots: an IPv4 address has three dots; `1.5` or `2.0.1` is a version or a number.
        if !letters && !other { return dots >= 3 }
        if !other, value.utf8.count <= 9, notHostWords.contains(value.lowercased()) { return false }
        return true
    }

    /// First words of dotted names that are a program's variables, not hosts.
    static let codeWords: Set<String> = [
        "var", "local", "module", "each", "self", "this", "process", "window", "document",
        "os", "env", "props", "params", "args", "count",
    ]

    /// A DNS name (single labels allowed: in-cluster service names), an IPv4 or an IPv6 literal.
    public static func isHostLike(_ s: Substring) -> Bool {
        guard !s.isEmpty, s.utf8.count <= 253 else { return false }
        if isIPv4(s) || isIPv6(s) { return true }
        var hasLetter = false
        var labelLength = 0
        var previous: UInt8 = 0x2E
        for b in s.utf8 {
            switch b {
            case 0x61...0x7A, 0x41...0x5A:
                hasLetter = true
                labelLength += 1
            case 0x30...0x39: labelLength += 1
            case 0x2D, 0x5F:  // '-' and '_' (SRV labels, some internal names)
                if previous == 0x2E { return false }
                labelLength += 1
            case 0x2E:
                if previous == 0x2E || previous == 0x2D { return false }
                labelLength = 0
            default: return false
            }
            if labelLength > 63 { return false }
            previous = b
        }
        if previous == 0x2D { return false }
        if !isPlausibleName(s) || isConstantName(s) || isFileName(s) || hasOneLetterTopLabel(s) { return false }
        // The stop words are at most 9 letters: longer names skip the lowercasing.
        if s.utf8.count <= 9, notHostWords.contains(s.lowercased()) { return false }
        return hasLetter
    }

    /// `192.168.178.x`: every top-level domain has two letters or more, so a dotted name ending
    /// in one is a fill-in-here address, not a host.
    static func hasOneLetterTopLabel(_ s: Substring) -> Bool {
        guard let dot = s.utf8.lastIndex(of: 0x2E) else { return false }
        return s.utf8.distance(from: dot, to: s.utf8.endIndex) == 2
    }

    /// `settings.json`, `app.log`: a last label that is a file extension and no top-level domain.
    /// Checked against IANA's list of TLDs (version 2026062300, as embedded in Apache Commons
    /// Validator's `DomainValidator`): `.py`, `.pl`, `.sh`, `.md`, `.so`, `.map`, `.java` and
    /// `.properties` and `.zip` are domains and are not listed here.
    static func isFileName(_ s: Substring) -> Bool {
        guard let dot = s.utf8.lastIndex(of: 0x2E) else { return false }
        let last = String(s[s.utf8.index(after: dot)...]).lowercased()
        return fileExtensions.contains(last)
    }

    static let fileExtensions: Set<String> = [
        "conf", "cfg", "ini", "json", "yml", "yaml", "toml", "txt", "log", "sock", "pem", "crt", "csr", "der",
        "csv", "xml", "html", "htm", "php", "class", "jar", "war", "js", "ts", "tmp", "bak", "lock", "sql",
        "gz", "tgz", "tar", "bz2", "xz", "exe", "dll", "dylib", "env", "cnf", "db", "sqlite",
        "png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "bmp", "pdf", "tiff", "woff", "woff2", "ttf", "eot", "mp4",
        "mp3", "wav",
    ]

    /// `NGINX_CONTROL_PLANE_SERVER`, `DB_HOST`: one label in capitals with an underscore is a
    /// constant or a fill-in-here placeholder. Host names are written in lower case and never
    /// hold `_` (RFC 1123), so no real host is lost.
    static func isConstantName(_ s: Substring) -> Bool {
        var underscore = false
        for b in s.utf8 {
            if b == 0x5F { underscore = true } else if (b >= 0x61 && b <= 0x7A) || b == 0x2E { return false }
        }
        return underscore
    }

    /// Code that reads like a dotted name: `var.ssh_host` (HCL), `process.env.DB_HOST` (Node),
    /// `self.db_host`. DNS labels after the first never hold `_` (RFC 1123; SRV labels start with
    /// it), and these first words name a program's variables, not a host.
    /// One pass over the bytes, no split: this runs for every candidate host.
    static func isPlausibleName(_ s: Substring) -> Bool {
        let u = s.utf8
        guard let dot = u.firstIndex(of: 0x2E) else { return true }
        var labelFirst: UInt8 = 0  // the current label's first byte, 0 while it is empty
        for b in u[u.index(after: dot)...] {
            if b == 0x2E {
                labelFirst = 0
                continue
            }
            if labelFirst == 0 { labelFirst = b }
            if b == 0x5F && labelFirst != 0x5F { return false }
        }
        // The code words are at most 8 letters: a longer first label skips the lowercasing.
        return u.distance(from: u.startIndex, to: dot) > 8 || !codeWords.contains(s[..<dot].lowercased())
    }

    /// Four dot-separated decimal parts of 1–3 digits, each at most 255; on bytes, as this runs
    /// for every candidate host.
    public static func isIPv4(_ s: Substring) -> Bool {
        var parts = 0
        var digits = 0
        var value = 0
        for b in s.utf8 {
            if b >= 0x30 && b <= 0x39 {
                digits += 1
                value = value * 10 + Int(b - 0x30)
                if digits > 3 || value > 255 { return false }
            } else if b == 0x2E {
                if digits == 0 { return false }
                parts += 1
                digits = 0
                value = 0
            } else {
                return false
            }
        }
        return digits > 0 && parts == 3
    }

    public static func isIPv6(_ s: Substring) -> Bool {
        guard s.utf8.contains(0x3A), s.utf8.count >= 2 else { return false }
        var colons = 0
        for c in s {
            if c == ":" {
                colons += 1
                continue
            }
            if c == "." || c.isHexDigit { continue }
            if c == "%" { break }  // zone id
            return false
        }
        return colons >= 2 && colons <= 7
    }

    /// Loopback, unspecified and the container host: never an endpoint of the estate by themselves.
    public static func isLocal(_ host: String) -> Bool {
        // Asked of every host found: lowercased only when that can change it (an ASCII capital,
        // or any non-ASCII byte), not copied for the common lowercase name.
        let h = host.utf8.contains { $0 >= 0x80 || ($0 >= 0x41 && $0 <= 0x5A) } ? host.lowercased() : host
        if h == "localhost" || h.hasSuffix(".localhost") || h == "localhost.localdomain" || h == "ip6-localhost" {
            return true
        }
        if h == "0.0.0.0" || h == "::" || h == "::1" || h == "0:0:0:0:0:0:0:1" || h == "*" { return true }
        if h.hasPrefix("127."), isIPv4(Substring(h)) { return true }
        // `::` and `::1` written out in full (`0000:0000:…:0000`, `0:0:…:0:1`).
        if h.utf8.contains(0x3A), isIPv6(Substring(h)) {
            let digits = h.utf8.filter { $0 != 0x3A && $0 != 0x30 }
            if digits.isEmpty || (digits == [0x31] && h.hasSuffix("1")) { return true }
        }
        // `host-gateway` is compose's `extra_hosts` value for the Docker host's own address.
        if h == "host.docker.internal" || h == "gateway.docker.internal" || h == "host-gateway" { return true }
        return false
    }

    /// RFC 2606 names, which in prose and comments are illustrations, not infrastructure.
    public static func isDocumentationName(_ host: String) -> Bool {
        let h = host.lowercased()
        for d in ["example.com", "example.org", "example.net"] where h == d || h.hasSuffix("." + d) { return true }
        return h.hasSuffix(".example") || h.hasSuffix(".test") || h.hasSuffix(".invalid")
    }

    /// A port: 1–65535, digits only.
    public static func port(_ s: Substring) -> Int? {
        // Bytes, not Characters: an ASCII digit is one byte, and any other byte rejects the text.
        guard !s.utf8.isEmpty, s.utf8.count <= 5 else { return nil }
        var n = 0
        for b in s.utf8 {
            guard b >= 0x30, b <= 0x39 else { return nil }
            n = n * 10 + Int(b - 0x30)
        }
        return n >= 1 && n <= 65535 ? n : nil
    }

    /// Splits `host:port`, `[v6]:port`, `[v6]`, or a bare host. `hostOffset` is the UTF-8 offset of
    /// the host inside `item` (1 for a bracketed literal). `portText` is what followed the colon.
    public static func splitHostPort(_ item: Substring) -> (host: Substring, hostOffset: Int, portText: Substring?) {
        if item.utf8.first == 0x5B {  // `[`: brackets and colon are ASCII, found as bytes
            let open = item.utf8.index(after: item.startIndex)
            guard let close = item.utf8[open...].firstIndex(of: 0x5D) else { return (item[open...], 1, nil) }
            let host = item[open..<close]
            let rest = item[item.utf8.index(after: close)...]
            return (host, 1, rest.utf8.first == 0x3A ? rest[rest.utf8.index(after: rest.startIndex)...] : nil)
        }
        // One pass over the bytes: the colons, and whether all is ASCII, where a byte is a
        // character and the colon's byte index needs no search by characters.
        var colons = 0
        var colon = item.utf8.startIndex
        var ascii = true
        for i in item.utf8.indices {
            let b = item.utf8[i]
            if b == 0x3A {
                colons += 1
                colon = i
            } else if b >= 0x80 {
                ascii = false
            }
        }
        guard colons == 1 else { return (item, 0, nil) }
        if ascii { return (item[..<colon], 0, item[item.utf8.index(after: colon)...]) }
        if let c = item.firstIndex(of: ":") {
            return (item[..<c], 0, item[item.index(after: c)...])
        }
        return (item, 0, nil)
    }
}

extension Character {
    var isASCIIDigit: Bool { asciiValue.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
}
