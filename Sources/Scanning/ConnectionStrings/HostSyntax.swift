/// What counts as a host, a port, and a host that is not an endpoint (loopback, unspecified).
public enum HostSyntax {
    /// Words that settings hold where a host might stand: literals, protocol and mode words, and
    /// the type names of schemas and variable declarations (`service_uri: string`).
    static let notHostWords: Set<String> = [
        "true", "false", "null", "none", "nil", "yes", "no", "on", "off", "undefined", "default", "auto",
        "http", "https", "tcp", "udp", "ssl", "tls", "plaintext", "disabled", "enabled", "required", "unix",
        "string", "bool", "boolean", "number", "int", "integer", "object", "list", "map", "any", "array",
    ]

    /// First words of dotted names that are a program's variables, not hosts.
    static let codeWords: Set<String> = ["var", "local", "module", "each", "self", "this", "process", "window", "document",
                                         "os", "env", "props", "params", "args", "count"]

    /// A DNS name (single labels allowed: in-cluster service names), an IPv4 or an IPv6 literal.
    public static func isHostLike(_ s: Substring) -> Bool {
        guard !s.isEmpty, s.utf8.count <= 253 else { return false }
        if isIPv4(s) || isIPv6(s) { return true }
        var hasLetter = false
        var labelLength = 0
        var previous: UInt8 = 0x2E
        for b in s.utf8 {
            switch b {
            case 0x61...0x7A, 0x41...0x5A: hasLetter = true; labelLength += 1
            case 0x30...0x39: labelLength += 1
            case 0x2D, 0x5F: // '-' and '_' (SRV labels, some internal names)
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
        if !isPlausibleName(s) { return false }
        let lower = s.lowercased()
        if notHostWords.contains(lower) { return false }
        return hasLetter
    }

    /// Code that reads like a dotted name: `var.ssh_host` (HCL), `process.env.DB_HOST` (Node),
    /// `self.db_host`. DNS labels after the first never hold `_` (RFC 1123; SRV labels start with
    /// it), and these first words name a program's variables, not a host.
    static func isPlausibleName(_ s: Substring) -> Bool {
        let labels = s.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return true }
        for label in labels.dropFirst() where label.utf8.contains(0x5F) && label.utf8.first != 0x5F { return false }
        return !codeWords.contains(labels[0].lowercased())
    }

    public static func isIPv4(_ s: Substring) -> Bool {
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return false }
        return parts.allSatisfy { p in p.count >= 1 && p.count <= 3 && p.allSatisfy(\.isASCIIDigit) && Int(p)! <= 255 }
    }

    public static func isIPv6(_ s: Substring) -> Bool {
        guard s.utf8.contains(0x3A), s.utf8.count >= 2 else { return false }
        var colons = 0
        for c in s {
            if c == ":" { colons += 1; continue }
            if c == "." || c.isHexDigit { continue }
            if c == "%" { break } // zone id
            return false
        }
        return colons >= 2 && colons <= 7
    }

    /// Loopback, unspecified and the container host: never an endpoint of the estate by themselves.
    public static func isLocal(_ host: String) -> Bool {
        let h = host.lowercased()
        if h == "localhost" || h.hasSuffix(".localhost") || h == "localhost.localdomain" || h == "ip6-localhost" { return true }
        if h == "0.0.0.0" || h == "::" || h == "::1" || h == "0:0:0:0:0:0:0:1" || h == "*" { return true }
        if h.hasPrefix("127."), isIPv4(Substring(h)) { return true }
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
        guard !s.isEmpty, s.count <= 5, s.allSatisfy(\.isASCIIDigit), let n = Int(s), n >= 1, n <= 65535 else { return nil }
        return n
    }

    /// Splits `host:port`, `[v6]:port`, `[v6]`, or a bare host. `hostOffset` is the UTF-8 offset of
    /// the host inside `item` (1 for a bracketed literal). `portText` is what followed the colon.
    public static func splitHostPort(_ item: Substring) -> (host: Substring, hostOffset: Int, portText: Substring?) {
        if item.hasPrefix("[") {
            guard let close = item.firstIndex(of: "]") else { return (item.dropFirst(), 1, nil) }
            let host = item[item.index(after: item.startIndex)..<close]
            let rest = item[item.index(after: close)...]
            return (host, 1, rest.hasPrefix(":") ? rest.dropFirst() : nil)
        }
        let colons = item.filter { $0 == ":" }.count
        if colons == 1, let c = item.firstIndex(of: ":") {
            return (item[..<c], 0, item[item.index(after: c)...])
        }
        return (item, 0, nil)
    }
}

extension Character {
    var isASCIIDigit: Bool { asciiValue.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
}
