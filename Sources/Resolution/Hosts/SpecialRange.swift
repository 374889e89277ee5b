import ResidencyCore

/// Address ranges that are not on the public internet, so no geolocation database can place
/// them: the estate file must. Source: IANA IPv4 and IPv6 Special-Purpose Address Registries
/// (RFC 6890), https://www.iana.org/assignments/iana-ipv4-special-registry and
/// https://www.iana.org/assignments/iana-ipv6-special-registry.
public struct SpecialRange: Hashable, Sendable {
    public let network: IPNetwork
    /// `private`, `cgnat`, `loopback`, `link-local`, `unique-local`, `documentation`, …
    public let category: String
    /// The RFC that reserves the range.
    public let reference: String

    public static let all: [SpecialRange] = [
        ("0.0.0.0/8", "this-network", "RFC 791"),
        ("10.0.0.0/8", "private", "RFC 1918"),
        ("100.64.0.0/10", "cgnat", "RFC 6598"),
        ("127.0.0.0/8", "loopback", "RFC 1122"),
        ("169.254.0.0/16", "link-local", "RFC 3927"),
        ("172.16.0.0/12", "private", "RFC 1918"),
        ("192.0.0.0/24", "ietf-protocol", "RFC 6890"),
        ("192.0.2.0/24", "documentation", "RFC 5737"),
        ("192.168.0.0/16", "private", "RFC 1918"),
        ("198.18.0.0/15", "benchmarking", "RFC 2544"),
        ("198.51.100.0/24", "documentation", "RFC 5737"),
        ("203.0.113.0/24", "documentation", "RFC 5737"),
        ("224.0.0.0/4", "multicast", "RFC 5771"),
        ("240.0.0.0/4", "reserved", "RFC 1112"),
        ("::/128", "unspecified", "RFC 4291"),
        ("::1/128", "loopback", "RFC 4291"),
        ("fc00::/7", "unique-local", "RFC 4193"),
        ("fe80::/10", "link-local", "RFC 4291"),
        ("2001:db8::/32", "documentation", "RFC 3849"),
        ("3fff::/20", "documentation", "RFC 9637"),
        ("ff00::/8", "multicast", "RFC 4291"),
    ].map { SpecialRange(network: IPNetwork(cidr: $0.0)!, category: $0.1, reference: $0.2) }

    /// The special range holding `address` (IPv4-mapped IPv6 addresses are judged as IPv4).
    public static func containing(_ address: IPAddress) -> SpecialRange? {
        let a = address.mappedIPv4 ?? address
        return all.filter { $0.network.contains(a) }.max { $0.network.prefixLength < $1.network.prefixLength }
    }
}
