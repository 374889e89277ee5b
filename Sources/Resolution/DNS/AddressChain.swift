import ResidencyCore

/// What DNS said about one name: the CNAME targets followed, the addresses at the end, or why
/// it ended without any.
public struct AddressChain: Hashable, Sendable {
    public var chain: [String] = []
    public var addresses: [IPAddress] = []
    public var reason: String?

    public init(chain: [String] = [], addresses: [IPAddress] = [], reason: String? = nil) {
        self.chain = chain
        self.addresses = addresses
        self.reason = reason
    }
}
