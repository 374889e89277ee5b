import ResidencyCore

/// A configuration setting a scanner read: an env var, a property, a YAML key. The value scanner
/// finds the hosts in it; `origin` tells where the value's bytes stand in the file.
public struct ConfigEntry: Sendable {
    public var key: String?
    public var value: String
    public var origin: ValueOrigin
    /// E.g. `Deployment orders, container app, env DATABASE_URL`.
    public var context: String
    /// The workload or service the setting belongs to.
    public var component: String?
    /// The protocol the format itself says the setting speaks (Prometheus scrapes over HTTP), for
    /// bare `host:port` values whose port alone would suggest another kind.
    public var protocolKind: EndpointKind?

    public init(
        key: String?, value: String, origin: ValueOrigin, context: String, component: String? = nil,
        protocolKind: EndpointKind? = nil
    ) {
        self.key = key
        self.value = value
        self.origin = origin
        self.context = context
        self.component = component
        self.protocolKind = protocolKind
    }
}

/// Where a value's text is in its file, so a host found at offset N in the value gets an exact
/// line and column.
public enum ValueOrigin: Sendable {
    /// The value is written byte for byte at this file offset (unquoted or simply quoted).
    case verbatim(byteOffset: Int)
    /// The value was transformed (YAML block scalar, escapes): look for the host as written at or
    /// after this file offset; if it is not there, point at the offset itself.
    case search(fromByte: Int)
    /// The value is not in the file as text (base64 Secret data): every host points here.
    case fixed(line: Int, column: Int)
}
