import ResidencyCore

/// One host's resolution, step by step, as `residency resolve` shows it: how the host was
/// classified, what the estate file or catalogue said, and the `resolution` of the JSON report.
public struct HostResolution: Sendable, Codable, Hashable {
    public let host: String
    public let classification: String
    /// The estate entry that placed the host (`hosts: "*.internal.example.no" (line 7)`, a cluster…).
    public let estateMatch: String?
    /// The catalogue's verdict on the name or a CNAME target (`aws: RDS / Aurora, region eu-north-1`).
    public let providerMatch: String?
    public let resolution: Resolution
}
