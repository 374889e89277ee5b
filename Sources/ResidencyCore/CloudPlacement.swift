/// Where infrastructure-as-code says a managed resource runs, when no hostname exists yet
/// (a Terraform `aws_db_instance` in the provider's region). Resolution turns it into a country.
public struct CloudPlacement: Hashable, Sendable, Codable {
    /// `aws`, `azurerm`, `google`…: the Terraform provider name.
    public var provider: String
    /// The region or location as written (`eu-north-1`, `norwayeast`, `europe-north1`).
    public var region: String
    /// The resource type, e.g. `aws_db_instance`.
    public var resourceType: String

    public init(provider: String, region: String, resourceType: String) {
        self.provider = provider
        self.region = region
        self.resourceType = resourceType
    }
}
