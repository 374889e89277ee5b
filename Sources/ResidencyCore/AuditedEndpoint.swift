/// An endpoint after resolution and geolocation: what the rules judge.
public struct AuditedEndpoint: Hashable, Sendable, Codable {
    public var endpoint: Endpoint
    public var resolution: Resolution

    public init(endpoint: Endpoint, resolution: Resolution) {
        self.endpoint = endpoint
        self.resolution = resolution
    }

    /// Every distinct country the endpoint was placed in, sorted; empty when none is known.
    public var countries: [String] { Array(Set(resolution.locations.compactMap(\.country))).sorted() }
}
