/// A CIDR prefix (`192.0.2.0/24`, `2001:db8::/32`), host bits cleared: the one network type of
/// every stage (estate networks, special-purpose ranges, geodata ranges).
public struct IPNetwork: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let address: IPAddress
    public let prefixLength: Int

    public init?(address: IPAddress, prefixLength: Int) {
        guard (0...address.bitWidth).contains(prefixLength) else { return nil }
        let width = address.bitWidth
        let mask: UInt128 = prefixLength == 0 ? 0 : (UInt128.max << UInt128(128 - prefixLength)) >> UInt128(128 - width)
        let bits = address.value & mask
        self.address = address.family == .v4 ? IPAddress(v4: UInt32(bits)) : IPAddress(v6: bits)
        self.prefixLength = prefixLength
    }

    /// Parses `ADDRESS/LEN`, or a bare address as a host prefix.
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard let address = IPAddress(parts[0]) else { return nil }
        let length: Int
        if parts.count == 2 {
            guard let parsed = Int(parts[1]), parts[1].allSatisfy(\.isASCII) else { return nil }
            length = parsed
        } else {
            length = address.bitWidth
        }
        self.init(address: address, prefixLength: length)
    }

    /// A CIDR block as a user writes one (`10.20.0.0/16`): the prefix length is required and the
    /// host bits must be zero, so a typo such as `10.20.1.0/16` is reported instead of silently
    /// widened.
    public init?(cidr text: some StringProtocol) {
        guard text.utf8.contains(UInt8(ascii: "/")), let network = IPNetwork(text),
            let given = IPAddress(text.split(separator: "/", maxSplits: 1)[0]), given == network.address
        else { return nil }
        self = network
    }

    /// The prefix as placed in a 128-bit search tree (IPv4 under ::/96).
    public var treeBits: UInt128 { address.value }
    public var treePrefixLength: Int { address.family == .v4 ? prefixLength + 96 : prefixLength }

    public func contains(_ other: IPAddress) -> Bool {
        guard other.family == address.family else { return false }
        return IPNetwork(address: other, prefixLength: prefixLength)?.address == address
    }

    public var description: String { "\(address)/\(prefixLength)" }

    public static func < (a: IPNetwork, b: IPNetwork) -> Bool {
        a.address != b.address ? a.address < b.address : a.prefixLength < b.prefixLength
    }

    /// The fewest prefixes that cover exactly `first...last` (same family).
    public static func cover(from first: IPAddress, to last: IPAddress) -> [IPNetwork] {
        precondition(first.family == last.family)
        guard first.value <= last.value else { return [] }
        let width = first.bitWidth
        var result: [IPNetwork] = []
        var start = first.value
        while true {
            // The largest block aligned at `start` that does not pass `last`.
            var size = start == 0 ? width : min(width, start.trailingZeroBitCount)
            while size > 0 {
                let span = size >= 128 ? UInt128.max : (UInt128(1) << UInt128(size)) - 1
                if span <= last.value - start { break }
                size -= 1
            }
            let address = first.family == .v4 ? IPAddress(v4: UInt32(start)) : IPAddress(v6: start)
            result.append(IPNetwork(address: address, prefixLength: width - size)!)
            let span = size >= 128 ? UInt128.max : (UInt128(1) << UInt128(size)) - 1
            if last.value - start == span { break }
            start += span + 1
        }
        return result
    }
}
