/// Where infrastructure-as-code says a managed resource runs, when no hostname exists yet
/// (a Terraform `aws_db_instance` in the provider's region). Resolution turns it into a country.
public struct CloudPlacement: Hashable, Sendable, Codable {
    /// `aws`, `azurerm`, `google`…: the Terraform provider name.
    public var provider: String
    /// The region or location as written (`eu-north-1`, `norwayeast`, `europe-north1`).
    public var region: String
    /// The resource type, e.g. `aws_db_instance`.
    public var resourceType: String
    /// The name the resource declares for itself, which its host names start with (`identifier`,
    /// `bucket`, an Azure `name`; a Cloud SQL instance as `project:region:instance` when the project
    /// is known): what joins the declaration with the hosts clients use. Empty when the declaration
    /// names none the scan can read.
    public var names: [String]
    /// Declared name prefixes (`identifier_prefix`, `bucket_prefix`): Terraform appends a generated
    /// suffix to them.
    public var namePrefixes: [String]
    /// Where the region is written: the resource's or module call's `region`/`location` attribute,
    /// or the `region` of the provider block it inherits (what a remediation tells to change).
    public var regionSource: SourceLocation?

    public init(
        provider: String, region: String, resourceType: String, names: [String] = [], namePrefixes: [String] = [],
        regionSource: SourceLocation? = nil
    ) {
        self.provider = provider
        self.region = region
        self.resourceType = resourceType
        self.names = names
        self.namePrefixes = namePrefixes
        self.regionSource = regionSource
    }
}
