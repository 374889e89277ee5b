import Foundation

/// An IPv4 or IPv6 address held as its bits: the one address type of every stage (the estate
/// file's networks, DNS answers, host classification, geolocation lookups), parsed once so that
/// no stage re-parses another's text. Parsed with `inet_pton`, so only real literals pass
/// (`999.1.1.1` and `1.2.3` are not addresses); brackets and an IPv6 zone (`%eth0`) are accepted.
public struct IPAddress: Hashable, Sendable, Comparable, CustomStringConvertible {
    public enum Family: Sendable { case v4, v6 }

    public let family: Family
    /// The address bits; an IPv4 address uses the low 32.
    public let value: UInt128

    public init(v4 value: UInt32) {
        family = .v4
        self.value = UInt128(value)
    }
    public init(v6 value: UInt128) {
        family = .v6
        self.value = value
    }

    /// Parses a textual IPv4 (dotted quad) or IPv6 address; nil when it is neither.
    /// Inlinable so a caller in another module passes its text as a `Substring` to the one
    /// non-generic parser: unspecialised, each of its byte tests was a protocol witness call.
    @inlinable public init?(_ text: some StringProtocol) {
        self.init(parsing: Substring(text))
    }

    /// Byte tests only: a `Character` comparison or search walks grapheme clusters, and host
    /// names (most of what is asked) are dismissed by their first letter beyond a–f.
    @usableFromInline init?(parsing text: Substring) {
        var s = text
        if s.utf8.first == UInt8(ascii: "["), s.utf8.last == UInt8(ascii: "]"), s.utf8.count >= 2 {
            s = s[s.utf8.index(after: s.startIndex)..<s.utf8.index(before: s.endIndex)]
        }
        if let pct = s.utf8.firstIndex(of: UInt8(ascii: "%")) { s = s[..<pct] }
        guard !s.isEmpty, s.utf8.count <= 45 else { return nil }
        // Most text asked about is a host name: a letter beyond a–f settles it before inet_pton.
        guard s.utf8.allSatisfy(Self.mayAppearInAddress) else { return nil }
        let string = String(s)
        if string.utf8.contains(UInt8(ascii: ":")) {
            var raw = in6_addr()
            guard inet_pton(AF_INET6, string, &raw) == 1 else { return nil }
            let bytes = withUnsafeBytes(of: &raw) { Array($0) }
            self.init(v6: bytes.reduce(UInt128(0)) { $0 << 8 | UInt128($1) })
        } else {
            var raw = in_addr()
            guard inet_pton(AF_INET, string, &raw) == 1 else { return nil }
            self.init(v4: UInt32(bigEndian: raw.s_addr))
        }
    }

    /// Hex digits, `.` and `:`: every byte of an IPv4 or IPv6 address's text (the zone after `%`
    /// is cut off first).
    private static func mayAppearInAddress(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "a")...UInt8(ascii: "f"),
            UInt8(ascii: "A")...UInt8(ascii: "F"), UInt8(ascii: "."), UInt8(ascii: ":"):
            return true
        default: return false
        }
    }

    /// 4 bytes (IPv4) or 16 (IPv6), in network order.
    public init?(bytes: [UInt8]) {
        switch bytes.count {
        case 4: self.init(v4: bytes.reduce(UInt32(0)) { $0 << 8 | UInt32($1) })
        case 16: self.init(v6: bytes.reduce(UInt128(0)) { $0 << 8 | UInt128($1) })
        default: return nil
        }
    }

    public var isIPv4: Bool { family == .v4 }

    /// The IPv4 address inside an IPv4-mapped IPv6 address (`::ffff:10.0.0.1`).
    public var mappedIPv4: IPAddress? {
        guard family == .v6, value >> 32 == 0xFFFF else { return nil }
        return IPAddress(v4: UInt32(truncatingIfNeeded: value))
    }

    public var bitWidth: Int { family == .v4 ? 32 : 128 }

    /// Bits as placed in an IPv6 search tree: IPv4 at ::a.b.c.d (the spec's ::/96).
    public var treeBits: UInt128 { value }

    /// Network-order bytes (4 or 16).
    public var bytes: [UInt8] {
        let count = family == .v4 ? 4 : 16
        return (0..<count).map { UInt8(truncatingIfNeeded: value >> UInt128(8 * (count - 1 - $0))) }
    }

    public var description: String {
        switch family {
        case .v4:
            var raw = in_addr(s_addr: UInt32(truncatingIfNeeded: value).bigEndian)
            var buffer = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
            inet_ntop(AF_INET, &raw, &buffer, socklen_t(buffer.count))
            return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        case .v6:
            var raw = in6_addr()
            withUnsafeMutableBytes(of: &raw) { for (i, b) in bytes.enumerated() { $0[i] = b } }
            var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
            inet_ntop(AF_INET6, &raw, &buffer, socklen_t(buffer.count))
            return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }

    public static func < (a: IPAddress, b: IPAddress) -> Bool {
        a.family == b.family ? a.value < b.value : a.family == .v4
    }
}
