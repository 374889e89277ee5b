/// An endpoint after resolution and geolocation: what the rules judge.
public struct AuditedEndpoint: Hashable, Sendable, Codable {
    public var endpoint: Endpoint
    public var resolution: Resolution
    /// The parts joined into this endpoint (its Terraform declaration, other host names of the
    /// same datastore), each as it was before the join; empty when nothing was joined. Not part
    /// of the JSON: the merged sources already show every place.
    public var aliases: [EndpointAlias]

    private enum CodingKeys: String, CodingKey { case endpoint, resolution }

    public init(endpoint: Endpoint, resolution: Resolution, aliases: [EndpointAlias] = []) {
        self.endpoint = endpoint
        self.resolution = resolution
        self.aliases = aliases
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            endpoint: try c.decode(Endpoint.self, forKey: .endpoint),
            resolution: try c.decode(Resolution.self, forKey: .resolution))
    }

    /// Every distinct country the endpoint was placed in, sorted; empty when none is known.
    public var countries: [String] { Array(Set(resolution.locations.compactMap(\.country))).sorted() }
}
