/// One (name, type) asked of DNS; the key of the per-run cache.
public struct DNSQuestion: Hashable, Sendable {
    public let name: String
    public let type: DNSRecordType

    public init(name: String, type: DNSRecordType) {
        self.name = name.lowercased()
        self.type = type
    }
}

/// How one question ended: a reply (any rcode), or a failure that becomes a reason.
public enum DNSOutcome: Hashable, Sendable {
    case response(DNSResponse)
    case failure(String)
}
