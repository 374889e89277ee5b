import ResidencyCore

/// Hosts in a program's command line: Kubernetes `command`/`args` and probe `exec` commands,
/// compose `command`, `entrypoint` and healthcheck `test`, as an array or as one shell string.
/// Each finding is a setting the value scanner reads, keyed so it can tell a host from a word:
/// `--redis-addr=redis:6379` and `--host x` by their flag, `-h edge-router` as a host, a URL
/// that is a whole argument (`http://minio-0.minio.svc:9000/data`), and a URL that curl, wget or
/// a similar client fetches (`curl -f http://config-server:8888`).
public enum CommandArguments {
    /// One argument as written: its text and where that text stands in the file.
    public struct Argument {
        public var text: String
        public var origin: ValueOrigin
        public init(text: String, origin: ValueOrigin) {
            self.text = text
            self.origin = origin
        }
    }

    /// Programs whose URL arguments are requests to that URL.
    static let fetchers: Set<String> = [
        "curl", "wget", "http", "https", "httpie", "grpcurl", "grpc_health_probe", "xh",
        "websocat", "nc", "ncat", "telnet", "pg_isready", "mysqladmin", "redis-cli",
    ]

    /// Single-letter flags that name a host in the common clients (`mysql -h`, `redis-cli -h`,
    /// `psql -h`, locust and load generators' `-h`).
    static let hostLetterFlags: Set<String> = ["h"]

    /// The settings in `arguments`, in order.
    public static func settings(_ arguments: [Argument]) -> [(key: String?, value: String, origin: ValueOrigin)] {
        var out: [(key: String?, value: String, origin: ValueOrigin)] = []
        var previousFlag: String?
        let fetching = arguments.contains { fetchers.contains(programName($0.text)) }
        for a in arguments where !a.text.isEmpty {
            let s = a.text
            defer { previousFlag = isFlag(s) && !s.contains("=") && !s.contains(" ") ? flagName(s) : nil }
            // `["--host", "http://front-end"]`, `["-h", "db"]`: the flag before names the value.
            if let flag = previousFlag, !s.hasPrefix("-"), !s.contains(" ") {
                if let key = key(forFlag: flag, value: s) { out.append((key, s, a.origin)) }
                continue
            }
            if s.contains(" ") || s.contains("\n") {
                // A shell line (`sh -c "…"`, a compose `command:` string): its words, placed when
                // the line stands in the file byte for byte.
                // The whole line is also free text: `psql postgres://db/x` names a database.
                out.append((nil, s, a.origin))
                out += words(of: s, at: a.origin)
                continue
            }
            // `--redis-addr=redis:6379`: the flag names the value, as a key would.
            if isFlag(s), let eq = s.firstIndex(of: "="), case .verbatim(let o) = a.origin {
                let valueStart = s.utf8.distance(from: s.startIndex, to: s.index(after: eq))
                out.append(
                    (
                        flagName(String(s[..<eq])), String(s[s.index(after: eq)...]),
                        .verbatim(byteOffset: o + valueStart)
                    ))
            } else if s.contains("://"), !isFlag(s) {
                // A URL that is a whole argument is where the program goes (`minio server http://…`).
                out.append(("url", s, a.origin))
            } else if fetching, s.contains("://") {
                out.append(("url", s, a.origin))
            } else {
                out.append((nil, s, a.origin))
            }
        }
        return out
    }

    /// The words of one shell line written at `lineOrigin`: exact places when the line stands in
    /// the file byte for byte, else (a folded YAML scalar) each host looked for from the line's start.
    static func words(
        of line: String, at lineOrigin: ValueOrigin
    ) -> [(key: String?, value: String, origin: ValueOrigin)] {
        func origin(_ at: Int) -> ValueOrigin {
            switch lineOrigin {
            case .verbatim(let o): return .verbatim(byteOffset: o + at)
            case .search, .fixed: return lineOrigin
            }
        }
        var spans: [(text: Substring, at: Int)] = []
        let u = Array(line.utf8)
        var i = 0
        while i < u.count {
            while i < u.count, isBlank(u[i]) { i += 1 }
            var s = i
            while i < u.count, !isBlank(u[i]) { i += 1 }
            var e = i
            // Quotes and shell punctuation around a word: `"http://x"`, `(curl …)`, `x;`.
            while s < e, u[s] == 0x22 || u[s] == 0x27 || u[s] == 0x28 || u[s] == 0x5C { s += 1 }
            while e > s,
                u[e - 1] == 0x22 || u[e - 1] == 0x27 || u[e - 1] == 0x29 || u[e - 1] == 0x3B || u[e - 1] == 0x5C
            { e -= 1 }
            if e > s { spans.append((Substring(String(decoding: u[s..<e], as: UTF8.self)), s)) }
        }
        var out: [(key: String?, value: String, origin: ValueOrigin)] = []
        var fetching = false
        for (k, w) in spans.enumerated() {
            if fetchers.contains(programName(String(w.text))) { fetching = true }
            // A new command after `&&`, `|`, `;` ends what the fetcher's arguments are.
            if w.text == "&&" || w.text == "||" || w.text == "|" {
                fetching = false
                continue
            }
            let here = origin(w.at)
            if isFlag(w.text), let eq = w.text.firstIndex(of: "=") {
                let valueStart = w.text.utf8.distance(from: w.text.startIndex, to: w.text.index(after: eq))
                let flag = flagName(String(w.text[..<eq]))
                if key(forFlag: flag, value: String(w.text[w.text.index(after: eq)...])) != nil {
                    out.append((flag, String(w.text[w.text.index(after: eq)...]), origin(w.at + valueStart)))
                }
                continue
            }
            if isFlag(w.text), k + 1 < spans.count, !isFlag(spans[k + 1].text), !w.text.contains("=") {
                let next = spans[k + 1]
                if let key = key(forFlag: flagName(String(w.text)), value: String(next.text)) {
                    out.append((key, String(next.text), origin(next.at)))
                }
                continue
            }
            if fetching, w.text.contains("://"), !isFlag(w.text) {
                let previous = k > 0 ? spans[k - 1].text : ""
                if !(isFlag(previous) && !previous.contains("=")) { out.append(("url", String(w.text), here)) }
            }
        }
        return out
    }

    /// The key a flag gives its value: the flag's own name when it names a host or holds a URL,
    /// `host` for `-h`; nil for flags about anything else.
    static func key(forFlag flag: String, value: String) -> String? {
        if hostLetterFlags.contains(flag) { return HostSyntax.isHostLike(Substring(value)) ? "host" : nil }
        if value.contains("://") { return flag }
        // The flag's own last word names a host (`--redis-addr`, `--host`), not merely mentions
        // one (`-bootstrap_archive file.tbz`).
        guard let last = KindHints.tokens(flag).last, KindHints.hostKeyTokens.contains(last) else { return nil }
        return KindHints.isHostKey(flag) ? flag : nil
    }

    static func isFlag<S: StringProtocol>(_ s: S) -> Bool { s.hasPrefix("-") && s.count > 1 && !s.hasPrefix("--=") }

    static func flagName(_ s: String) -> String { String(s.drop { $0 == "-" }) }

    /// `/usr/bin/curl` → `curl`.
    static func programName(_ s: String) -> String {
        String(s.split(separator: "/").last ?? Substring(s)).lowercased()
    }

    @inline(__always) static func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
}
