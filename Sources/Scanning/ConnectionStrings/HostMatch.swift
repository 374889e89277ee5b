import ResidencyCore

/// A host found inside a value, before it is placed in a file.
public struct HostMatch: Equatable, Sendable {
    public var host: String
    public var port: Int?
    public var scheme: String
    public var kind: EndpointKind
    public var role: EndpointRole?
    public var tls: Bool
    /// UTF-8 offset of the host (or of the placeholder standing for it) inside the value.
    public var offset: Int
    /// Set when a placeholder stands where the host should be.
    public var variable: String?
    /// The port is written in the value (`cache:6380`), so a `CACHE_PORT` setting does not replace it.
    public var explicitPort: Bool

    public init(
        host: String, port: Int?, scheme: String, kind: EndpointKind, role: EndpointRole? = nil,
        tls: Bool = false, offset: Int, variable: String? = nil, explicitPort: Bool = false
    ) {
        self.host = host
        self.port = port
        self.scheme = scheme
        self.kind = kind
        self.role = role
        self.tls = tls
        self.offset = offset
        self.variable = variable
        self.explicitPort = explicitPort
    }
}
