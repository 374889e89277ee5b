/// An nginx release, `MAJOR.MINOR.PATCH`, as the estate file states it. Connection reuse to
/// upstreams depends on it: from 1.29.7 (March 2026; stable 1.30.0, April 2026) nginx proxies
/// with HTTP/1.1 and keep-alive by default.
public struct NginxVersion: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public var major: Int
    public var minor: Int
    public var patch: Int

    public init(major: Int, minor: Int, patch: Int) {
        self.major = major
        self.minor = minor
        self.patch = patch
    }

    /// `1.29.7`: three dot-separated decimal numbers, nothing else (no `v`, no suffix, no
    /// leading `+`); nil otherwise, so a typo fails instead of guessing.
    public init?(_ text: String) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3 else { return nil }
        var numbers: [Int] = []
        for p in parts {
            guard !p.isEmpty, p.count <= 6, p.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(p) else {
                return nil
            }
            numbers.append(n)
        }
        self.init(major: numbers[0], minor: numbers[1], patch: numbers[2])
    }

    /// The first release that keeps upstream connections alive by default.
    public static let keepAliveDefault = NginxVersion(major: 1, minor: 29, patch: 7)

    /// Whether `proxy_pass` reuses upstream connections without `proxy_http_version 1.1` and
    /// `proxy_set_header Connection ""`.
    public var keepsUpstreamConnectionsAlive: Bool { self >= Self.keepAliveDefault }

    public var description: String { "\(major).\(minor).\(patch)" }

    public static func < (a: NginxVersion, b: NginxVersion) -> Bool {
        (a.major, a.minor, a.patch) < (b.major, b.minor, b.patch)
    }
}
